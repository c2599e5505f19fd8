import { promises as fs } from "fs";
import * as path from "path";
import { builtinModules } from "module";

/**
 * The format readers take bytes or XML and give sheet snapshots, so a browser page can use them
 * as they are: neither they nor anything they import may use Node's modules or its Buffer.
 * Reading files and running LibreOffice belong to the adapter (read-plan-file.ts, soffice.ts).
 */
const SRC = path.join(__dirname, "..", "..", "src");
const READERS = ["files/file-format.ts", "files/text-encoding.ts", "files/delimited-read.ts", "files/ods-read.ts", "files/docx-read.ts", "files/docx-numbering.ts"];
const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

async function importGraph(start: string[]): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = start.map((f) => path.join(SRC, f));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const text = await fs.readFile(file, "utf8");
    seen.set(file, text);
    for (const m of text.matchAll(/^import\s[^;]*?from\s+"([^"]+)";/gms)) {
      if (!m[1].startsWith(".")) continue;
      const base = path.resolve(path.dirname(file), m[1]);
      queue.push(await fs.stat(`${base}.ts`).then(() => `${base}.ts`, () => path.join(base, "index.ts")));
    }
  }
  return seen;
}

it("the format readers and everything they import use no Node module and no Buffer", async () => {
  const graph = await importGraph(READERS);
  expect(graph.size).toBeGreaterThanOrEqual(READERS.length);
  for (const [file, text] of graph) {
    const modules = [...text.matchAll(/^import\s[^;]*?from\s+"([^"]+)";/gms)].map((m) => m[1]);
    expect({ file: path.relative(SRC, file), node: modules.filter((m) => NODE.has(m)) }).toEqual({ file: path.relative(SRC, file), node: [] });
    expect({ file: path.relative(SRC, file), buffer: /\bBuffer\b/.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")) }).toEqual({ file: path.relative(SRC, file), buffer: false });
  }
});
