import fc from "fast-check";
import { isoToSerial, serialToIso } from "../../../src/engine/deadline";

describe("Excel serial dates (1900 date system)", () => {
  it.each([
    ["2019-06-01", 43617],
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["2020-02-29", 43890],
    ["9999-12-31", 2958465],
  ])("%s is serial %i and back", (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
    expect(serialToIso(serial)).toBe(iso);
  });

  it("drops the time of day of a serial", () => {
    expect(serialToIso(43617.75)).toBe("2019-06-01");
  });

  it("refuses serial 60, Excel's 29 February 1900 that never was", () => {
    expect(() => serialToIso(60)).toThrow(RangeError);
  });

  it.each([0, -1, 2958466, NaN, Infinity])("refuses serial %p", (serial) => {
    expect(() => serialToIso(serial)).toThrow(RangeError);
  });

  it.each(["2019-02-30", "1899-12-31", "2019-6-1", "June 2019", ""])("refuses %p as an ISO date", (iso) => {
    expect(() => isoToSerial(iso)).toThrow(RangeError);
  });

  it("round-trips every serial Excel can hold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60), (serial) => {
        expect(isoToSerial(serialToIso(serial))).toBe(serial);
      }),
      { numRuns: 500 },
    );
  });
});
