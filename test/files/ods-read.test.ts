import { readOdsContent } from "../../src/files/ods-read";
import { FileFormatError } from "../../src/files/file-format-error";

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
const content = (tables: string) => `<?xml version="1.0"?><office:document-content ${NS}><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
const cell = (text: string, attrs = "") => `<table:table-cell office:value-type="string"${attrs}><text:p>${text}</text:p></table:table-cell>`;

describe("reading an OpenDocument spreadsheet", () => {
  it("reads every sheet by name, with its cells from A1", () => {
    const sheets = readOdsContent(
      content(`<table:table table:name="План"><table:table-row>${cell("№")}${cell("Дейност")}</table:table-row></table:table><table:table table:name="Other"><table:table-row>${cell("x")}</table:table-row></table:table>`),
      1000,
    );
    expect(sheets.map((s) => [s.sheet, s.values])).toEqual([["План", [["№", "Дейност"]]], ["Other", [["x"]]]]);
  });

  it("expands repeated cells and rows that hold something, and costs nothing for the empty million at a sheet's end", () => {
    const xml = content(
      '<table:table table:name="S">' +
        `<table:table-row>${cell("a", ' table:number-columns-repeated="2"')}<table:table-cell table:number-columns-repeated="1020"/></table:table-row>` +
        '<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>' +
        `<table:table-row table:number-rows-repeated="2">${cell("r")}</table:table-row>` +
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>',
    );
    const [s] = readOdsContent(xml, 1000);
    expect(s.values).toEqual([["a", "a"], [null, null], [null, null], ["r", null], ["r", null]]);
  });

  it("reads spanned cells as merged areas over covered cells, with the value in the first", () => {
    const xml = content(
      '<table:table table:name="S">' +
        `<table:table-row>${cell("Goal", ' table:number-columns-spanned="3" table:number-rows-spanned="1"')}<table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>` +
        `<table:table-row>${cell("1")}${cell("2")}${cell("3")}</table:table-row></table:table>`,
    );
    const [s] = readOdsContent(xml, 1000);
    expect(s.values[0]).toEqual(["Goal", null, null]);
    expect(s.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 3 }]);
  });

  it("reads paragraphs as lines, typed spaces, numbers and dates by value, and leaves comments out", () => {
    const xml = content(
      '<table:table table:name="S"><table:table-row>' +
        '<table:table-cell office:value-type="string"><office:annotation><text:p>reviewer note</text:p></office:annotation><text:p>Styczeń/</text:p><text:p>luty  <text:s text:c="2"/>2018</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="float" office:value="10"><text:p>10,00</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="date" office:date-value="2019-09-15"><text:p>15.09.2019</text:p></table:table-cell>' +
        "</table:table-row></table:table>",
    );
    expect(readOdsContent(xml, 1000)[0].values).toEqual([["Styczeń/\nluty   2018", 10, "2019-09-15"]]);
  });

  it("refuses more cells than the limit before building them", () => {
    const xml = content(`<table:table table:name="Big"><table:table-row table:number-rows-repeated="100000">${cell("x", ' table:number-columns-repeated="100"')}</table:table-row></table:table>`);
    expect(() => readOdsContent(xml, 1_000_000)).toThrow(FileFormatError);
    try {
      readOdsContent(xml, 1_000_000);
    } catch (e) {
      expect((e as FileFormatError).params).toEqual({ sheet: "Big", limit: 1_000_000 });
    }
  });

  it("says content that is cut short is damage", () => {
    expect(() => readOdsContent(content('<table:table table:name="S"><table:table-row>').replace(/<\/office:spreadsheet>.*$/, ""), 1000)).toThrow(/unreadable/);
  });
});
