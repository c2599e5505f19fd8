import fc from "fast-check";
import { promises as fs } from "fs";
import * as path from "path";
import { jsonText, writeJson } from "../../src/cli/json-stream";
import { checkFiles } from "../../src/cli/pool";
import { runCli, FIXTURES } from "./run-cli";

/** Every plan file among the fixtures: the workbooks, the reader-fidelity copies and the other formats. */
async function fixtureFiles(): Promise<string[]> {
  const out: string[] = [];
  for (const dir of [FIXTURES, `${FIXTURES}/fidelity`, `${FIXTURES}/formats`]) {
    for (const name of (await fs.readdir(dir)).sort()) if (/\.(xlsx|csv|tsv|ods|docx)$/.test(name)) out.push(path.join(dir, name));
  }
  return out;
}

/** What JSON.stringify writes, as the command line printed it before: the text and one line break. */
const whole = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A large plan's worth of rows and findings: enough to be written in many chunks. */
function largeDocument(rows: number) {
  return {
    schemaVersion: "1.0",
    files: [
      {
        file: "plan.xlsx",
        error: null,
        tables: [
          {
            sheet: "План",
            rows: Array.from({ length: rows }, (_, i) => ({ row: i + 9, sourceRows: [i + 9], number: `${i + 1}.`, cells: { activity: `Дейност «${i}»\n"ред"`, deadline: i % 7 ? "м. май 2019 г." : null }, skipped: undefined })),
            findings: Array.from({ length: rows / 2 }, (_, i) => ({ code: "gap.no-deadline", cell: `C${i + 9}`, fix: null, params: {} })),
          },
        ],
      },
    ],
    skipped: [],
    summary: { files: 1, rows },
  };
}

describe("check --json written as it is produced", () => {
  it("prints for every fixture exactly the bytes of the whole document stringified at once", async () => {
    for (const file of await fixtureFiles()) {
      const r = await runCli(["check", file, "--json", "--today", "2019-06-30"]);
      expect(r.stdout.length).toBeGreaterThan(0);
      expect(r.stdout).toBe(whole(JSON.parse(r.stdout)));
    }
  });

  it("prints a folder of fixtures, with its overview, exactly as stringified at once", async () => {
    const r = await runCli(["check", FIXTURES, "--json", "--today", "2019-06-30"]);
    const doc = JSON.parse(r.stdout);
    expect(doc.overview).toBeDefined();
    expect(r.stdout).toBe(whole(doc));
  });

  it("writes the fixtures' checked files, as the workers return them, byte for byte", async () => {
    const files = await checkFiles(await fixtureFiles(), { today: "2019-06-30" }, "bg", { workers: 1 });
    expect(files.some((f) => f.tables.some((t) => t.rows.length > 100))).toBe(true);
    for (const f of files) expect(jsonText({ schemaVersion: "1", files: [f] })).toBe(whole({ schemaVersion: "1", files: [f] }));
    expect(jsonText(files)).toBe(whole(files));
  });

  it("hands on whole lines in bounded chunks, never the document at once", () => {
    const doc = largeDocument(20_000);
    const chunks: string[] = [];
    writeJson(doc, (c) => chunks.push(c));
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.every((c) => c.endsWith("\n"))).toBe(true);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(1 << 17);
    expect(chunks.join("")).toBe(whole(doc));
  });

  it("leaves out and writes as null what JSON.stringify does, and uses toJSON", () => {
    const big = Array.from({ length: 600 }, (_, i) => i);
    const doc = {
      a: undefined,
      b: () => 1,
      c: [undefined, () => 1, Symbol("s"), NaN, Infinity, -0],
      d: new Date(Date.UTC(2019, 5, 30)),
      e: { toJSON: (key: string) => ({ key, big }) },
      f: {},
      g: [],
      h: { only: undefined },
      "10": "integer-like keys first",
      big: big.map((i) => ({ i, nested: { list: [i, `${i}`], none: undefined } })),
    };
    expect(jsonText(doc)).toBe(whole(doc));
    expect(jsonText([undefined, doc])).toBe(whole([undefined, doc]));
    expect(jsonText("text")).toBe(whole("text"));
  });

  it("matches JSON.stringify on any JSON-like value", () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
      node: fc.oneof({ depthSize: "small" }, tie("leaf"), fc.array(tie("node"), { maxLength: 400 }), fc.dictionary(fc.string(), tie("node"), { maxKeys: 300 })),
    })).node;
    fc.assert(
      fc.property(value, (v) => v === undefined || jsonText(v) === whole(v)),
      { numRuns: 200 },
    );
  });
});
