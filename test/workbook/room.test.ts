import * as fs from "fs";
import * as path from "path";

const ROOM = path.join(__dirname, "..", "..", "src", "workbook");

/** Every module specifier a source file imports or re-exports. */
function imports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gms)].map((m) => m[1]);
}

describe("the workbook room", () => {
  const files = fs.readdirSync(ROOM).filter((f) => f.endsWith(".ts"));

  it("holds the shared contract's modules", () => {
    expect(files).toEqual(expect.arrayContaining(["record.ts", "registry.ts", "options-from-record.ts", "sheet-ref.ts"]));
    expect(imports(path.join(ROOM, "options-from-record.ts"))).toEqual(expect.arrayContaining(["../engine/check", "./record", "./registry"]));
  });

  it.each(files)("%s imports only from the engine and its own room", (file) => {
    const outside = imports(path.join(ROOM, file)).filter((m) => !m.startsWith("./") && !m.startsWith("../engine/") && m !== "../engine");
    expect(outside).toEqual([]);
  });
});
