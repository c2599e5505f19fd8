import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const ENTRY = path.join(ROOT, "src", "functions", "functions.ts");

/** Every module the functions bundle pulls in, following relative imports from functions.ts. */
function importGraph(entry: string, { lazy = true } = {}): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = fs.readFileSync(file, "utf8");
    for (const m of source.matchAll(/(?:import|export)\s[^"';]*?from\s+["']([^"']+)["']|import\s*\(\s*(?:\/\*.*?\*\/\s*)?["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/gu)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (m[2] !== undefined && !lazy) continue; // import(): a chunk of its own, loaded when first needed
      if (/^import\s+type\s/u.test(m[0]) || /^export\s+type\s/u.test(m[0])) continue; // erased at compile time
      if (!spec.startsWith(".")) {
        packages.add(spec);
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const found = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), base].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
      if (!found) throw new Error(`cannot resolve ${spec} from ${file}`);
      if (found.endsWith(".ts") || found.endsWith(".tsx")) visit(found);
      else files.add(found);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => path.relative(ROOT, f).split(path.sep).join("/")).sort(), packages: [...packages].sort() };
}

describe("the custom functions bundle", () => {
  const graph = importGraph(ENTRY);

  it("loads no package: no React, no Fluent UI, no Office UI code", () => {
    expect(graph.packages).toEqual([]);
  });

  it("holds only the functions and engine modules and the functions' own words, never the task pane, the translator or adapters", () => {
    const outside = graph.files.filter((f) => !f.startsWith("src/functions/") && !f.startsWith("src/engine/"));
    // The messages beside #VALUE! and #N/A come from the functions catalog, a JSON file of words only.
    expect(outside).toEqual(["src/i18n/messages/functions.json"]);
  });

  it("loads the plan-table detection and checks only with the first PLAN.GAPS call, not with Excel", () => {
    const withExcel = importGraph(ENTRY, { lazy: false }).files;
    expect(withExcel.filter((f) => /^src\/engine\/(detect|rules|normalize|executors)\//u.test(f))).toEqual([]);
    expect(graph.files).toEqual(expect.arrayContaining(["src/functions/gap-count.ts", "src/engine/plan-tables.ts", "src/engine/rules/index.ts"]));
  });

  it("leaves out engine steps the functions do not use: the report model and the whole-sheet check", () => {
    expect(graph.files.filter((f) => /^src\/engine\/(report\/|check\.ts)/u.test(f))).toEqual([]);
  });
});
