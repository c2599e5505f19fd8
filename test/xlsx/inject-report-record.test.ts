import JSZip from "jszip";
import { METADATA_NAMESPACE, ownedSheet, parseMetadataXml, type SheetInfo } from "../../src/workbook/record";
import { injectReportSheet } from "../../src/xlsx/inject-report-sheet";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import type { ReportSheetModel } from "../../src/xlsx/report-sheet-model";
import { OLD_REPORT, PLAN, REGISTRY, otherPart, planRecord, recordPart, withCustomXml, withReportMarker, workbookBytes } from "./record-workbooks";

const model: ReportSheetModel = {
  name: "PlanCheck report",
  summary: [["Errors", 1]],
  headers: ["Cell", "Severity", "Code", "Message", "Fix"],
  rows: [{ link: { sheet: "Plan", cell: "C2" }, linkText: "Plan!C2", cells: ["error", "deadline.outside-period", "Outside the plan period", ""] }],
};

async function parts(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (zip.file(name) ? await zip.file(name)!.async("string") : null);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const own: string[] = [];
  for (const n of names.filter((x) => /^customXml\/item\d+\.xml$/.test(x)).sort()) if ((await text(n))!.includes(METADATA_NAMESPACE)) own.push(n);
  return { zip, text, names, own };
}

/** The record as the add-in reads it: the part's XML through parseMetadataXml, as CustomXmlPart.getXml returns it. */
async function recordAsTheAddInReadsIt(bytes: Buffer) {
  const p = await parts(bytes);
  expect(p.own).toHaveLength(1);
  return parseMetadataXml((await p.text(p.own[0]))!);
}

const plain = () => workbookBytes([["Plan", PLAN]]);

describe("the report copy records its report sheet in PlanCheck's record", () => {
  it("adds the record to a workbook that has none, laid out as Excel lays out a custom XML part", async () => {
    const out = await injectReportSheet(await plain(), model);
    const p = await parts(out);
    expect(p.own).toEqual(["customXml/item1.xml"]);
    expect(await p.text("customXml/_rels/item1.xml.rels")).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/customXmlProps" Target="itemProps1\.xml"/);
    expect(await p.text("customXml/itemProps1.xml")).toMatch(/<ds:datastoreItem ds:itemID="\{[0-9A-F-]{36}\}" xmlns:ds="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/customXml">/);
    expect(await p.text("xl/_rels/workbook.xml.rels")).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/customXml" Target="\.\.\/customXml\/item1\.xml"/);
    expect(await p.text("[Content_Types].xml")).toContain(
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>',
    );

    const record = await recordAsTheAddInReadsIt(out);
    expect(record).toEqual({ version: 1, tables: [], sheets: [{ kind: "report", name: "PlanCheck report", id: null }] });
    const wb = await readWorkbook(out, "copy.xlsx");
    expect(wb.metadata).toEqual(record);
    // The marker stays, for readers of earlier copies.
    expect(wb.reportSheet).toBe("PlanCheck report");
    expect(wb.sheets.find((s) => s.sheet === "Plan")!.values).toEqual(PLAN);
  });

  it("is found by the add-in by its name, the record having no Excel id for it", async () => {
    const record = await recordAsTheAddInReadsIt(await injectReportSheet(await plain(), model));
    const excelSheets: SheetInfo[] = [
      { name: "Plan", id: "{00000000-0001-0000-0000-000000000000}", visibility: "Visible" },
      { name: "PlanCheck report", id: "{00000000-0002-0000-0000-000000000000}", visibility: "Visible" },
    ];
    expect(ownedSheet(record!.sheets[0], excelSheets)).toEqual(excelSheets[1]);
  });

  it("leaves another add-in's custom XML part as it was and takes the next free number", async () => {
    const input = await withCustomXml(await plain(), [otherPart(1)]);
    const before = await (await parts(input)).text("customXml/item1.xml");
    const p = await parts(await injectReportSheet(input, model));
    expect(await p.text("customXml/item1.xml")).toBe(before);
    expect(p.own).toEqual(["customXml/item2.xml"]);
  });

  it("updates the add-in's record in place, replacing the add-in's report sheet and keeping everything else it records", async () => {
    const record = planRecord();
    const stored = { ...record, sheets: [...record.sheets, { kind: "chart", name: "Chart", id: null }], later: { kept: true } };
    const input = await withCustomXml(
      await workbookBytes([
        ["Plan", PLAN],
        ["PlanCheck registry", REGISTRY],
        ["PlanCheck report", OLD_REPORT],
      ]),
      [otherPart(1), recordPart(stored as typeof record, 2)],
    );
    const out = await injectReportSheet(input, { ...model, name: "Доклад PlanCheck" });
    const p = await parts(out);
    expect(p.own).toEqual(["customXml/item2.xml"]);
    expect(p.names.filter((n) => n.startsWith("customXml/"))).toHaveLength(6);

    const json = JSON.parse(/>(\{[\s\S]*\})<\/plancheck>/.exec((await p.text("customXml/item2.xml"))!)![1]);
    expect(json.tables).toEqual(record.tables);
    expect(json.later).toEqual({ kept: true });
    expect(json.sheets).toEqual([
      record.sheets[0],
      { kind: "chart", name: "Chart", id: null },
      { kind: "report", name: "PlanCheck report", id: null },
    ]);

    const wb = await readWorkbook(out, "copy.xlsx");
    expect(wb.sheets.map((s) => s.sheet)).toEqual(["Plan", "PlanCheck registry", "PlanCheck report"]);
    expect(wb.sheets[2].values[0]).toEqual(["Доклад PlanCheck", null, null, null, null]);
    expect(wb.reportSheet).toBe("PlanCheck report");
  });

  it("leaves one record when two copies of the add-in wrote two, keeping the one that reads", async () => {
    const damaged = { n: 1, content: `<plancheck xmlns="${METADATA_NAMESPACE}" version="1">{"tables":</plancheck>` };
    const input = await withCustomXml(await workbookBytes([["Plan", PLAN], ["PlanCheck registry", REGISTRY]]), [damaged, recordPart(planRecord(), 3)]);
    const out = await injectReportSheet(input, model);
    const p = await parts(out);
    expect(p.own).toEqual(["customXml/item1.xml"]);
    expect(p.names).not.toContain("customXml/item3.xml");
    expect(p.names).not.toContain("customXml/itemProps3.xml");
    expect(p.names).not.toContain("customXml/_rels/item3.xml.rels");
    expect(await p.text("xl/_rels/workbook.xml.rels")).not.toContain("item3.xml");
    expect(await p.text("[Content_Types].xml")).not.toContain("itemProps3.xml");

    const record = (await readWorkbook(out, "copy.xlsx")).metadata!;
    expect(record.tables).toEqual(planRecord().tables);
    expect(record.sheets.map((s) => `${s.kind}:${s.name}`)).toEqual(["registry:PlanCheck registry", "report:PlanCheck report"]);
  });

  it("replaces the report of a copy written before the record, found by its marker, and records it", async () => {
    const input = await withReportMarker(await workbookBytes([["Plan", PLAN], ["Old report", OLD_REPORT]]), "Old report");
    const out = await injectReportSheet(input, model);
    const wb = await readWorkbook(out, "copy.xlsx");
    expect(wb.sheets.map((s) => s.sheet)).toEqual(["Plan", "Old report"]);
    expect(wb.sheets[1].values[0][0]).toBe("PlanCheck report");
    expect(wb.metadata!.sheets).toEqual([{ kind: "report", name: "Old report", id: null }]);
    const workbookXml = await (await parts(out)).text("xl/workbook.xml");
    expect(workbookXml!.match(/_PlanCheck_Report/g)).toHaveLength(1);
  });
});
