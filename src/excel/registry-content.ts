import { buildRegistry, commonBodies, registryFromGlossary, resolveBodies } from "../engine/executors";
import type { PlanTable } from "../engine/plan";
import { parseLevel } from "../engine/units";
import { UNIT_VOCABULARIES } from "../engine/units/vocabulary";
import type { Translator } from "../i18n";
import { registryEntries, type RegistryContent } from "../workbook/registry";

/**
 * What the "PlanCheck registry" sheet lists: executors with full names, units and levels. The
 * sheet is the user's to edit; rebuilding it keeps every row already on it and adds what the plan
 * itself teaches: its glossary, the common bodies its responsible cells name, its units and levels.
 * How the sheet is laid out and read back is the workbook contract's (src/workbook/registry.ts).
 */

function addUnique(list: string[], seen: Set<string>, text: string): void {
  const t = text.trim();
  const key = t.toLowerCase();
  if (t === "" || seen.has(key)) return;
  seen.add(key);
  list.push(t);
}

function lines(text: string): string[] {
  return text.split(/\n/).map((l) => l.trim()).filter((l) => l !== "");
}

/** Columns of the table whose every non-empty cell names a level (`Висока`, `wysoki`). */
export function levelColumns(table: PlanTable): number[] {
  return table.columns
    .filter((col) => {
      const texts = table.rows.map((r) => r.cells[col.key] ?? "").filter((t) => t.trim() !== "");
      return texts.length > 0 && texts.every((t) => parseLevel(t) !== null);
    })
    .map((c) => c.index);
}

export function registryContent(table: PlanTable, existing: RegistryContent | null, t: Translator): RegistryContent {
  const before = existing ?? { executors: [], units: [], levels: [] };

  const glossary = registryFromGlossary(table.preamble.map((p) => p.text));
  const common = commonBodies();
  const registry = buildRegistry(glossary, registryEntries(before), common);
  const executors: RegistryContent["executors"] = [];
  const seenBodies = new Set<string>();
  const addBody = (key: string, full: string | null) => {
    const k = key.trim().toLowerCase();
    if (k === "" || seenBodies.has(k)) return;
    seenBodies.add(k);
    executors.push({ key: key.trim(), full: (full ?? "").trim() });
  };
  for (const e of before.executors) addBody(e.key, e.full);
  for (const e of glossary) addBody(e.key, e.full);
  // Common bodies enter the sheet only when the plan names them; unknown bodies never do, so the
  // check keeps flagging them until someone adds them on purpose.
  const keyed = new Map(registry.entries.map((e) => [e.key, e]));
  for (const col of table.columns.filter((c) => c.role === "responsible" || c.role === "partners")) {
    for (const row of table.rows) {
      const text = row.cells[col.key];
      if (!text) continue;
      for (const body of resolveBodies(registry, text)) {
        const entry = body.body !== null ? keyed.get(body.body) : undefined;
        if (body.known && entry) addBody(entry.key, entry.full);
      }
    }
  }

  const units: string[] = [];
  const seenUnits = new Set<string>();
  before.units.forEach((u) => addUnique(units, seenUnits, u));
  const written: string[] = [];
  for (const col of table.columns.filter((c) => c.role === "unit")) {
    for (const row of table.rows) written.push(...lines(row.cells[col.key] ?? ""));
  }
  written.forEach((u) => addUnique(units, seenUnits, u));
  // The unit words of the plan's own language complete the list.
  const folded = new Set(written.map((w) => w.toLowerCase().replace(/\.$/, "")));
  for (const vocabulary of Object.values(UNIT_VOCABULARIES)) {
    if (!vocabulary.units.some((u) => u.forms.some((f) => folded.has(f)))) continue;
    for (const u of vocabulary.units) addUnique(units, seenUnits, u.forms[0]);
  }

  const levels: string[] = [];
  const seenLevels = new Set<string>();
  before.levels.forEach((l) => addUnique(levels, seenLevels, l));
  for (const row of table.rows) {
    for (const text of Object.values(row.cells)) for (const l of lines(text)) if (parseLevel(l) !== null) addUnique(levels, seenLevels, l);
  }
  if (levels.length === 0) for (const n of [1, 2, 3]) addUnique(levels, seenLevels, t.t(`excel.level.${n}`));
  return { executors, units, levels };
}
