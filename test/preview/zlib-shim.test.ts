import * as zlib from "zlib";
import { createInflateRaw, inflateRawSync } from "../../src/preview/node-shims/zlib";

/**
 * The page's stand-in for Node's zlib (over pako) behaves as Node's does for the .xlsx reader:
 * the same bytes out, and a part that unpacks past the size its zip directory states refused
 * with the error code the reader recognises.
 */
describe("the browser page's zlib", () => {
  const text = Buffer.from("<worksheet>" + "<row><c><v>42</v></c></row>".repeat(20_000) + "</worksheet>");
  const packed = zlib.deflateRawSync(text);

  it("inflates a part in one call to the same bytes as Node", () => {
    expect(Buffer.compare(inflateRawSync(packed, { maxOutputLength: text.length }), zlib.inflateRawSync(packed))).toBe(0);
  });

  it("stops a part that unpacks past its stated size, with Node's error code", () => {
    expect(() => zlib.inflateRawSync(packed, { maxOutputLength: 1000 })).toThrow(expect.objectContaining({ code: "ERR_BUFFER_TOO_LARGE" }));
    expect(() => inflateRawSync(packed, { maxOutputLength: 1000 })).toThrow(expect.objectContaining({ code: "ERR_BUFFER_TOO_LARGE" }));
  });

  it("refuses damaged data, and gives a cut-short part fewer bytes than its stated size (which the reader refuses)", () => {
    expect(() => inflateRawSync(Buffer.from([0xff, 0xff, 0xff, 0xff]))).toThrow();
    let cut: Buffer | null = null;
    try {
      cut = inflateRawSync(packed.subarray(0, packed.length >> 1), { maxOutputLength: text.length });
    } catch {
      cut = null;
    }
    expect(cut === null || cut.length < text.length).toBe(true);
  });

  it("inflates in pieces to the same bytes", async () => {
    const stream = createInflateRaw();
    stream.end(packed);
    const pieces: Buffer[] = [];
    for await (const piece of stream) pieces.push(piece);
    expect(Buffer.compare(Buffer.concat(pieces), text)).toBe(0);
  });
});
