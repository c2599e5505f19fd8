import fc from "fast-check";
import { OutBlocks } from "../../src/cli/out-blocks";
import { TextBlocks } from "../../src/cli/text-blocks";
import { writeJson } from "../../src/cli/json-stream";
import { main } from "../../src/cli/main";
import { FIXTURES } from "./run-cli";

/** A host that takes bytes: what it was given, joined. */
function byteHost() {
  const blocks: Buffer[] = [];
  return {
    io: { out: (): void => void blocks.push(Buffer.from("<text written instead of bytes>")), outBytes: (b: Uint8Array) => void blocks.push(Buffer.from(b)), err: () => undefined, isTTY: false },
    bytes: () => Buffer.concat(blocks),
    blocks,
  };
}

describe("output handed on as bytes", () => {
  it("is the UTF-8 of the pieces joined, whatever the pieces and however they fill the blocks", () => {
    const piece = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.integer({ min: 1, max: 25_000 }).map((n) => "жa€😀".repeat(n)), fc.constantFrom("\ud83d", "\ude00", "\n", "Строк без срока", "é"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.nat(60), { maxLength: 5 }), (pieces, flushes) => {
        const host = byteHost();
        const out = new OutBlocks(host.io);
        pieces.forEach((p, i) => {
          out.text(p);
          if (flushes.includes(i)) out.flush();
        });
        out.flush();
        // Split where the caller flushed, as a text host writes each block apart.
        let expected = "";
        const parts: string[] = [];
        pieces.forEach((p, i) => {
          expected += p;
          if (flushes.includes(i)) {
            parts.push(expected);
            expected = "";
          }
        });
        parts.push(expected);
        return host.bytes().equals(Buffer.concat(parts.map((s) => Buffer.from(s, "utf8"))));
      }),
      { numRuns: 150 },
    );
  });

  it("keeps a surrogate pair split over two pieces one character, and a lone half as the replacement character", () => {
    const host = byteHost();
    const out = new OutBlocks(host.io);
    for (const p of ["план \ud83d", "\ude00 готов", " \ud83d"]) out.text(p);
    out.flush();
    expect(host.bytes().toString("utf8")).toBe("план 😀 готов \ufffd");
  });

  it("writes a text report in few blocks, each a file's lines as soon as the file is done", () => {
    const host = byteHost();
    const report = new TextBlocks(host.io);
    const lines = Array.from({ length: 20_000 }, (_, i) => `    План!C${i + 2}  Строк без срока ${"ж".repeat(i % 50)}`);
    for (const l of lines) report.line(l);
    report.line("done\n");
    report.flush();
    expect(host.bytes().toString("utf8")).toBe(lines.map((l) => `${l}\n`).join("") + "done\n");
    expect(host.blocks.length).toBeGreaterThan(1);
    expect(host.blocks.length).toBeLessThan(lines.length / 500);
  });

  it("gives a block it hands on to the writer for good: later output never changes what was written", () => {
    const kept: Uint8Array[] = [];
    const out = new OutBlocks({ out: () => undefined, outBytes: (b) => void kept.push(b) });
    out.text("a".repeat(200_000));
    out.flush();
    out.text("b".repeat(200_000));
    out.flush();
    out.text("c");
    out.flush();
    out.text("d");
    out.flush();
    expect(kept.map((b) => Buffer.from(b).toString())).toEqual(["a".repeat(200_000), "b".repeat(200_000), "c", "d"]);
  });
});

describe("the JSON handed on as bytes", () => {
  it("is byte for byte JSON.stringify's for any JSON-like value, at any depth", () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.string({ unit: "binary" }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
      node: fc.oneof({ depthSize: "small" }, tie("leaf"), fc.array(tie("node"), { maxLength: 400 }), fc.dictionary(fc.string(), tie("node"), { maxKeys: 300 })),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        if (v === undefined) return true;
        const host = byteHost();
        writeJson(v, host.io);
        return host.bytes().toString("utf8") === `${JSON.stringify(v, null, 2)}\n`;
      }),
      { numRuns: 150 },
    );
  });

  it("writes an array's items by their own toJSON, with their index, among items written together", () => {
    const items = Array.from({ length: 700 }, (_, i) => (i % 97 === 5 ? { toJSON: (key: string) => ({ key }) } : i % 3 ? { i, text: `ред ${i}` } : i));
    const doc = { deep: { er: [[items]] }, top: items };
    const host = byteHost();
    writeJson(doc, host.io);
    expect(host.bytes().toString("utf8")).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it("prints check --json and table --json of the fixtures to a host taking bytes exactly as to one taking text", async () => {
    for (const args of [["check", FIXTURES, "--json"], ["table", FIXTURES, "--json"], ["check", FIXTURES]]) {
      let text = "";
      const host = byteHost();
      const argv = [...args, "--today", "2019-06-30", "--workers", "1"];
      const codeText = await main(argv, { out: (s) => void (text += s.endsWith("\n") ? s : s + "\n"), err: () => undefined, isTTY: false }, { LANG: "ru" });
      const codeBytes = await main(argv, host.io, { LANG: "ru" });
      expect(codeBytes).toBe(codeText);
      expect(host.bytes().toString("utf8")).toBe(text);
      expect(text.length).toBeGreaterThan(1000);
    }
  });
});
