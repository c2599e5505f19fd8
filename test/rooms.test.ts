import * as fs from "fs";
import * as path from "path";

/**
 * The rooms of docs/ARCHITECTURE.md, held by their imports: the engine runs alone anywhere, the
 * workbook contract rests on the engine only, and an adapter translates for its host without
 * reaching into another's (except where the map says it builds on it).
 */

const SRC = path.join(__dirname, "..", "src");

interface Import {
  /** The importing module, relative to src/ (`xlsx/write-overview.ts`). */
  from: string;
  /** A module in src/ without its extension (`workbook/sheet-ref`), or a package name as written. */
  to: string;
  relative: boolean;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Static imports and re-exports (types included), dynamic `import()` and bare `import "x"`. */
const IMPORT = /^\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gms;

const imports: Import[] = sourceFiles(SRC).flatMap((file) => {
  const from = path.relative(SRC, file).split(path.sep).join("/");
  return [...fs.readFileSync(file, "utf8").matchAll(IMPORT)].map((m) => {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec.startsWith(".")) return { from, to: spec, relative: false };
    const to = path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep).join("/");
    return { from, to, relative: true };
  });
});

const room = (module: string) => module.split("/")[0];
const crossing = (from: string) => imports.filter((i) => room(i.from) === from && (!i.relative || room(i.to) !== from));
const shown = (list: Import[]) => list.map((i) => `${i.from} -> ${i.to}`);

const ADAPTERS = ["excel", "xlsx", "files", "memory-host"];

/**
 * Where one adapter builds on another: the file readers (.ods, .docx, .csv, .xls) open packages
 * with the .xlsx reader's guarded zip and XML scanner, and the .xlsx report copy lays out its
 * Scorecard sheet as the add-in does.
 */
const ADAPTER_MAP: Record<string, string[]> = {
  files: ["xlsx/"],
  xlsx: ["excel/portable-scorecard-layout"],
  excel: [],
  "memory-host": [],
};

describe("the rooms' import rules", () => {
  it("finds the modules it rules over", () => {
    for (const r of ["engine", "workbook", ...ADAPTERS]) expect(imports.some((i) => room(i.from) === r)).toBe(true);
  });

  it("keeps the engine on its own: no other room, no package (so nothing of Node, the DOM or Office)", () => {
    expect(shown(crossing("engine"))).toEqual([]);
  });

  it("builds the workbook contract on the engine alone", () => {
    expect(shown(crossing("workbook").filter((i) => !i.relative || room(i.to) !== "engine"))).toEqual([]);
  });

  it.each(ADAPTERS)("lets the %s adapter use another adapter only where the map says", (adapter) => {
    const allowed = ADAPTER_MAP[adapter];
    const strays = crossing(adapter).filter((i) => i.relative && ADAPTERS.includes(room(i.to)) && !allowed.some((a) => i.to.startsWith(a)));
    expect(shown(strays)).toEqual([]);
  });

  it.each(ADAPTERS)("keeps the %s adapter out of the command line, the pane, the browser page and the ribbon", (adapter) => {
    const edges = crossing(adapter).filter((i) => i.relative && ["cli", "taskpane", "preview", "browser", "commands", "functions"].includes(room(i.to)));
    expect(shown(edges)).toEqual([]);
  });

  // The in-memory host is left out: it mirrors Office's object model, where a range knows its sheet
  // and a sheet makes ranges, so its classes refer to each other as Excel's do.
  it.each(["cli", "engine", "workbook"])("has no import cycle among the %s room's modules", (r) => {
    const graph = new Map<string, string[]>();
    for (const i of imports) {
      if (!i.relative || room(i.from) !== r || room(i.to) !== r) continue;
      const from = i.from.replace(/\.tsx?$/, "");
      graph.set(from, [...(graph.get(from) ?? []), i.to.replace(/\/index$/, "")]);
    }
    expect(cyclesIn(graph)).toEqual([]);
  });

  it("reads a plan in one direction: normalizing builds on detection, never the other way round", () => {
    const folder = (module: string) => module.split("/").slice(0, 2).join("/");
    const graph = new Map<string, string[]>();
    for (const i of imports) {
      if (!i.relative || room(i.from) !== "engine" || room(i.to) !== "engine") continue;
      const from = folder(i.from.replace(/\.tsx?$/, ""));
      const to = folder(i.to);
      if (from !== to) graph.set(from, [...(graph.get(from) ?? []), to]);
    }
    expect(cyclesIn(graph)).toEqual([]);
  });
});

/** Every import cycle of a graph of modules, as `a -> b -> a`. */
function cyclesIn(graph: Map<string, string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (node: string, trail: string[]) => {
    if (state.get(node) === "done") return;
    if (state.get(node) === "open") {
      cycles.push([...trail.slice(trail.indexOf(node)), node].join(" -> "));
      return;
    }
    state.set(node, "open");
    for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
    state.set(node, "done");
  };
  for (const node of graph.keys()) visit(node, []);
  return cycles;
}
