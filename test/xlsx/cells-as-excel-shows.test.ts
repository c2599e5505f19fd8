import { promises as fs } from "fs";
import * as path from "path";
import { readWorkbook, WorkbookReadError } from "../../src/xlsx/read-workbook";
import { MAX_ELEMENT_CHARS } from "../../src/xlsx/sheet-cells";
import { formatKind, formattedNumber, serialDate } from "../../src/workbook/cell-values";

/**
 * Cells exactly as Excel shows them, and damaged files refused with a located message, each from
 * a crafted workbook in test/fixtures (built by test/xlsx/fidelity/build-corpus.js).
 */

const FIXTURES = path.join(__dirname, "..", "fixtures");
const read = async (name: string) => readWorkbook(await fs.readFile(path.join(FIXTURES, name)), name);

async function refusal(name: string): Promise<WorkbookReadError> {
  try {
    await read(name);
  } catch (err) {
    if (err instanceof WorkbookReadError) return err;
    throw err;
  }
  throw new Error(`${name} was read`);
}

describe("dates, times and durations as Excel shows them", () => {
  let values: unknown[][];
  beforeAll(async () => {
    values = (await read("cells-dates-times.xlsx")).sheets[0].values;
  });

  it("keeps 23:59:59 on its own day, never rounding it into the next", () => {
    expect(values[0][0]).toBe("2020-12-31T23:59");
  });

  it("reads serials 1-59 as Excel's January and February 1900, and its phantom 29 February as a number", () => {
    expect(values[0].slice(1, 5)).toEqual(["1900-01-01", "1900-02-28", 60, "1900-03-01"]);
  });

  it("keeps a serial past the year 9999 a number", () => {
    expect(values[0][5]).toBe(3000000);
  });

  it("reads times and durations as hours and minutes, not dates in 1899", () => {
    expect(values[1].slice(0, 2)).toEqual(["10:30", "36:00"]);
  });

  it("does not take escaped letters, quoted text or padding for a date", () => {
    expect(values[1].slice(2, 5)).toEqual([7, 12, 3]);
  });

  it("reads upper-case codes as LibreOffice writes them, and locale prefixes", () => {
    expect(values[1].slice(5, 8)).toEqual(["2019-09-15", "2018-01-01", "2019-09-15"]);
  });

  it.each([
    ["dd.mm.yyyy", "date"],
    ["DD.MM.YYYY", "date"],
    ["[$-F800]dddd, mmmm dd, yyyy", "date"],
    ["mmmm", "date"],
    ["h:mm", "time"],
    ["hh:mm AM/PM", "time"],
    ["mm:ss", "time"],
    ["[h]:mm", "duration"],
    ["[mm]:ss", "duration"],
    ["General", "number"],
    ["0.00E+00", "number"],
    ['"Day "0', "number"],
    ["\\d\\a\\y 0", "number"],
    ["_-* #,##0_-;-* #,##0_-", "number"],
    ["0%", "number"],
    ["[Red]0.00", "number"],
  ])("decides once, for every host, that %s is a %s format", (code, kind) => {
    expect(formatKind(code).kind).toBe(kind);
  });

  it("converts the same way for the Excel adapter, which hands over format codes", () => {
    expect(formattedNumber(44196.999988425923, "dd.mm.yyyy hh:mm")).toBe("2020-12-31T23:59");
    expect(formattedNumber(0.75, "h:mm")).toBe("18:00");
    expect(formattedNumber(1.25, "[h]:mm:ss")).toBe("30:00:00");
    expect(formattedNumber(42, "General")).toBe(42);
    expect(serialDate(0, true)).toBe("1904-01-01");
  });
});

describe("booleans and line breaks", () => {
  it("reads a boolean cell holding false as false", async () => {
    const [sheet] = (await read("cells-booleans-breaks.xlsx")).sheets;
    expect(sheet.values[0]).toEqual([false, true, false, true]);
  });

  it("reads _x000D_ followed by a line break as one line break", async () => {
    const [sheet] = (await read("cells-booleans-breaks.xlsx")).sheets;
    expect(sheet.values[1].slice(0, 2)).toEqual(["Styczeń/\nluty 2018", "line one\nline two"]);
  });
});

describe("damaged workbooks", () => {
  it("refuses a sheet whose attribute lost a quote, naming the part and the place, instead of reading the text as 250", async () => {
    const err = await refusal("damaged-attribute.xlsx");
    expect(err.code).toBe("file.corrupt");
    expect(err.message).toMatch(/xl\/worksheets\/sheet1\.xml.*broken attribute.*at character \d+/);
  });

  it("refuses a sheet with a broken tag instead of dropping the cell after it", async () => {
    const err = await refusal("damaged-tag.xlsx");
    expect(err.code).toBe("file.corrupt");
    expect(err.message).toMatch(/xl\/worksheets\/sheet1\.xml.*at character \d+/);
  });

  it("refuses a package that stores one part twice, naming the part", async () => {
    const err = await refusal("duplicate-part.xlsx");
    expect(err).toMatchObject({ code: "file.corrupt", reason: "duplicate-part" });
    expect(err.message).toContain("xl/worksheets/sheet1.xml");
  });

  it("reads a workbook whose thumbnail is damaged: PlanCheck does not need it", async () => {
    const book = await read("damaged-thumbnail.xlsx");
    expect(book.sheets[0].values).toEqual([["Zadanie"]]);
  });

  it("refuses a tag of millions of characters with a located message, without holding it", async () => {
    const err = await refusal("long-tag.xlsx");
    expect(err.code).toBe("file.corrupt");
    expect(err.message).toContain("xl/worksheets/sheet1.xml");
    expect(err.message).toMatch(/element longer than/);
    expect(MAX_ELEMENT_CHARS).toBeLessThan(6 * 1024 * 1024);
  });

  it("never lets a raw runtime error through for a damaged zip64 field", async () => {
    // The end of directory says zip64; the zip64 locator points far past the file.
    const bytes = Buffer.from(await fs.readFile(path.join(FIXTURES, "cells-booleans-breaks.xlsx")));
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(0xfffffffffffn, 8);
    const end = Buffer.from(bytes.subarray(eocd));
    end.writeUInt32LE(0xffffffff, 16);
    const damaged = Buffer.concat([bytes.subarray(0, eocd), locator, end]);
    await expect(readWorkbook(damaged, "zip64.xlsx")).rejects.toBeInstanceOf(WorkbookReadError);
  });
});
