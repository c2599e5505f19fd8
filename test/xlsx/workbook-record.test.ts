import { METADATA_NAMESPACE, metadataXml, parseMetadataXml } from "../../src/workbook/record";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { metadataFromParts, metadataFromXml, ownedSheetNames, reportMarkerSheet } from "../../src/xlsx/workbook-record";
import { OLD_REPORT, PLAN, REGISTRY, otherPart, planRecord, recordPart, withCustomXml, withReportMarker, workbookBytes } from "./record-workbooks";

const utf8 = (s: string) => Buffer.from(s, "utf8");

describe("PlanCheck's record in a package's custom XML parts", () => {
  const record = planRecord();
  const xml = metadataXml(record);

  it("reads the part the add-in wrote exactly as the add-in's reader does", () => {
    expect(metadataFromXml(xml)).toEqual(parseMetadataXml(xml));
    expect(metadataFromXml(xml)).toEqual(record);
  });

  it.each([
    ["with an XML declaration", `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n${xml}`],
    ["with quotes written as entities", xml.replace(/"/g, (q, i: number) => (i > xml.indexOf(">") ? "&quot;" : q))],
    ["with a prefix on the root", xml.replace("<plancheck xmlns=", "<pc:plancheck xmlns:pc=").replace("</plancheck>", "</pc:plancheck>")],
    ["with single-quoted attributes", xml.replace(`xmlns="${METADATA_NAMESPACE}" version="1"`, `xmlns='${METADATA_NAMESPACE}' version='1'`)],
  ])("reads the record saved again by another writer: %s", (_, text) => {
    expect(metadataFromXml(text)).toEqual(record);
  });

  it("decodes an apostrophe in a sheet name that a writer escaped", () => {
    const named = { ...record, sheets: [{ kind: "report" as const, name: "Plan's report", id: null }] };
    const text = metadataXml(named).replace("Plan's", "Plan&apos;s");
    expect(metadataFromXml(text)!.sheets[0].name).toBe("Plan's report");
  });

  it("ignores parts in other namespaces and takes the first of its own, in the order of their number, that reads", () => {
    const second = { ...record, tables: [] };
    const parts = [
      { part: "customXml/item10.xml", bytes: utf8(metadataXml(second)) },
      { part: "customXml/item2.xml", bytes: utf8(xml) },
      { part: "customXml/item1.xml", bytes: utf8(`<plancheck xmlns="${METADATA_NAMESPACE}" version="1">not json</plancheck>`) },
      { part: "customXml/item0.xml", bytes: utf8(`<plancheck xmlns="urn:someone-else">${JSON.stringify(second)}</plancheck>`) },
    ];
    expect(metadataFromParts(parts)).toEqual(record);
  });

  it("reads a part saved in UTF-16 with its byte order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<?xml version="1.0" encoding="UTF-16"?>${xml}`, "utf16le")]);
    expect(metadataFromParts([{ part: "customXml/item1.xml", bytes }])).toEqual(record);
  });

  it("has no record when no part is PlanCheck's", () => {
    expect(metadataFromParts([{ part: "customXml/item1.xml", bytes: utf8(String(otherPart(1).content)) }])).toBeNull();
    expect(metadataFromParts([{ part: "xl/workbook.xml", bytes: utf8(xml) }])).toBeNull();
  });
});

describe("the command line's report marker", () => {
  const marker = (ref: string) =>
    `<workbook><sheets/><definedNames><definedName name="Print_Area">A1</definedName><definedName name="_PlanCheck_Report" hidden="1">${ref}</definedName></definedNames></workbook>`;

  it.each([
    ["'PlanCheck report'!$A$1", "PlanCheck report"],
    ["'Plan''s report'!$A$1", "Plan's report"],
    ["Report!$A$1", "Report"],
    ["'R &amp; D'!$A$1", "R & D"],
    ["#REF!$A$1", null],
  ])("%s points at %s", (ref, sheet) => {
    expect(reportMarkerSheet(marker(ref))).toBe(sheet);
  });

  it("is absent from a workbook the command line never wrote a report into", () => {
    expect(reportMarkerSheet("<workbook><sheets/></workbook>")).toBeNull();
    expect(reportMarkerSheet(null)).toBeNull();
  });
});

describe("the sheets PlanCheck made", () => {
  it("are every sheet the record lists, whatever its kind, and the marked report sheet", () => {
    const record = planRecord();
    const withScorecard = { ...record, sheets: [...record.sheets, { kind: "scorecard" as never, name: "Scorecard", id: null }] };
    expect([...ownedSheetNames(withScorecard, "Old report")].sort()).toEqual(["Old report", "PlanCheck registry", "PlanCheck report", "Scorecard"]);
    expect(ownedSheetNames(null, null).size).toBe(0);
  });
});

describe("readWorkbook and PlanCheck's record", () => {
  const sheets: [string, typeof PLAN][] = [
    ["Plan", PLAN],
    ["PlanCheck registry", REGISTRY],
    ["PlanCheck report", OLD_REPORT],
  ];

  it("returns the record of a workbook Excel saved with the add-in's part beside another add-in's", async () => {
    const bytes = await withCustomXml(await workbookBytes(sheets), [otherPart(1), recordPart(planRecord(), 2)]);
    const wb = await readWorkbook(bytes, "typed.xlsx");
    expect(wb.metadata).toEqual(planRecord());
    expect(wb.reportSheet).toBeNull();
    expect(wb.sheets.map((s) => s.sheet)).toEqual(["Plan", "PlanCheck registry", "PlanCheck report"]);
  });

  it("returns no record for a workbook without PlanCheck's part", async () => {
    const wb = await readWorkbook(await withCustomXml(await workbookBytes(sheets), [otherPart(1)]), "plain.xlsx");
    expect(wb.metadata).toBeNull();
  });

  it("keeps reading the sheets when the record is damaged", async () => {
    const damaged = { n: 1, content: `<plancheck xmlns="${METADATA_NAMESPACE}" version="1">{"version":1,"tables":[</plancheck>` };
    const wb = await readWorkbook(await withCustomXml(await workbookBytes(sheets), [damaged]), "damaged.xlsx");
    expect(wb.metadata).toBeNull();
    expect(wb.sheets[0].values).toEqual(PLAN);
  });

  it("names the sheet the report marker points at, and only when that sheet exists", async () => {
    const marked = await readWorkbook(await withReportMarker(await workbookBytes(sheets), "PlanCheck report"), "marked.xlsx");
    expect(marked.reportSheet).toBe("PlanCheck report");
    const gone = await readWorkbook(await withReportMarker(await workbookBytes(sheets.slice(0, 1)), "PlanCheck report"), "gone.xlsx");
    expect(gone.reportSheet).toBeNull();
  });
});
