import { excelError, ExcelError, toCell, toCells } from "../../src/functions/coerce";
import { score } from "../../src/functions/functions";

describe("values as Excel passes them", () => {
  it.each([
    ["an omitted argument", null, { kind: "blank" }],
    ["an argument the caller left off", undefined, { kind: "blank" }],
    ["a blank cell", "", { kind: "blank" }],
    ["a cell of spaces", "   ", { kind: "blank" }],
    ["a number", 0.85, { kind: "number", value: 0.85 }],
    ["text", "Висока", { kind: "text", text: "Висока" }],
    ["a boolean", false, { kind: "boolean", value: false }],
    ["an error cell", { code: "#N/A", message: "" }, { kind: "error", code: "#N/A" }],
    ["a rich error value", { type: "Error", basicValue: "#DIV/0!", errorType: "Div0" }, { kind: "error", code: "#DIV/0!" }],
    ["a rich formatted number", { type: "FormattedNumber", basicValue: 0.5, numberFormat: "0%" }, { kind: "number", value: 0.5 }],
    ["a one-cell range", [["x"]], { kind: "text", text: "x" }],
    ["a range where one value is expected", [[1], [2]], { kind: "error", code: "#VALUE!" }],
  ])("%s", (_name, value, expected) => {
    expect(toCell(value)).toEqual(expected);
  });

  it("reads a range rows first, and a single value as a one-cell range", () => {
    expect(toCells([[1, ""], [null, "a"]]).map((c) => c.kind)).toEqual(["number", "blank", "blank", "text"]);
    expect(toCells(7)).toEqual([{ kind: "number", value: 7 }]);
  });
});

describe("errors returned to Excel", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it("carry the code the cell shows when Excel's runtime is not loaded", () => {
    const e = excelError("#N/A");
    expect(e).toBeInstanceOf(ExcelError);
    expect(e.code).toBe("#N/A");
  });

  it("are made by the custom functions runtime when it is loaded", () => {
    class RuntimeError extends Error {
      constructor(public code: string) {
        super(code);
      }
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: RuntimeError,
      ErrorCode: { notAvailable: "#N/A", invalidValue: "#VALUE!", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
    };
    let thrown: unknown;
    try {
      score("", 95, null, null);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RuntimeError);
    expect((thrown as RuntimeError).code).toBe("#N/A");
    expect(excelError("#VALUE!")).toBeInstanceOf(RuntimeError);
  });

  it.each(["#REF!", "#NAME?", "#SPILL!"])("turn %s, which Excel accepts only as an input, into #VALUE!", (code) => {
    expect(excelError(code).code).toBe("#VALUE!");
  });
});
