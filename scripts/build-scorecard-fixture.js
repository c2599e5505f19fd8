#!/usr/bin/env node
/**
 * Builds test/fixtures/bg-scorecard-measured.xlsx and bg-scorecard-by-year.xlsx: the Bulgarian children-at-risk scorecard as a
 * regional office completes it at the end of a year. The perspectives, objectives and indicators
 * are the seed's own words (read from the seed, one indicator a row); unit, baseline, target,
 * actual, weight and the green/red thresholds are filled as an official would write them: `%`
 * values as percentages with a decimal comma, sums in лева with a space between thousands, a
 * level (`Средна` -> `Висока`), a yes/no task (`да`/`не`), one indicator not measured yet, one
 * over its target, the perspective and the objective written only on the first row of their block.
 * Byte-for-byte reproducible (fixed document and zip dates).
 *
 * Usage: node scripts/build-scorecard-fixture.js [seedsDir] [outDir]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const SEEDS = process.argv[2] || path.join(__dirname, "..", "..", "shared", "seeds");
const OUT = process.argv[3] || path.join(__dirname, "..", "test", "fixtures");
const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 9, 0, 0));
const CREATOR = "PlanCheck fixtures";
const FILE = "bg-scorecard-measured.xlsx";
const BY_YEAR_FILE = "bg-scorecard-by-year.xlsx";

function fail(message) {
  throw new Error(`build-scorecard-fixture: ${message}`);
}

/** The seed's data rows as cells: perspective, strategic map, objectives, indicators, targets, initiatives, budget, executor. */
function seedRows() {
  const text = fs.readFileSync(path.join(SEEDS, "bg-balanced-scorecard-children-at-risk.txt"), "utf8").replace(/\r\n?/g, "\n");
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const data = lines.slice(3).map((l) => l.split("\t"));
  if (data.length !== 4 || data.some((c) => c.length !== 8)) fail("the seed scorecard is not four rows of eight cells");
  const items = (cell) =>
    cell
      .replace(/<ul[^>]*>/g, "")
      .split(/[▪•○]/u)
      .map((s) => s.trim().replace(/\s+/gu, " "))
      .filter((s) => s !== "");
  return data.map((c) => ({ perspective: c[0].trim(), objective: items(c[2])[0], indicators: items(c[3]), initiatives: items(c[5]), executor: c[7].trim() }));
}

/**
 * The official's figures per indicator, in the seed's order. A yes/no indicator is added from the
 * seed's initiative "Изграждане на механизъм и система за вътрешна комуникация и координация".
 */
const FIGURES = [
  [{ unit: "%", baseline: "92,4%", target: "97%", actual: "95,1%", weight: "20%", green: "96%", red: "93%" }],
  [
    { unit: "брой", baseline: 0, target: 350, actual: 214, weight: "10%", green: 320, red: 250 },
    { name: "Изграден механизъм за вътрешна комуникация и координация", unit: "да/не", baseline: "не", target: "да", actual: "не", weight: "5%", green: "да", red: "не" },
  ],
  [
    { unit: "брой", baseline: 1, target: 3, actual: 3, weight: "10%", green: 3, red: 2 },
    { unit: "лева", baseline: 0, target: "120 000", actual: "84 500", weight: "10%", green: "110 000", red: "80 000" },
    { unit: "брой", baseline: 4, target: 12, actual: null, weight: "5%", green: 11, red: 8 },
  ],
  [
    { unit: "%", baseline: "35%", target: "80%", actual: "62%", weight: "15%", green: "75%", red: "55%" },
    { unit: "лева", baseline: "10 000", target: "25 000", actual: "27 300", weight: "10%", green: "24 000", red: "18 000" },
    { unit: "ниво", baseline: "Средна", target: "Висока", actual: "Висока", weight: "15%", green: "Висока", red: "Средна" },
  ],
];

const HEADER = [
  "НАПРАВЛЕНИЕ",
  "СТРАТЕГИЧЕСКИ ЦЕЛИ",
  "ПОКАЗАТЕЛИ ЗА ЕФЕКТИВНОСТ",
  "Мерна единица",
  "Базова стойност 2023",
  "Целева стойност 2024",
  "Постигната стойност 2024",
  "Тежест",
  "Зелено при",
  "Червено под",
  "ИЗПЪЛНИТЕЛ",
];

/**
 * The same scorecard as the programme's annex reports it over three years: an actual per year
 * (`Отчет 2022 | Отчет 2023 | Отчет 2024`), 2024 not yet reported for two indicators (their
 * actual is 2023's), one falling from 2023 to 2024, and a threshold column (`Праг`: below it is
 * red) whose green line is the target. A lower-is-better indicator is added from the seed's aim
 * of following every child at risk of dropping out: fewer children out of school is better.
 */
const BY_YEAR = [
  [{ unit: "%", baseline: "90,2%", target: "97%", years: ["92,4%", "94,0%", "95,1%"], weight: "20%", floor: "93%" }],
  [
    { unit: "брой", baseline: 0, target: 350, years: [120, 188, 214], weight: "10%", floor: 250 },
    { name: "Деца, отпаднали от училище през годината", unit: "брой", baseline: 41, target: 20, years: [37, 31, 33], weight: "5%", floor: 35 },
  ],
  [
    { unit: "брой", baseline: 1, target: 3, years: [1, 2, 3], weight: "10%", floor: 2 },
    { unit: "лева", baseline: 0, target: "120 000", years: ["40 000", "92 300", "84 500"], weight: "10%", floor: "80 000" },
    { unit: "брой", baseline: 4, target: 12, years: [5, 7, null], weight: "5%", floor: 8 },
  ],
  [
    { unit: "%", baseline: "35%", target: "80%", years: ["41%", "55%", "62%"], weight: "15%", floor: "55%" },
    { unit: "лева", baseline: "10 000", target: "25 000", years: ["12 500", "27 300", null], weight: "10%", floor: "18 000" },
    { unit: "ниво", baseline: "Ниска", target: "Висока", years: ["Ниска", "Средна", "Висока"], weight: "15%", floor: "Средна" },
  ],
];

const BY_YEAR_HEADER = [
  "НАПРАВЛЕНИЕ",
  "СТРАТЕГИЧЕСКИ ЦЕЛИ",
  "ПОКАЗАТЕЛИ ЗА ЕФЕКТИВНОСТ",
  "Мерна единица",
  "Базова стойност 2021",
  "Целева стойност 2024",
  "Отчет 2022",
  "Отчет 2023",
  "Отчет 2024",
  "Тежест",
  "Праг",
  "ИЗПЪЛНИТЕЛ",
];

function byYearRows() {
  const seed = seedRows();
  const out = [["БАЛАНСИРАНА СИСТЕМА ОТ ПОКАЗАТЕЛИ – ДЕЦА И УЧЕНИЦИ В РИСК – ОТЧЕТ ПО ГОДИНИ 2022–2024"], [], BY_YEAR_HEADER];
  seed.forEach((p, i) => {
    const figures = BY_YEAR[i];
    const named = figures.filter((f) => !f.name);
    if (named.length !== p.indicators.length) fail(`perspective ${p.perspective}: ${p.indicators.length} indicators in the seed, ${named.length} filled by year`);
    let k = 0;
    figures.forEach((f, j) => {
      const name = f.name ?? p.indicators[k++];
      out.push([j === 0 ? p.perspective : null, j === 0 ? p.objective : null, name, f.unit, f.baseline, f.target, ...f.years, f.weight, f.floor, j === 0 ? p.executor : null]);
    });
  });
  return out;
}

function rows() {
  const seed = seedRows();
  const out = [["БАЛАНСИРАНА СИСТЕМА ОТ ПОКАЗАТЕЛИ ЗА ЕФЕКТИВНОСТ – ДЕЦА И УЧЕНИЦИ В РИСК – ОТЧЕТ 2024"], [], HEADER];
  seed.forEach((p, i) => {
    const figures = FIGURES[i];
    const named = figures.filter((f) => !f.name);
    if (named.length !== p.indicators.length) fail(`perspective ${p.perspective}: ${p.indicators.length} indicators in the seed, ${named.length} filled`);
    let k = 0;
    figures.forEach((f, j) => {
      const name = f.name ?? p.indicators[k++];
      if (f.name && !p.initiatives.some((x) => x.startsWith("Изграждане на механизъм"))) fail("the yes/no indicator's initiative is not in the seed");
      out.push([
        j === 0 ? p.perspective : null,
        j === 0 ? p.objective : null,
        name,
        f.unit,
        f.baseline,
        f.target,
        f.actual,
        f.weight,
        f.green,
        f.red,
        j === 0 ? p.executor : null,
      ]);
    });
  });
  return out;
}

async function deterministicZip(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("nodebuffer"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

async function writeWorkbook(file, sheetName, widths, cellRows) {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(sheetName);
  ws.columns = widths.map((width) => ({ width }));
  cellRows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value === null || value === undefined || value === "") return;
      const cell = ws.getCell(r + 1, c + 1);
      // Typed as the official typed it: plain integers are numbers, everything else text.
      cell.value = typeof value === "number" ? value : value;
      if (r >= 2) cell.alignment = { wrapText: true, vertical: "top" };
    }),
  );
  fs.mkdirSync(OUT, { recursive: true });
  const bytes = await deterministicZip(Buffer.from(await wb.xlsx.writeBuffer()));
  fs.writeFileSync(path.join(OUT, file), bytes);
  console.log(`wrote ${file}`);
}

async function main() {
  await writeWorkbook(FILE, "BSC 2024", [22, 40, 44, 10, 12, 12, 12, 8, 10, 10, 24], rows());
  await writeWorkbook(BY_YEAR_FILE, "BSC 2022-2024", [22, 40, 44, 10, 12, 12, 10, 10, 10, 8, 10, 24], byYearRows());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
