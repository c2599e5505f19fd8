import { checkSheet } from "../../src/engine/check";
import { gridFromRows } from "../../src/engine/grid";
import type { Role } from "../../src/engine/roles";
import { checkWithRecordedRoles } from "../../src/cli/check-files";

/**
 * The command line reads a workbook's recorded roles by the workbook contract's one rule, as the
 * pane and the Excel adapter do: roles the engine refuses are dropped, and the sheet is read as
 * if its table had never been typed; it never makes the file unreadable.
 */
const grid = gridFromRows("План", [
  ["План на 2019 година"],
  ["№", "Дейност", "Срок", "Отговорни"],
  ["1.", "Среща с родители", "м. септември", "училища"],
  ["2.", "Открит урок", "скоро", "ПУ"],
]);

const summary = (checks: ReturnType<typeof checkSheet>) =>
  checks.map((c) => ({ columns: c.table.columns.map((x) => x.role), findings: c.findings.map((f) => [f.code, f.cell]) }));

describe("a sheet checked with its recorded roles", () => {
  it("reads roles the engine refuses as if the table had never been typed", () => {
    const refused = { D: "nonsense" as Role };
    expect(() => checkSheet(grid, { roles: refused })).toThrow(RangeError);
    expect(summary(checkWithRecordedRoles(grid, { roles: refused }))).toEqual(summary(checkSheet(grid)));
  });

  it("keeps roles the engine accepts", () => {
    const checks = checkWithRecordedRoles(grid, { roles: { D: "partners" } });
    expect(checks[0].table.columns.map((c) => c.role)).toContain("partners");
  });
});
