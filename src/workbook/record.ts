import type { CellValue } from "../engine/grid";
import type { PlanPeriod } from "../engine/deadline/types";
import { isRole, type Role } from "../engine/roles";

/**
 * PlanCheck's own record in a workbook, kept in a custom XML part so the add-in and the command
 * line read the same thing (format: docs/workbook-metadata.md). Pure data and text: no Office
 * calls, so the file adapter can import it.
 */

/** Namespace of the part's root element; a URN, so the workbook names no network address. */
export const METADATA_NAMESPACE = "urn:plancheck:workbook-metadata:1";

export const METADATA_VERSION = 1;

/** The kinds of sheet PlanCheck creates. */
export type OwnedSheetKind = "report" | "registry" | "scorecard" | "timeline";

const OWNED_SHEET_KINDS: readonly OwnedSheetKind[] = ["report", "registry", "scorecard", "timeline"];

/** The plan sheet a sheet PlanCheck made was built from (a scorecard rolls up one plan, a timeline draws one). */
export interface PlanSheetRef {
  sheet: string;
  sheetId: string | null;
}

/** A sheet PlanCheck created; recognised by this record, never by its name alone. */
export interface OwnedSheetRecord {
  kind: OwnedSheetKind;
  name: string;
  /** Excel's worksheet id once known; it survives renaming. */
  id: string | null;
  /** For a scorecard or a timeline: the plan sheet it is of, so each plan keeps its own. */
  plan?: PlanSheetRef;
}

/** What apply changed in the user's sheet, so remove can put it back. */
export interface UndoRecord {
  /** Cells PlanCheck or Excel's table conversion wrote, with the value each had before. */
  cells: { cell: string; value: CellValue }[];
  /** Merged areas PlanCheck unmerged (with the user's consent), to merge again. */
  merges: string[];
  /** Ranges where PlanCheck added data validation. */
  validation: string[];
  /** Rows and columns that were frozen before PlanCheck froze the header; null when it froze nothing. */
  freeze: { rows: number; cols: number } | null;
}

/** A plan table made typed: its Excel table, column roles and plan period. */
export interface TypedTableRecord {
  sheet: string;
  sheetId: string | null;
  /** Name of the Excel table PlanCheck made. */
  table: string;
  /** A1 range of that Excel table (its header row to its last row). */
  range: string;
  /** Sheet rows (1-based) of the plan's header, including rows above the Excel table's header. */
  headerRows: number[];
  /** Column letter -> role, as the user confirmed them. */
  roles: Record<string, Role>;
  period: PlanPeriod | null;
  undo: UndoRecord;
  /**
   * The A1 range the user selected by hand where PlanCheck found no plan table (`B4:G60`): the
   * table is read there and nowhere else. Absent when the table was found on its own.
   */
  selection?: string;
}

/**
 * A PLAN formula "Make this workbook portable" replaced by its standard equivalent: what was
 * there and what PlanCheck wrote, so the PLAN formula can be put back while the cell still holds
 * PlanCheck's formula (a cell the user has changed since is theirs).
 */
export interface PortableFormulaRecord {
  sheet: string;
  sheetId: string | null;
  cell: string;
  /** The PLAN formula as it was (`=PLAN.SCORE(F5,E5,D5)`). */
  plan: string;
  /** The standard formula PlanCheck wrote in its place. */
  portable: string;
}

export interface WorkbookMetadata {
  version: number;
  tables: TypedTableRecord[];
  sheets: OwnedSheetRecord[];
  /** PLAN formulas made portable; absent when none are. */
  portable?: PortableFormulaRecord[];
}

export function emptyMetadata(): WorkbookMetadata {
  return { version: METADATA_VERSION, tables: [], sheets: [] };
}

/**
 * The part's XML: one root element in PlanCheck's namespace whose text is the record as JSON.
 * `<`, `>` and `&` inside the JSON are written as \u escapes, so the text needs no XML escaping
 * and any JSON parser reads it back unchanged.
 */
export function metadataXml(metadata: WorkbookMetadata): string {
  const json = JSON.stringify(metadata).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `<plancheck xmlns="${METADATA_NAMESPACE}" version="${metadata.version}">${json}</plancheck>`;
}

/** Reads the part's XML; null when it is not PlanCheck's record or cannot be read. */
export function parseMetadataXml(xml: string): WorkbookMetadata | null {
  const m = /<plancheck\b[^>]*\bxmlns\s*=\s*"([^"]*)"[^>]*>([\s\S]*)<\/plancheck>\s*$/.exec(xml.trim());
  if (!m || m[1] !== METADATA_NAMESPACE) return null;
  let data: unknown;
  try {
    data = JSON.parse(m[2]);
  } catch {
    return null;
  }
  return validMetadata(data);
}

function isString(v: unknown): v is string {
  return typeof v === "string";
}

function validPeriod(v: unknown): PlanPeriod | null {
  if (!v || typeof v !== "object") return null;
  const p = v as Record<string, unknown>;
  return isString(p.start) && isString(p.end) && isString(p.label) ? { start: p.start, end: p.end, label: p.label } : null;
}

function validCellValue(v: unknown): v is CellValue {
  return v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

function validUndo(v: unknown): UndoRecord {
  const u = (v && typeof v === "object" ? v : {}) as Record<string, unknown>;
  const cells = Array.isArray(u.cells)
    ? u.cells.filter((c): c is { cell: string; value: CellValue } => !!c && isString(c.cell) && validCellValue(c.value))
    : [];
  const freeze =
    u.freeze && typeof u.freeze === "object" && typeof (u.freeze as Record<string, unknown>).rows === "number"
      ? { rows: Number((u.freeze as Record<string, number>).rows), cols: Number((u.freeze as Record<string, number>).cols ?? 0) }
      : null;
  return {
    cells: cells.map((c) => ({ cell: c.cell, value: c.value })),
    merges: Array.isArray(u.merges) ? u.merges.filter(isString) : [],
    validation: Array.isArray(u.validation) ? u.validation.filter(isString) : [],
    freeze,
  };
}

/** Keeps what is well-formed and drops what is not: a damaged record never breaks a check. */
function validMetadata(data: unknown): WorkbookMetadata | null {
  if (!data || typeof data !== "object") return null;
  const d = data as Record<string, unknown>;
  if (typeof d.version !== "number") return null;
  const tables: TypedTableRecord[] = [];
  for (const t of Array.isArray(d.tables) ? d.tables : []) {
    if (!t || typeof t !== "object") continue;
    const r = t as Record<string, unknown>;
    if (!isString(r.sheet) || !isString(r.table) || !isString(r.range)) continue;
    const roles: Record<string, Role> = {};
    for (const [col, role] of Object.entries((r.roles ?? {}) as Record<string, unknown>)) {
      if (/^[A-Z]{1,3}$/.test(col) && isString(role) && isRole(role)) roles[col] = role;
    }
    const record: TypedTableRecord = {
      sheet: r.sheet,
      sheetId: isString(r.sheetId) ? r.sheetId : null,
      table: r.table,
      range: r.range,
      headerRows: Array.isArray(r.headerRows) ? r.headerRows.filter((n): n is number => Number.isInteger(n)) : [],
      roles,
      period: validPeriod(r.period),
      undo: validUndo(r.undo),
    };
    if (isString(r.selection) && /^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(r.selection)) record.selection = r.selection;
    tables.push(record);
  }
  const sheets: OwnedSheetRecord[] = [];
  for (const s of Array.isArray(d.sheets) ? d.sheets : []) {
    if (!s || typeof s !== "object") continue;
    const r = s as Record<string, unknown>;
    if (!OWNED_SHEET_KINDS.includes(r.kind as OwnedSheetKind) || !isString(r.name)) continue;
    const record: OwnedSheetRecord = { kind: r.kind as OwnedSheetKind, name: r.name, id: isString(r.id) ? r.id : null };
    const plan = validPlanRef(r.plan);
    if (plan) record.plan = plan;
    sheets.push(record);
  }
  const portable = (Array.isArray(d.portable) ? d.portable : []).flatMap((p): PortableFormulaRecord[] => {
    if (!p || typeof p !== "object") return [];
    const r = p as Record<string, unknown>;
    if (!isString(r.sheet) || !isString(r.cell) || !/^[A-Z]{1,3}\d+$/.test(r.cell) || !isString(r.plan) || !isString(r.portable)) return [];
    return [{ sheet: r.sheet, sheetId: isString(r.sheetId) ? r.sheetId : null, cell: r.cell, plan: r.plan, portable: r.portable }];
  });
  return { version: d.version, tables, sheets, ...(portable.length > 0 ? { portable } : {}) };
}

function validPlanRef(v: unknown): PlanSheetRef | null {
  if (!v || typeof v !== "object") return null;
  const p = v as Record<string, unknown>;
  return isString(p.sheet) ? { sheet: p.sheet, sheetId: isString(p.sheetId) ? p.sheetId : null } : null;
}

/** A workbook sheet as the adapter lists them. */
export interface SheetInfo {
  name: string;
  id: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
}

/**
 * The sheet an ownership record points at: the sheet with the recorded id *and* the recorded
 * name. The id tells a user's new sheet of the same name from PlanCheck's (Worksheet.id stays the
 * same when a sheet is renamed or moved — page "Work with worksheets"); the name guards against
 * Excel for Mac reusing a deleted sheet's id, and a sheet the user renamed has become theirs to
 * keep. Without an id (never stored) the name alone decides.
 */
export function ownedSheet(record: OwnedSheetRecord, sheets: SheetInfo[]): SheetInfo | null {
  return sheets.find((s) => s.name === record.name && (record.id === null || s.id === record.id)) ?? null;
}

/**
 * The records of the sheets of one kind PlanCheck built from a plan sheet: matched by the plan
 * sheet's id when both are known, by its name otherwise. A record naming no plan sheet belongs to
 * every plan (one such sheet per workbook).
 */
export function ownedSheetsFor(metadata: WorkbookMetadata, kind: OwnedSheetKind, plan: PlanSheetRef): OwnedSheetRecord[] {
  return metadata.sheets.filter((s) => {
    if (s.kind !== kind) return false;
    if (!s.plan) return true;
    return s.plan.sheetId !== null && plan.sheetId !== null ? s.plan.sheetId === plan.sheetId : s.plan.sheet === plan.sheet;
  });
}

/** The record of the typed table on a sheet, by id when known. */
export function typedTableFor(metadata: WorkbookMetadata, sheet: SheetInfo): TypedTableRecord | null {
  return metadata.tables.find((t) => (t.sheetId !== null ? t.sheetId === sheet.id : t.sheet === sheet.name)) ?? null;
}
