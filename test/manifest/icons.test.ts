import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { ICON_SIZES, renderIcon } from "../../scripts/make-icons";
import { pngSize } from "../../scripts/validate-manifest";

const ASSETS = path.resolve(__dirname, "../../assets");

/** RGBA pixels of a PNG whose scanlines use filter 0, as scripts/make-icons.js writes them. */
function readPixels(file: string): { width: number; height: number; rgba: Buffer } {
  const bytes = fs.readFileSync(file);
  const size = pngSize(bytes);
  if (!size) throw new Error(`${file} is not a PNG`);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("ascii", at + 4, at + 8);
    if (type === "IDAT") idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = size.width * 4;
  const rgba = Buffer.alloc(stride * size.height);
  for (let y = 0; y < size.height; y++) {
    const filter = raw[y * (stride + 1)];
    if (filter !== 0) throw new Error(`${file} row ${y} uses filter ${filter}; regenerate it with scripts/make-icons.js`);
    raw.copy(rgba, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return { ...size, rgba };
}

describe("add-in icons", () => {
  it.each(ICON_SIZES)("assets/icon-%i.png is the drawing scripts/make-icons.js makes at that size", (size) => {
    const png = readPixels(path.join(ASSETS, `icon-${size}.png`));
    expect({ width: png.width, height: png.height }).toEqual({ width: size, height: size });
    expect(png.rgba.equals(renderIcon(size))).toBe(true);
  });

  it("draws an opaque blue badge and leaves the corners transparent", () => {
    const size = 64;
    const rgba = renderIcon(size);
    const at = (x: number, y: number) => [...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(at(0, 0)[3]).toBe(0);
    expect(at(size - 1, 0)[3]).toBe(0);
    // Inside the badge but off the checkmark: the calm blue, fully opaque.
    const [r, g, b, a] = at(Math.round(0.7 * size), Math.round(0.88 * size));
    expect(a).toBe(255);
    expect(b).toBeGreaterThan(r + 100);
    expect(b).toBeGreaterThan(g);
  });
});
