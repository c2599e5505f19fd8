import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, type CliRun } from "../cli/run-cli";

/** Bad files are made in a temporary folder per test file, never committed as large binaries. */
export class ScratchFolder {
  private dir = "";

  async open(): Promise<void> {
    this.dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-robustness-"));
  }

  async close(): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true });
  }

  async write(name: string, bytes: Buffer | string): Promise<string> {
    const file = path.join(this.dir, name);
    await fs.writeFile(file, bytes);
    return file;
  }

  async workbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    build(wb);
    const file = path.join(this.dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  path(name: string): string {
    return path.join(this.dir, name);
  }
}

export interface FileError {
  code: string;
  message: string;
  reason?: string | null;
  params?: Record<string, string>;
}

export interface Finding {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
  value: string;
  message: string;
}

export interface TableDoc {
  sheet: string;
  range: string;
  visibility?: string;
  columns: { column: string; header: string; role: string }[];
  rows: { row: number; cells: Record<string, string>; deadline?: { text: string; kind: string; start: string | null; end: string | null } }[];
  findings: Finding[];
}

export interface CheckedFile {
  run: CliRun;
  error: FileError | null;
  tables: TableDoc[];
}

/** `plancheck check <file> --json`, as a script reads it. */
export async function checkJson(file: string, ...extra: string[]): Promise<CheckedFile> {
  const run = await runCli(["check", file, "--json", ...extra]);
  const doc = JSON.parse(run.stdout) as { files: { error: FileError | null; tables: TableDoc[] }[] };
  return { run, error: doc.files[0].error, tables: doc.files[0].tables };
}

/** What every refused file must give: exit code 2, one line on stderr naming the file, no stack trace. */
export function expectRefusal(checked: CheckedFile, file: string, code: string, reason: string | null): void {
  expect(checked.run.code).toBe(2);
  expect(checked.error).toMatchObject({ code, reason });
  expect(checked.error!.message).toContain(file);
  const lines = checked.run.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toBe(`plancheck: ${checked.error!.message}`);
  expect(checked.run.stderr).not.toMatch(/\n\s+at |Error:/);
  expect(checked.tables).toEqual([]);
}

/** Header of the Kyustendil plan, the table most of these files carry. */
export const BG_HEADER = ["№", "Дейност", "Срок за изпълнение", "Отговорни институции", "Финансиране", "Индикатори оценка на изпълнение"];

/** A plan sheet as an official has it: title row, header row, then the given rows from row 3. */
export function addPlanSheet(wb: ExcelJS.Workbook, name: string, rows: ExcelJS.CellValue[][], state?: "hidden" | "veryHidden"): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, state ? { state } : undefined);
  ws.addRow(["ГОДИШЕН ПЛАН НА ДЕЙНОСТИТЕ ЗА ПОДКРЕПА ЗА ЛИЧНОСТНО РАЗВИТИЕ – 2019 ГОДИНА"]);
  ws.addRow(BG_HEADER);
  for (const r of rows) ws.addRow(r);
  return ws;
}

/** A task row of the Kyustendil plan, numbered `n.`. */
export function task(n: number, overrides: Partial<Record<"activity" | "deadline" | "responsible" | "financing" | "indicator", ExcelJS.CellValue>> = {}): ExcelJS.CellValue[] {
  return [
    `${n}.`,
    overrides.activity ?? `Организиране на консултации за учениците по учебни предмети (${n})`,
    overrides.deadline ?? "м. септември 2019 г.",
    overrides.responsible ?? "РУО – Кюстендил",
    overrides.financing ?? "Бюджет на общината",
    overrides.indicator ?? "Брой обхванати ученици",
  ];
}
