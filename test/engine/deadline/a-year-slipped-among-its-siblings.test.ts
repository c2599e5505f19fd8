import { parseDeadline, readDeadlineColumn } from "../../../src/engine/deadline";

/** An admission timetable's steps in turn, every one in 2024 but one left with last year's year. */
const STEPS = ["03 – 21 май 2024 г.", "до 04 юли 2024 г.", "08 – 10 юли 2024 г.", "до 12 юли 2024 г.", "26 – 29 юли 2024 г.", "до 30 юли 2023 г.", "31 - 01 август 2024 г."];

function readAll(cells: string[]) {
  const column = readDeadlineColumn("Срок", cells);
  return cells.map((text) => parseDeadline(text, { column }));
}

describe("a year that contradicts every other date of its column", () => {
  it("leaves the cell unread rather than dating it a year off (`до 30 юли 2023 г.` among July 2024's steps)", () => {
    const read = readAll(STEPS);
    expect(read[5]).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
    expect(read[4]).toMatchObject({ kind: "range", start: "2024-07-26", end: "2024-07-29" });
    expect(read[6]).toMatchObject({ kind: "range", start: "2024-07-31", end: "2024-08-01" });
  });

  it("never puts the siblings' year in its place", () => {
    for (const d of readAll(STEPS)) expect(d.end).not.toBe("2024-07-30");
  });

  it("reads the other year where the day falls in turn with it (a school year's September before its spring)", () => {
    const year = ["до 15 септември 2023 г.", "до 20 януари 2024 г.", "до 15 март 2024 г.", "до 30 май 2024 г.", "до 30 юни 2024 г."];
    expect(readAll(year)[0]).toMatchObject({ kind: "by", end: "2023-09-15" });
  });

  it("reads it where the dates do not run in turn around it, nothing showing the slip", () => {
    const mixed = ["до 30 юни 2024 г.", "до 04 юли 2024 г.", "до 30 юли 2023 г.", "до 10 май 2024 г.", "до 12 юли 2024 г."];
    expect(readAll(mixed)[2]).toMatchObject({ kind: "by", end: "2023-07-30" });
  });

  it("reads it where several cells write that year: a plan of two years", () => {
    const two = ["до 04 юли 2024 г.", "до 30 юли 2023 г.", "до 31 юли 2023 г.", "до 12 август 2024 г.", "до 20 август 2024 г."];
    expect(readAll(two)[1]).toMatchObject({ kind: "by", end: "2023-07-30" });
  });
});
