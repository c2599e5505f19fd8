import type { CheckOptions } from "../engine/check";
import type { RegistryEntry } from "../engine/executors";
import type { TypedTableRecord } from "./record";
import { registryEntries, type RegistryContent } from "./registry";

/**
 * How PlanCheck's record in a workbook becomes the options of a sheet's check: one rule for the
 * add-in, the task pane and the command line, so a workbook reads the same in all of them.
 *
 * Precedence, for every option: what the user gives for this check, then what the workbook's
 * record says, then what the engine finds on the sheet itself.
 *
 * - roles: the record's roles by column, with the user's corrections for this check over them
 *   column by column (a correction of one column keeps the others' recorded roles);
 * - range: the range the user selects for this check, else the one recorded when the table was
 *   typed from a selection; without either the engine finds the table;
 * - period: the period the user gives (`--period`, the pane), else the recorded one; without
 *   either the engine reads it from the title above the table;
 * - registry: the entries the caller gives, then the registry sheet's executors; the engine adds
 *   the plan's own glossary and the common bodies.
 *
 * Nothing the user gives here is written to the record.
 */

/** What a typed table's record says about reading its sheet. */
export type RecordedTable = Pick<TypedTableRecord, "roles" | "period" | "selection">;

/** What the user gives for this check only: the check's own options. */
export type GivenOptions = CheckOptions;

/**
 * The options of one sheet's check: `recorded` is the record of the sheet's typed table (null when
 * it has none), `registrySheets` the registry sheets the record names, read.
 */
export function checkOptionsFromRecord(recorded: RecordedTable | null, registrySheets: readonly RegistryContent[], given: GivenOptions = {}): CheckOptions {
  const { roles: corrections, range: selected, period: stated, registry: extra, ...rest } = given;
  const roles = { ...recorded?.roles, ...corrections };
  const range = selected ?? recorded?.selection;
  const registry: RegistryEntry[] = [...(extra ?? []), ...registrySheets.flatMap(registryEntries)];
  return {
    ...rest,
    ...(Object.keys(roles).length > 0 ? { roles } : {}),
    ...(range ? { range } : {}),
    period: stated ?? recorded?.period ?? null,
    ...(registry.length > 0 ? { registry } : {}),
  };
}

/**
 * Reads a sheet with its check options, and once more without roles when the engine refuses them
 * (a column letter or a role it does not know, kept in a record an older or damaged copy wrote):
 * a record that no longer fits makes the table read as if it had never been typed, never a check
 * that fails. One rule for every host that reads a sheet with recorded roles.
 */
export function readWithRecordedRoles<T>(options: CheckOptions, read: (options: CheckOptions) => T): T {
  if (options.roles === undefined) return read(options);
  try {
    return read(options);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const { roles: _refused, ...rest } = options;
    return read(rest);
  }
}
