import { columnKey, datedMonthHeadings, parseDeadline, readDeadlineColumn, sectionKey, yearBeforeHeading, type Deadline, type DeadlineColumn, type PlanPeriod } from "./deadline";
import { resolveBodies, type Registry, type ResolvedBody } from "./executors";
import type { PlanTable } from "./plan";
import { parseTarget, parseUnit, unitFromWording, type Target, type Unit } from "./units";
import { memoize, oncePerTable } from "./memo";

/**
 * What a plan row's cells mean once read: its deadline, its bodies, its unit and target. Read by
 * one reader per checked table, so the rules and every host (the command line's JSON, the overview,
 * the pane) see the same reading and nobody reads a cell twice. The row's own place in the plan
 * (sheet row, section, number, level) is the PlanRow itself.
 */

/** One row's reading, as a host shows it. */
export interface RowMeaning {
  /** The deadline cell read with the row's section heading and the plan period; absent without a deadline cell. */
  deadline?: Deadline;
  /** The responsible cell's bodies, each resolved against the registry; absent without a responsible cell. */
  responsible?: readonly ResolvedBody[];
  /** The partners cell's bodies; absent without a partners cell. */
  partners?: readonly ResolvedBody[];
  /** The unit that applies: the unit cell's, else the one the indicator's wording names; null when neither names one. */
  unit: Unit | null;
  /** The target cell read against that unit; null without a target cell. */
  target: Target | null;
}

/** A table's units and targets: they depend on the table alone. Rows are indices into `table.rows`. */
export interface TableUnits {
  /** The unit the unit cell names; null when it names none or is empty. */
  unitCell(row: number): Unit | null;
  /** The unit that applies to the row's indicator and target (see RowMeaning.unit). */
  unit(row: number): Unit | null;
  /** The target cell read against the row's unit; null when the cell is empty. */
  target(row: number): Target | null;
}

/**
 * A checked table's rows, read on demand and each distinct text once (plans repeat `постоянен` and
 * `училища` row after row). Keys are column keys (PlanColumn.key).
 */
export interface RowMeanings extends TableUnits {
  readonly table: PlanTable;
  readonly period: PlanPeriod | null;
  readonly registry: Registry;
  /** A row's deadline cell of `key` (the first deadline column by default) read; null when the cell is empty. */
  deadline(row: number, key?: string): Deadline | null;
  /** The bodies a responsible or partners cell names; null when the cell is empty. */
  bodies(row: number, key: string): readonly ResolvedBody[] | null;
  /** All of a row's reading at once. */
  row(row: number): RowMeaning;
}

/** What a reading depends on beyond the table: the period that completes deadlines, the known bodies. */
export interface MeaningContext {
  period: PlanPeriod | null;
  registry: Registry;
}

const cache = new WeakMap<PlanTable, RowMeanings>();

/**
 * The table's reader for this period and registry. A PlanTable is a snapshot, never changed once
 * read, so the reader is kept with it: every rule of a check and then its host share one reading.
 */
export function rowMeanings(table: PlanTable, ctx: MeaningContext): RowMeanings {
  let meanings = cache.get(table);
  if (!meanings || meanings.period !== ctx.period || meanings.registry !== ctx.registry) {
    meanings = readRowMeanings(table, ctx);
    cache.set(table, meanings);
  }
  return meanings;
}

/** The table's units and targets, read once per table whatever the period or registry. */
export const tableUnits: (table: PlanTable) => TableUnits = oncePerTable(readUnits);

function readUnits(table: PlanTable): TableUnits {
  const rows = table.rows;
  const unitOf = memoize(parseUnit);
  const wordingOf = memoize(unitFromWording);
  // A target reads against its unit's kind (and currency): `5` is a count under `Брой`, a share under `%`.
  const targets = new Map<string, Target>();
  const targetOf = (text: string, unit: Unit | null): Target => {
    const key = `${unit ? `${unit.kind}:${unit.currency ?? ""}` : ""}\u0001${text}`;
    let target = targets.get(key);
    if (!target) {
      target = parseTarget(text, unit);
      targets.set(key, target);
    }
    return target;
  };
  const unitCell = (i: number): Unit | null => {
    const text = rows[i].cells.unit;
    return text === undefined ? null : unitOf(text);
  };
  // Filler (`-`, `—`) names no unit and the empty indicator none either, so every reader of
  // the row, whether it skips filler or not, gets the same unit.
  const unit = (i: number): Unit | null => unitCell(i) ?? wordingOf(rows[i].cells.indicator ?? "");
  const target = (i: number): Target | null => {
    const text = rows[i].cells.target;
    return text === undefined ? null : targetOf(text, unit(i));
  };
  return { unitCell, unit, target };
}

function readRowMeanings(table: PlanTable, { period, registry }: MeaningContext): RowMeanings {
  const rows = table.rows;
  const { unitCell, unit, target } = tableUnits(table);
  // A deadline column's header and its other cells say more of each cell (readDeadlineColumn):
  // read once per column, and columns that say the same share their readings.
  const columns = new Map<string, DeadlineColumn>();
  let lastKey: string | undefined;
  let lastColumn: DeadlineColumn | undefined;
  const columnOf = (key: string): DeadlineColumn => {
    if (key === lastKey && lastColumn !== undefined) return lastColumn;
    let column = columns.get(key);
    if (!column) {
      const header = table.columns.find((c) => c.key === key)?.header ?? null;
      const texts: string[] = [];
      for (let i = 0; i < rows.length; i++) {
        const text = rows[i].cells[key];
        if (text !== undefined) texts.push(text);
      }
      column = readDeadlineColumn(header, texts);
      columns.set(key, column);
    }
    lastKey = key;
    lastColumn = column;
    return column;
  };
  // The same text may read differently under another section heading (`СЕНТЯБРЬ`, `2026 рік`);
  // headings that say the same of time share one reading (sectionKey).
  // Row after row asks under the same heading: its reader is found by the column and the heading's
  // own text, without building a key a row.
  const deadlines = new Map<DeadlineColumn, Map<string, (text: string) => Deadline>>();
  const readers = new Map<string, (text: string) => Deadline>();
  // Rows are mostly asked in order, many under one heading: the last reader found is kept at hand.
  let last: { column: DeadlineColumn; section: string | null; read: (text: string) => Deadline } | null = null;
  const deadlineOf = (text: string, section: string | null, column: DeadlineColumn) => {
    if (last !== null && last.column === column && last.section === section) return last.read(text);
    let bySection = deadlines.get(column);
    if (!bySection) {
      bySection = new Map();
      deadlines.set(column, bySection);
    }
    let read = bySection.get(section ?? "");
    if (!read) {
      const key = `${columnKey(column)}\u0001${sectionKey(section)}`;
      read = readers.get(key);
      if (!read) {
        read = memoize((t) => parseDeadline(t, { period, section, column }));
        readers.set(key, read);
      }
      bySection.set(section ?? "", read);
    }
    last = { column, section, read };
    return read(text);
  };
  // Month headings without a year in a plan of several years are dated by their order, when it is sure.
  let sections: (string | null)[] | null | undefined;
  const sectionOf = (i: number): string | null => {
    if (sections === undefined) {
      const written = rows.map((r) => r.section ?? null);
      sections = datedMonthHeadings(period, written) ?? yearBeforeHeading(period, written);
    }
    return sections ? sections[i] : rows[i].section;
  };
  const deadline = (i: number, key = "deadline"): Deadline | null => {
    const text = rows[i].cells[key];
    return text === undefined ? null : deadlineOf(text, sectionOf(i), columnOf(key));
  };
  // Bodies are kept by resolveBodies itself, per registry.
  const bodies = (i: number, key: string): readonly ResolvedBody[] | null => {
    const text = rows[i].cells[key];
    return text === undefined ? null : resolveBodies(registry, text);
  };

  return {
    table,
    period,
    registry,
    deadline,
    bodies,
    unitCell,
    unit,
    target,
    row(i) {
      const out: RowMeaning = { unit: unit(i), target: target(i) };
      const d = deadline(i);
      if (d) out.deadline = d;
      const responsible = bodies(i, "responsible");
      if (responsible) out.responsible = responsible;
      const partners = bodies(i, "partners");
      if (partners) out.partners = partners;
      return out;
    },
  };
}
