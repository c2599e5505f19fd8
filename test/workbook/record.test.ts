import {
  emptyMetadata,
  METADATA_NAMESPACE,
  metadataXml,
  ownedSheet,
  ownedSheetsFor,
  parseMetadataXml,
  type WorkbookMetadata,
} from "../../src/workbook/record";
import { rootNamespace } from "../../src/memory-host/objects/custom-xml";

const record: WorkbookMetadata = {
  version: 1,
  tables: [
    {
      sheet: "План <2019> & 'чернова'",
      sheetId: "{00000000-0001-0000-C000-000000000046}",
      table: "PlanCheckPlan",
      range: "A31:F168",
      headerRows: [31],
      roles: { A: "number", B: "activity", C: "deadline", D: "responsible" },
      period: { start: "2019-01-01", end: "2019-12-31", label: "2019" },
      undo: { cells: [{ cell: "C31", value: null }, { cell: "E31", value: 2019 }], merges: ["A32:F32"], validation: ["C32:C168"], freeze: null },
    },
  ],
  sheets: [
    { kind: "report", name: "Доклад PlanCheck", id: "{00000000-0002-0000-C000-000000000046}" },
    {
      kind: "scorecard",
      name: "Показатели",
      id: "{00000000-0003-0000-C000-000000000046}",
      plan: { sheet: "План <2019> & 'чернова'", sheetId: "{00000000-0001-0000-C000-000000000046}" },
    },
  ],
};

describe("PlanCheck's record in a workbook", () => {
  it("reads back exactly what was written, whatever the sheet names hold", () => {
    expect(parseMetadataXml(metadataXml(record))).toEqual(record);
  });

  it("is one well-formed element in PlanCheck's namespace, with no markup inside", () => {
    const xml = metadataXml(record);
    expect(rootNamespace(xml)).toBe(METADATA_NAMESPACE);
    expect(xml.slice(xml.indexOf(">") + 1, xml.lastIndexOf("<"))).not.toMatch(/[<>&]/);
  });

  it("ignores parts of other namespaces and damaged text", () => {
    expect(parseMetadataXml('<plancheck xmlns="urn:someone:else">{"version":1}</plancheck>')).toBeNull();
    expect(parseMetadataXml(`<plancheck xmlns="${METADATA_NAMESPACE}">{"version":</plancheck>`)).toBeNull();
  });

  it("drops entries it cannot trust and keeps the rest", () => {
    const damaged = JSON.stringify({
      version: 1,
      tables: [{ sheet: "A", table: "T", range: "A1:B2", roles: { A: "deadline", B: "not-a-role", c: "unit" } }, { sheet: 5 }],
      sheets: [{ kind: "report", name: "R" }, { kind: "sheet-of-user", name: "X" }],
    });
    const parsed = parseMetadataXml(`<plancheck xmlns="${METADATA_NAMESPACE}">${damaged}</plancheck>`);
    expect(parsed?.tables).toHaveLength(1);
    expect(parsed?.tables[0].roles).toEqual({ A: "deadline" });
    expect(parsed?.sheets).toEqual([{ kind: "report", name: "R", id: null }]);
  });

  it("reads a record written before scorecards were recorded, and drops a scorecard's damaged plan reference", () => {
    const before = `<plancheck xmlns="${METADATA_NAMESPACE}" version="1">{"version":1,"tables":[],"sheets":[{"kind":"registry","name":"Регистър PlanCheck","id":"{R}"},{"kind":"report","name":"Доклад PlanCheck","id":null}]}</plancheck>`;
    expect(parseMetadataXml(before)?.sheets).toEqual([
      { kind: "registry", name: "Регистър PlanCheck", id: "{R}" },
      { kind: "report", name: "Доклад PlanCheck", id: null },
    ]);
    const damaged = JSON.stringify({ version: 1, sheets: [{ kind: "scorecard", name: "Scorecard", id: "{S}", plan: { sheetId: 7 } }] });
    expect(parseMetadataXml(`<plancheck xmlns="${METADATA_NAMESPACE}">${damaged}</plancheck>`)?.sheets).toEqual([{ kind: "scorecard", name: "Scorecard", id: "{S}" }]);
  });

  it("finds the scorecard of a plan by the plan sheet's id, or by its name where no id is known", () => {
    const scorecard = record.sheets[1];
    const plan = record.tables[0];
    expect(ownedSheetsFor(record, "scorecard", { sheet: "renamed plan", sheetId: plan.sheetId })).toEqual([scorecard]);
    expect(ownedSheetsFor(record, "scorecard", { sheet: plan.sheet, sheetId: "{another sheet}" })).toEqual([]);
    expect(ownedSheetsFor(record, "scorecard", { sheet: plan.sheet, sheetId: null })).toEqual([scorecard]);
    expect(ownedSheetsFor(record, "scorecard", { sheet: "Другой план", sheetId: null })).toEqual([]);
    expect(ownedSheetsFor(record, "report", { sheet: "Другой план", sheetId: null })).toEqual([record.sheets[0]]);
  });

  it("recognises its sheets by id and name, so a user's sheet with the same name is not taken for one", () => {
    const ours = { name: "Доклад PlanCheck", id: "{00000000-0002-0000-C000-000000000046}", visibility: "Visible" as const };
    const users = { name: "Доклад PlanCheck", id: "{00000000-0007-0000-C000-000000000046}", visibility: "Visible" as const };
    expect(ownedSheet(record.sheets[0], [users, ours])).toBe(ours);
    expect(ownedSheet(record.sheets[0], [users])).toBeNull();
    // Renamed by the user: it is theirs now.
    expect(ownedSheet(record.sheets[0], [{ ...ours, name: "Доклад от март" }])).toBeNull();
    expect(emptyMetadata()).toEqual({ version: 1, tables: [], sheets: [] });
  });
});
