import { NS, repeatedSheet, workbookParts, zipPackage } from "./xlsx-package";
import { checkJson, expectRefusal, ScratchFolder } from "./run-on-file";

const scratch = new ScratchFolder();
beforeAll(() => scratch.open());
afterAll(() => scratch.close());

const GiB = 1024 ** 3;
/** A sheet whose XML really inflates to 2 GiB (of blanks between its tags) from about 2 MB. */
const twoGigabytes = repeatedSheet(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>`, " ".repeat(1024 * 1024), 2048, "</sheetData></worksheet>");

describe("plancheck check on a zip bomb", () => {
  it("is a small file whose sheet truly unpacks to gigabytes", () => {
    expect(twoGigabytes.packed.length).toBeLessThan(3 * 1024 * 1024);
    expect(twoGigabytes.size).toBeGreaterThan(2 * GiB);
  });

  it("refuses it from the zip directory's sizes, naming the size and the limit, before inflating anything", async () => {
    const file = await scratch.write("bomb.xlsx", zipPackage(workbookParts([{ name: "Plan", xml: twoGigabytes }])));
    const checked = await checkJson(file);
    expectRefusal(checked, file, "file.too-large", "unpacked");
    expect(checked.error!.params).toEqual({ size: "2\u00a0048", limit: "100" });
    expect(checked.error!.message).toContain("100 MB");
    expect(checked.error!.message).toContain("--max-bytes");
  });

  it("still refuses it by its compression ratio when the byte limit is raised above its size", async () => {
    const file = await scratch.write("bomb-raised.xlsx", zipPackage(workbookParts([{ name: "Plan", xml: twoGigabytes }])));
    const checked = await checkJson(file, "--max-bytes", "4GB");
    expectRefusal(checked, file, "file.too-large", "ratio");
    expect(checked.error!.params).toEqual({ part: "xl/worksheets/sheet1.xml", ratio: "1\u00a0010", limit: "1\u00a0000" });
  });

  it("stops inflating a part whose directory entry understates its size, and names the sheet", async () => {
    const lying = { packed: twoGigabytes.packed, size: 64 * 1024 };
    const file = await scratch.write("bomb-lying.xlsx", zipPackage(workbookParts([{ name: "Bomba", xml: lying }])));
    const checked = await checkJson(file);
    expectRefusal(checked, file, "file.corrupt", "size-mismatch");
    expect(checked.error!.params).toEqual({ part: "'Bomba' (xl/worksheets/sheet1.xml)", size: "65\u00a0536" });
  });

  it("refuses a package of more parts than any workbook has", async () => {
    const parts = [...workbookParts([{ name: "Plan", xml: `<worksheet ${NS}><sheetData/></worksheet>` }])];
    for (let i = 0; i < 10_001; i++) parts.push({ name: `xl/media/empty${i}.txt`, content: "" });
    const file = await scratch.write("many-parts.xlsx", zipPackage(parts));
    const checked = await checkJson(file);
    expectRefusal(checked, file, "file.too-large", "parts");
    expect(checked.error!.params).toEqual({ count: "10\u00a0007", limit: "10\u00a0000" });
  });
});
