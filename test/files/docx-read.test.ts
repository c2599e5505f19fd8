import { readDocxDocument } from "../../src/files/docx-read";
import { FileFormatError } from "../../src/files/file-format-error";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (body: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${body}</w:tc>`;
const doc = (body: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const grid = (n: number) => `<w:tblGrid>${'<w:gridCol w:w="100"/>'.repeat(n)}</w:tblGrid>`;

describe("reading a Word document's tables", () => {
  it("takes the paragraphs before the first table as the preamble and each table as sheet 'Table N'", () => {
    const xml = doc(
      p("ГОДИШЕН ПЛАН") + p("за 2019 година") + "<w:p/>" +
        `<w:tbl>${grid(2)}<w:tr>${tc(p("№"))}${tc(p("Дейност"))}</w:tr></w:tbl>` +
        p("Between the tables") +
        `<w:tbl>${grid(1)}<w:tr>${tc(p("x"))}</w:tr></w:tbl>`,
    );
    const read = readDocxDocument(xml, 1000);
    expect(read.preamble).toEqual(["ГОДИШЕН ПЛАН", "за 2019 година"]);
    expect(read.tables.map((t) => t.grid.sheet)).toEqual(["Table 1", "Table 2"]);
    expect(read.tables[0].grid.values).toEqual([["№", "Дейност"]]);
    // A later table also gets the paragraphs just above it.
    expect(read.tables[1].preamble).toEqual(["ГОДИШЕН ПЛАН", "за 2019 година", "Between the tables"]);
  });

  it("places a cell spanning grid columns in its first column, as a merged area, and the next cell after it", () => {
    const xml = doc(
      `<w:tbl>${grid(3)}` +
        `<w:tr>${tc(p("Goal 1"), '<w:gridSpan w:val="2"/>')}${tc(p("C"))}</w:tr>` +
        `<w:tr>${tc(p("a"))}${tc(p("b"))}${tc(p("c"))}</w:tr></w:tbl>`,
    );
    const g = readDocxDocument(xml, 1000).tables[0].grid;
    expect(g.values).toEqual([["Goal 1", null, "C"], ["a", "b", "c"]]);
    expect(g.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 2 }]);
  });

  it("reads a vertical merge as one merged area with the value in its first row", () => {
    const xml = doc(
      `<w:tbl>${grid(2)}` +
        `<w:tr>${tc(p("School"), '<w:vMerge w:val="restart"/>')}${tc(p("1"))}</w:tr>` +
        `<w:tr>${tc(p(""), "<w:vMerge/>")}${tc(p("2"))}</w:tr>` +
        `<w:tr>${tc(p("Other"))}${tc(p("3"))}</w:tr></w:tbl>`,
    );
    const g = readDocxDocument(xml, 1000).tables[0].grid;
    expect(g.values).toEqual([["School", "1"], [null, "2"], ["Other", "3"]]);
    expect(g.merges).toEqual([{ row: 0, col: 0, rowCount: 2, colCount: 1 }]);
  });

  it("keeps paragraphs inside a cell as lines, and a nested table's text inside its cell", () => {
    const nested = `<w:tbl>${grid(2)}<w:tr>${tc(p("inner A"))}${tc(p("inner B"))}</w:tr></w:tbl>`;
    const xml = doc(`<w:tbl>${grid(2)}<w:tr>${tc(p("line 1") + p("line 2"))}${tc(p("see:") + nested + "<w:p/>")}</w:tr></w:tbl>`);
    const read = readDocxDocument(xml, 1000);
    expect(read.tables).toHaveLength(1);
    expect(read.tables[0].grid.values).toEqual([["line 1\nline 2", "see:\ninner A\ninner B"]]);
  });

  it("skips grid columns a row leaves out at its start (gridBefore)", () => {
    const xml = doc(`<w:tbl>${grid(3)}<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p("b"))}${tc(p("c"))}</w:tr></w:tbl>`);
    expect(readDocxDocument(xml, 1000).tables[0].grid.values).toEqual([[null, "b", "c"]]);
  });

  it("writes out Word's automatic list numbers, which are not in the text", () => {
    const numbering =
      `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">` +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>' +
      '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
    const numbered = (level: number, text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const xml = doc(`<w:tbl>${grid(1)}${[numbered(0, "A"), numbered(1, "B"), numbered(1, "C"), numbered(0, "D")].map((x) => `<w:tr>${tc(x)}</w:tr>`).join("")}</w:tbl>`);
    const g = readDocxDocument(xml, 1000, numbering).tables[0].grid;
    expect(g.values.map((r) => r[0])).toEqual(["1. A", "1.1. B", "1.2. C", "2. D"]);
  });

  it("reads tabs and line breaks as Word shows them, and leaves deleted text out", () => {
    const xml = doc(`<w:tbl>${grid(1)}<w:tr>${tc('<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>')}</w:tr></w:tbl>`);
    expect(readDocxDocument(xml, 1000).tables[0].grid.values).toEqual([["a\tb\nc"]]);
  });

  it("gives a document without tables no sheets, and refuses more cells than the limit", () => {
    expect(readDocxDocument(doc(p("Only a letter.")), 1000).tables).toEqual([]);
    const row = `<w:tr>${tc(p("x"))}${tc(p("y"))}</w:tr>`;
    expect(() => readDocxDocument(doc(`<w:tbl>${grid(2)}${row.repeat(6)}</w:tbl>`), 10)).toThrow(FileFormatError);
  });

  it("says a table cut short is damage", () => {
    expect(() => readDocxDocument(doc(`<w:tbl>${grid(1)}<w:tr>${tc(p("x"))}</w:tr>`), 1000)).toThrow(/unreadable/);
  });
});

it("reads a text box once, not again from the copy kept for old Word versions", () => {
  const box = (text: string) =>
    `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${p(text)}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${p(text)}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
  const read = readDocxDocument(doc(box("ПЛАН 2020") + `<w:tbl>${grid(1)}<w:tr>${tc(box("inside"))}</w:tr></w:tbl>`), 1000);
  expect(read.preamble).toEqual(["ПЛАН 2020"]);
  expect(read.tables[0].grid.values).toEqual([["inside"]]);
});
