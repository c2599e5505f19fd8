import * as path from "path";
import { checkSheet } from "../../src/engine/check";
import { isoToSerial } from "../../src/engine/deadline";
import { deadline, gaps } from "../../src/functions/functions";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { cellShows, cellShowsAsync, errorCell } from "./excel-call";

const serial = (iso: string) => isoToSerial(iso);

describe("=PLAN.DEADLINE", () => {
  it.each([
    ["м. септември 2019 г.", "2019-09-30", "2019-09-01"],
    ["Styczeń/\nluty 2018", "2018-02-28", "2018-01-01"],
    ["Сентябрь-декабрь 2020", "2020-12-31", "2020-09-01"],
    ["2019", "2019-12-31", "2019-01-01"],
  ])("%p ends on %s and starts on %s", (text, end, start) => {
    expect(deadline(text, null, null)).toBe(serial(end));
    expect(deadline(text, "end", null)).toBe(serial(end));
    expect(deadline(text, " Start ", null)).toBe(serial(start));
  });

  it("takes a missing year from the plan's year or school year", () => {
    expect(cellShows(deadline, "м. септември", null, null)).toBe("#N/A");
    expect(deadline("м. септември", null, 2019)).toBe(serial("2019-09-30"));
    expect(deadline("м. септември", null, "2018/2019")).toBe(serial("2018-09-30"));
  });

  it("spans the plan's year for continuous work, and is #N/A without one", () => {
    expect(deadline("постоянен", null, 2019)).toBe(serial("2019-12-31"));
    expect(cellShows(deadline, "постоянен", null, null)).toBe("#N/A");
  });

  it("is #N/A for event-driven, unparsed or blank deadlines, and for the start of a `by` deadline", () => {
    expect(cellShows(deadline, "при подаден сигнал", null, 2019)).toBe("#N/A");
    expect(cellShows(deadline, "когда-нибудь потом", null, null)).toBe("#N/A");
    expect(cellShows(deadline, "", null, null)).toBe("#N/A");
    expect(deadline("до 15.09.2019 г.", null, null)).toBe(serial("2019-09-15"));
    expect(cellShows(deadline, "до 15.09.2019 г.", "start", null)).toBe("#N/A");
  });

  it("keeps a deadline that is already an Excel date, without its time of day", () => {
    expect(deadline(43738.75, null, null)).toBe(43738);
  });

  it("is #VALUE! for an unknown `which`, a year that names no period, or a number that is no date", () => {
    expect(cellShows(deadline, "2019", "middle", null)).toBe("#VALUE!");
    expect(cellShows(deadline, "м. септември", null, "next year")).toBe("#VALUE!");
    expect(cellShows(deadline, -5, null, null)).toBe("#VALUE!");
  });

  it("passes on an error cell", () => {
    expect(cellShows(deadline, errorCell("#N/A"), null, null)).toBe("#N/A");
    expect(cellShows(deadline, "2019", null, errorCell("#DIV/0!"))).toBe("#DIV/0!");
  });
});

describe("=PLAN.GAPS", () => {
  const plan = [
    ["№", "Дейност", "Срок", "Отговорник", "Индикатор"],
    ["1.", "Актуализиране на базата данни за децата в риск", "м. септември 2019 г.", "РУО", "Брой актуализирани записи"],
    ["2.", "Среща с родителите", "", "Училища", "Брой срещи"],
    ["3.", "Обучение на педагогическите специалисти", "м. октомври 2019 г.", "", ""],
  ];

  it("counts the missing deadline, responsible body and indicator of a plan passed as a range", async () => {
    expect(await gaps(plan)).toBe(3);
  });

  it("is 0 once the gaps are filled", async () => {
    const filled = plan.map((r) => r.map((c) => (c === "" ? "РУО" : c)));
    filled[2][2] = "м. ноември 2019 г.";
    filled[3][4] = "Брой обучени";
    expect(await gaps(filled)).toBe(0);
  });

  it("is #N/A for a range without a plan table header", async () => {
    expect(await cellShowsAsync(gaps, [["Среща с родителите", ""], ["", "РУО"]])).toBe("#N/A");
  });

  it.each(["bg-kyustendil-2019.xlsx", "pl-bochnia-2018.xlsx", "ru-volodarsk-2020.xlsx", "bg-scorecard.xlsx"])(
    "counts what the full check of the sheet reports as gaps, on %s",
    async (file) => {
      const { sheets } = await readWorkbook(path.join(__dirname, "..", "fixtures", file));
      const grid = sheets[0];
      const expected = checkSheet(grid)
        .flatMap((t) => t.findings)
        .filter((f) => f.code.startsWith("gap.")).length;
      // Excel passes blank cells of a range as "" and knows nothing of merged areas.
      const range = grid.values.map((row) => row.map((v) => (v === null ? "" : v)));
      expect(await gaps(range)).toBe(expected);
    },
  );
});
