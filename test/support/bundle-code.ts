import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

/**
 * What a bundle's code is and which messages it asks for, read from the sources the way the
 * build reads them: a module is part of a bundle when an entry reaches it through imports that
 * survive compilation (an import used only as a type is dropped, as the compiler drops it), lazy
 * `import()` chunks included, since they run in the same host.
 */

export const ROOT = path.join(__dirname, "..", "..");

const parsed = new Map<string, ts.SourceFile>();
const importsOf = new Map<string, ModuleImports>();

function sourceFile(file: string): ts.SourceFile {
  let sf = parsed.get(file);
  if (!sf) {
    const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2020, true, kind);
    parsed.set(file, sf);
  }
  return sf;
}

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Names the file uses as values: outside type positions, not as property names. */
function valueNames(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node, inType: boolean): void => {
    if (ts.isImportDeclaration(node)) return;
    // `class A extends B` needs B at run time; `implements` and every other type position do not.
    const classBase =
      ts.isExpressionWithTypeArguments(node) &&
      ts.isHeritageClause(node.parent) &&
      node.parent.token === ts.SyntaxKind.ExtendsKeyword &&
      ts.isClassLike(node.parent.parent);
    const typeish =
      inType ||
      (ts.isTypeNode(node) && !classBase) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isTypeAliasDeclaration(node) ||
      (ts.isHeritageClause(node) && node.token === ts.SyntaxKind.ImplementsKeyword);
    if (ts.isIdentifier(node) && !typeish) {
      const p = node.parent;
      const isMemberName =
        ((ts.isPropertyAccessExpression(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p)) &&
          p.name === node);
      if (!isMemberName) names.add(node.text);
    }
    ts.forEachChild(node, (child) => visit(child, typeish));
  };
  visit(sf, false);
  return names;
}

/** A file's imports of the project's modules that survive compilation (packages are not followed). */
interface ModuleImports {
  /** Loaded with the file. */
  static: string[];
  /** Loaded later, by `import()`, as a chunk of their own. */
  lazy: string[];
}

/** The project's modules a file loads at run time: with it, or later as chunks. */
function runtimeImports(file: string): ModuleImports {
  const known = importsOf.get(file);
  if (known) return known;
  if (!/\.tsx?$/.test(file)) return { static: [], lazy: [] };
  const sf = sourceFile(file);
  let used: Set<string> | null = null;
  const specifiers: string[] = [];
  const later: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      if (!clause) specifiers.push(node.moduleSpecifier.text);
      else if (!clause.isTypeOnly) {
        const bound: string[] = [];
        if (clause.name) bound.push(clause.name.text);
        const named = clause.namedBindings;
        if (named && ts.isNamespaceImport(named)) bound.push(named.name.text);
        if (named && ts.isNamedImports(named)) for (const e of named.elements) if (!e.isTypeOnly) bound.push(e.name.text);
        used ??= valueNames(sf);
        if (bound.some((name) => used!.has(name))) specifiers.push(node.moduleSpecifier.text);
      }
      return;
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const typesOnly = node.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly));
      if (!typesOnly) specifiers.push(node.moduleSpecifier.text);
      return;
    }
    if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) later.push(node.arguments[0].text);
      if (ts.isIdentifier(callee) && callee.text === "require") specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  const resolved = (list: string[]) => list.map((s) => resolveModule(file, s)).filter((f): f is string => f !== null);
  const found = { static: resolved(specifiers), lazy: resolved(later) };
  importsOf.set(file, found);
  return found;
}

export interface Reach {
  /** Modules reached but not followed. */
  stopAt?: string[];
  /** Only what loads with the entries, not the chunks they load later. */
  firstLoad?: boolean;
}

/**
 * Every project module an entry set reaches, as paths relative to the project
 * (`src/i18n/catalog.ts`), its lazy chunks included unless `firstLoad`.
 */
export function bundleModules(entries: string[], { stopAt = [], firstLoad = false }: Reach = {}): string[] {
  const seen = new Set<string>();
  const stack = entries.map((e) => path.join(ROOT, e));
  const ends = new Set(stopAt.map((s) => path.join(ROOT, s)));
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (ends.has(file)) continue;
    const imports = runtimeImports(file);
    stack.push(...imports.static, ...(firstLoad ? [] : imports.lazy));
  }
  return [...seen].map((f) => path.relative(ROOT, f).split(path.sep).join("/")).sort();
}

/** What a module's code could ask a catalog for: whole strings, and the fixed starts of built keys. */
export interface KeyUses {
  literals: string[];
  /** `pane.check.phase.` of `pane.check.phase.${phase}` or of `"pane.check.phase." + phase`. */
  prefixes: string[];
}

const KEY_PREFIX = /^[a-z][\w-]*\./;

export function keyUses(relativeFile: string): KeyUses {
  const literals: string[] = [];
  const prefixes: string[] = [];
  if (!/\.tsx?$/.test(relativeFile)) return { literals, prefixes };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.push(node.text);
    else if (ts.isTemplateExpression(node) && KEY_PREFIX.test(node.head.text)) prefixes.push(node.head.text);
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && ts.isStringLiteral(node.left) && KEY_PREFIX.test(node.left.text)) {
      prefixes.push(node.left.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile(path.join(ROOT, relativeFile)));
  return { literals, prefixes };
}

/** A plural key's stem (`pane.rows.one` -> `pane.rows`); other keys are their own stem. */
export const pluralStem = (key: string): string => key.replace(/\.(zero|one|two|few|many|other)$/, "");

/**
 * The message stems (plural forms folded) among `known` that the modules ask for: a literal that is
 * a key or a plural stem, or a key that starts with a prefix some key is built from.
 */
export function askedStems(modules: string[], known: Iterable<string>): Set<string> {
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  for (const m of modules) {
    const uses = keyUses(m);
    uses.literals.forEach((l) => literals.add(l));
    uses.prefixes.forEach((p) => prefixes.add(p));
  }
  const asked = new Set<string>();
  for (const key of known) {
    const stem = pluralStem(key);
    if (literals.has(key) || literals.has(stem) || [...prefixes].some((p) => key.startsWith(p))) asked.add(stem);
  }
  return asked;
}

/** Which of the modules load `target` themselves (paths relative to the project). */
export function importersOf(modules: string[], target: string): string[] {
  const wanted = path.join(ROOT, target);
  return modules.filter((m) => {
    const imports = runtimeImports(path.join(ROOT, m));
    return imports.static.includes(wanted) || imports.lazy.includes(wanted);
  });
}
