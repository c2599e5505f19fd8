import { spawnSync } from "child_process";
import { writeFileSync } from "fs";
import * as path from "path";
import { repeatedSheet, sheetXml, workbookParts, zipPackage } from "../test/robustness/xlsx-package";
import type { BenchResult } from "./stats";

/**
 * The hostile files of the robustness suite at full size (PLANCHECK_BENCH_HUGE=1): each is refused
 * or read by the command line, and its time and peak memory are recorded. The tests use small
 * versions; these show the limits hold at the real sizes.
 */

const ROOT = path.resolve(__dirname, "..", "..");

function cliRun(file: string): { seconds: number; maxRssMb: number; code: number; error: string | null } {
  const t0 = Date.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, path.join(ROOT, "bin", "plancheck.js"), "check", file, "--json"], { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (Date.now() - t0) / 1000;
  const rssKb = Number((r.stderr.trim().split("\n").pop() ?? "0").trim());
  let error: string | null = null;
  try {
    error = JSON.parse(r.stdout).files[0].error?.code ?? null;
  } catch {
    error = "no JSON";
  }
  return { seconds, maxRssMb: Math.round(rssKb / 1024), code: r.status ?? -1, error };
}

export function measureHuge(tmp: string): BenchResult[] {
  const cases: { name: string; file: string }[] = [];
  const add = (name: string, bytes: Buffer) => {
    const file = path.join(tmp, `${name.replace(/\W+/g, "-")}.xlsx`);
    writeFileSync(file, bytes);
    cases.push({ name, file });
  };
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const tail = "</sheetData></worksheet>";
  // 1,048,576 rows of two cells each, packed without ever holding them unpacked.
  let rows = "";
  for (let r = 1; r <= 1024; r++) rows += `<row><c t="inlineStr"><is><t>Брой</t></is></c><c><v>${r}</v></c></row>`;
  add("a sheet of 1,048,576 rows", zipPackage(workbookParts([{ name: "Rows", xml: repeatedSheet(head, rows, 1024, tail) }])));
  // A 2 GiB sheet in a small file.
  add("a zip bomb (2 GiB unpacked)", zipPackage(workbookParts([{ name: "Bomb", xml: repeatedSheet(head, " ".repeat(1 << 20), 2048, tail) }])));
  // A plan with a note in the last of 16,384 columns.
  const plan = ["№", "Дейност", "Срок за изпълнение", "Отговорни институции", "Индикатори"];
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  let sheet = `<row r="1">${plan.map((h, i) => cell(`${"ABCDE"[i]}1`, h)).join("")}${cell("XFD1", "бележка")}</row>`;
  for (let r = 2; r <= 31; r++) sheet += `<row r="${r}">${cell(`A${r}`, `${r - 1}.`)}${cell(`B${r}`, "Обучение на учители")}${cell(`C${r}`, "м. септември 2019 г.")}${cell(`D${r}`, "училища")}${cell(`E${r}`, "Брой обучени учители")}</row>`;
  add("a plan 16,384 columns wide", zipPackage(workbookParts([{ name: "Wide", xml: sheetXml(sheet) }])));
  // A thousand rows of 32,767-character cells.
  const long = "Осигуряване на подкрепа ".repeat(1366).slice(0, 32767);
  let longRows = `<row r="1">${plan.map((h, i) => cell(`${"ABCDE"[i]}1`, h)).join("")}</row>`;
  for (let r = 2; r <= 1001; r++) longRows += `<row r="${r}">${cell(`A${r}`, `${r - 1}.`)}${cell(`B${r}`, long)}${cell(`C${r}`, "постоянен")}${cell(`D${r}`, "училища")}${cell(`E${r}`, "Брой")}</row>`;
  add("1,000 rows of 32,767-character cells", zipPackage(workbookParts([{ name: "Long", xml: sheetXml(longRows) }])));

  return cases.map(({ name, file }) => {
    const r = cliRun(file);
    return { name: `huge: ${name}`, value: r.seconds, unit: "s", note: `exit ${r.code}, ${r.error ?? "read and checked"}, peak ${r.maxRssMb} MB` };
  });
}
