#!/usr/bin/env node
/**
 * Draws the PlanCheck icons (a plan sheet with a checkmark badge, in calm blue) into assets/.
 * Pure arithmetic and zlib, so the same script always gives the same pixels and the icons can be
 * regenerated and compared on any machine: `node scripts/make-icons.js`.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Sizes Office asks for: ribbon 16/32/80, add-in icon 32 and high-resolution 64. */
const ICON_SIZES = [16, 32, 64, 80];

const COLORS = {
  outline: [46, 99, 156, 255],
  paper: [255, 255, 255, 255],
  header: [205, 223, 242, 255],
  rule: [150, 180, 214, 255],
  badgeRing: [255, 255, 255, 255],
  badge: [31, 111, 178, 255],
  check: [255, 255, 255, 255],
};

// ---- shapes in unit coordinates (0..1 across the icon) ----

function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inCircle(x, y, cx, cy, r) {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Inside a line segment drawn with round caps and the given width. */
function onSegment(x, y, ax, ay, bx, by, width) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  const px = ax + t * dx - x;
  const py = ay + t * dy - y;
  return px * px + py * py <= (width / 2) ** 2;
}

/**
 * The icon as layers painted bottom to top; each layer is a colour and a membership test.
 * Line widths never go below one pixel so the small ribbon icon keeps its outline.
 */
function layers(size) {
  const px = 1 / size;
  const stroke = Math.max(px, 0.055);
  const rule = Math.max(px, 0.04);
  const sheet = { x0: 0.1, y0: 0.04, x1: 0.76, y1: 0.9, r: 0.07 };
  const inner = { x0: sheet.x0 + stroke, y0: sheet.y0 + stroke, x1: sheet.x1 - stroke, y1: sheet.y1 - stroke };
  const rows = [0.4, 0.54, 0.68];
  return [
    [COLORS.outline, (x, y) => inRoundRect(x, y, sheet.x0, sheet.y0, sheet.x1, sheet.y1, sheet.r)],
    [COLORS.paper, (x, y) => inRoundRect(x, y, inner.x0, inner.y0, inner.x1, inner.y1, Math.max(0, sheet.r - stroke))],
    [COLORS.header, (x, y) => x >= inner.x0 && x <= inner.x1 && y >= inner.y0 && y <= 0.25 && inRoundRect(x, y, inner.x0, inner.y0, inner.x1, inner.y1, Math.max(0, sheet.r - stroke))],
    [COLORS.rule, (x, y) => rows.some((ry) => x >= 0.18 && x <= 0.68 && Math.abs(y - ry) <= rule / 2)],
    [COLORS.rule, (x, y) => y >= 0.3 && y <= 0.8 && Math.abs(x - 0.31) <= rule / 2],
    [COLORS.badgeRing, (x, y) => inCircle(x, y, 0.7, 0.71, 0.3)],
    [COLORS.badge, (x, y) => inCircle(x, y, 0.7, 0.71, 0.25)],
    [COLORS.check, (x, y) => onSegment(x, y, 0.57, 0.72, 0.66, 0.81, 0.08) || onSegment(x, y, 0.66, 0.81, 0.83, 0.61, 0.08)],
  ];
}

/** RGBA pixels, row by row, anti-aliased by averaging an 8x8 grid of samples per pixel. */
function renderIcon(size) {
  const samples = 8;
  const paint = layers(size);
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let color = null;
          for (const [c, inside] of paint) if (inside(x, y)) color = c;
          if (color) {
            // Premultiplied sums, so edges against transparency do not darken.
            r += color[0] * color[3];
            g += color[1] * color[3];
            b += color[2] * color[3];
            a += color[3];
          }
        }
      }
      const i = (py * size + px) * 4;
      const n = samples * samples;
      out[i + 3] = Math.round(a / n);
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
    }
  }
  return out;
}

// ---- PNG encoding: signature, IHDR, one IDAT, IEND ----

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG; every scanline uses filter 0 (none) so the file is simple to read back. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function iconPng(size) {
  return encodePng(size, size, renderIcon(size));
}

function writeIcons(assetsDir) {
  fs.mkdirSync(assetsDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = path.join(assetsDir, `icon-${size}.png`);
    fs.writeFileSync(file, iconPng(size));
    return file;
  });
}

module.exports = { ICON_SIZES, renderIcon, encodePng, iconPng, writeIcons };

if (require.main === module) {
  const dir = path.resolve(__dirname, "..", "assets");
  for (const file of writeIcons(dir)) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
