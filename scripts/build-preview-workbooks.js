#!/usr/bin/env node
/*
 * Converts the seed workbooks in test/fixtures/ into the JSON snapshots the browser preview opens
 * (src/preview/workbooks/*.json). The page cannot read files, so it gets the same sheet snapshots
 * the command line reads, made by the same reader: run `npm run build:cli` first, then
 *
 *   node scripts/build-preview-workbooks.js
 *
 * The output is committed; test/preview/workbooks.test.ts fails when it no longer matches what the
 * reader gives for a fixture. Rebuilding gives byte-identical files.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const FIXTURES = path.join(ROOT, "test/fixtures");
const OUT = path.join(ROOT, "src/preview/workbooks");
const READER = path.join(ROOT, "build/xlsx/read-workbook.js");

/**
 * The seed workbooks the preview offers, in the order of its picker. `bg-scorecard-measured` is the
 * seed scorecard as an official completes it at the end of the year (unit, baseline, target,
 * actual, weight and thresholds per indicator; scripts/build-scorecard-fixture.js), so the
 * scorecard features have figures to work on.
 */
const PREVIEW_WORKBOOKS = ["bg-kyustendil-2019", "bg-scorecard", "bg-scorecard-measured", "pl-bochnia-2018", "ru-volodarsk-2020"];

/**
 * A snapshot as JSON text: one sheet row per line, so a change to a fixture shows in a diff as the
 * rows it touched.
 */
function snapshotJson(snapshot) {
  const list = (items, indent) => (items.length === 0 ? "[]" : `[\n${items.map((i) => indent + JSON.stringify(i)).join(",\n")}\n${indent.slice(2)}]`);
  const sheets = snapshot.sheets.map((sheet) => {
    const fields = Object.entries(sheet).map(([key, value]) => {
      const text = key === "values" || key === "merges" ? list(value, "        ") : JSON.stringify(value);
      return `      ${JSON.stringify(key)}: ${text}`;
    });
    return `    {\n${fields.join(",\n")}\n    }`;
  });
  return `{\n  "file": ${JSON.stringify(snapshot.file)},\n  "sheets": [\n${sheets.join(",\n")}\n  ]\n}\n`;
}

async function main() {
  if (!fs.existsSync(READER)) {
    console.error(`build-preview-workbooks: ${path.relative(ROOT, READER)} is missing; run \`npm run build:cli\` first.`);
    process.exit(1);
  }
  const { readWorkbook } = require(READER);
  fs.mkdirSync(OUT, { recursive: true });
  for (const name of PREVIEW_WORKBOOKS) {
    const file = `${name}.xlsx`;
    const snapshot = await readWorkbook(path.join(FIXTURES, file), file);
    const target = path.join(OUT, `${name}.json`);
    fs.writeFileSync(target, snapshotJson(snapshot));
    console.log(`${path.relative(ROOT, target)}: ${snapshot.sheets.map((s) => `${s.sheet} (${s.values.length} rows)`).join(", ")}`);
  }
}

module.exports = { PREVIEW_WORKBOOKS, snapshotJson };

if (require.main === module) {
  main().catch((err) => {
    console.error(`build-preview-workbooks: ${err && err.message ? err.message : err}`);
    process.exit(1);
  });
}
