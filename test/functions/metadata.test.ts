import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import FUNCTION_TEXTS from "../../src/i18n/messages/functions.json";

const SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  customEnumId?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

/** What Excel must be told about each function: parameter names, range or single value, optional. */
const EXPECTED: Record<string, { params: [string, "scalar" | "matrix", boolean][]; result: string }> = {
  SCORE: {
    params: [["actual", "scalar", false], ["target", "scalar", false], ["baseline", "scalar", true], ["polarity", "scalar", true], ["cap", "scalar", true]],
    result: "number",
  },
  ROLLUP: { params: [["scores", "matrix", false], ["weights", "matrix", true], ["method", "scalar", true]], result: "number" },
  ROLLUPIF: {
    params: [["scores", "matrix", false], ["groups", "matrix", false], ["group", "scalar", false], ["weights", "matrix", true], ["method", "scalar", true]],
    result: "number",
  },
  STATUS: { params: [["score", "scalar", false], ["green", "scalar", true], ["amber", "scalar", true]], result: "string" },
  UNITSTATUS: {
    params: [["actual", "scalar", false], ["green", "scalar", false], ["red", "scalar", false], ["polarity", "scalar", true]],
    result: "string",
  },
  EXPECTED: {
    params: [["target", "scalar", false], ["baseline", "scalar", false], ["start", "scalar", false], ["deadline", "scalar", false], ["date", "scalar", true]],
    result: "number",
  },
  DEADLINE: { params: [["text", "scalar", false], ["which", "scalar", true], ["year", "scalar", true], ["section", "scalar", true]], result: "number" },
  GAPS: { params: [["range", "matrix", false]], result: "number" },
};

describe("custom functions metadata generated from the JSDoc", () => {
  let functions: Fn[];
  let enums: { id: string; type: string; values: { name: string; stringValue: string; tooltip: string }[] }[];
  let associations: { functionName: string; id: string }[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE);
    expect(result.errors).toEqual([]);
    ({ functions, enums } = JSON.parse(result.metadataJson));
    associations = result.associate;
  });

  it("lists every PLAN function under its stable id", () => {
    expect(functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
    expect(functions.map((f) => f.name)).toEqual(Object.keys(EXPECTED));
  });

  it("binds each id to the exported function of the same name", () => {
    expect(associations.map((a) => [a.id, a.functionName])).toEqual([
      ["SCORE", "score"],
      ["ROLLUP", "rollup"],
      ["ROLLUPIF", "rollupIf"],
      ["STATUS", "status"],
      ["UNITSTATUS", "unitStatus"],
      ["EXPECTED", "expected"],
      ["DEADLINE", "deadline"],
      ["GAPS", "gaps"],
    ]);
  });

  it.each(Object.entries(EXPECTED))("declares the parameters and result of %s", (id, expected) => {
    const fn = functions.find((f) => f.id === id)!;
    expect(fn.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional ?? false])).toEqual(expected.params);
    // Parameters take any value so the functions see blanks, text levels and error cells themselves;
    // a fixed choice is a string from its list, which Excel offers while the formula is typed.
    for (const p of fn.parameters) expect([p.name, p.type]).toEqual([p.name, p.customEnumId ? "string" : "any"]);
    expect(fn.result).toEqual({ type: expected.result });
  });

  it("offers the fixed choices of polarity and method as lists while the formula is typed", () => {
    const enumOf = (id: string, param: string) => functions.find((f) => f.id === id)!.parameters.find((p) => p.name === param)!.customEnumId;
    expect([enumOf("SCORE", "polarity"), enumOf("UNITSTATUS", "polarity"), enumOf("ROLLUP", "method"), enumOf("ROLLUPIF", "method")]).toEqual([
      "PolarityChoice",
      "PolarityChoice",
      "RollupMethod",
      "RollupMethod",
    ]);
    expect(enums.map((e) => [e.id, e.type, e.values.map((v) => v.stringValue)])).toEqual([
      ["PolarityChoice", "string", ["higher", "lower"]],
      ["RollupMethod", "string", ["mean", "min", "sum", "green", "amber", "red", "grey"]],
    ]);
    for (const e of enums) for (const v of e.values) expect(v.tooltip).not.toBe("");
  });

  it("describes each function and parameter in the words of the English catalog", () => {
    const en: Record<string, string> = FUNCTION_TEXTS.en;
    for (const fn of functions) {
      expect({ key: fn.id, text: fn.description }).toEqual({ key: fn.id, text: en[`fn.${fn.id}.description`] });
      for (const p of fn.parameters) {
        expect({ key: `${fn.id}.${p.name}`, text: p.description }).toEqual({ key: `${fn.id}.${p.name}`, text: en[`fn.${fn.id}.param.${p.name}`] });
      }
    }
  });
});
