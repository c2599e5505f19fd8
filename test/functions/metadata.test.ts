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
  SCORE: { params: [["actual", "scalar", false], ["target", "scalar", false], ["baseline", "scalar", true], ["polarity", "scalar", true]], result: "number" },
  ROLLUP: { params: [["scores", "matrix", false], ["weights", "matrix", true]], result: "number" },
  ROLLUPIF: {
    params: [["scores", "matrix", false], ["groups", "matrix", false], ["group", "scalar", false], ["weights", "matrix", true]],
    result: "number",
  },
  STATUS: { params: [["score", "scalar", false], ["green", "scalar", true], ["amber", "scalar", true]], result: "string" },
  DEADLINE: { params: [["text", "scalar", false], ["which", "scalar", true], ["year", "scalar", true]], result: "number" },
  GAPS: { params: [["range", "matrix", false]], result: "number" },
};

describe("custom functions metadata generated from the JSDoc", () => {
  let functions: Fn[];
  let associations: { functionName: string; id: string }[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE);
    expect(result.errors).toEqual([]);
    functions = JSON.parse(result.metadataJson).functions;
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
      ["DEADLINE", "deadline"],
      ["GAPS", "gaps"],
    ]);
  });

  it.each(Object.entries(EXPECTED))("declares the parameters and result of %s", (id, expected) => {
    const fn = functions.find((f) => f.id === id)!;
    expect(fn.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional ?? false])).toEqual(expected.params);
    // Parameters take any value so the functions see blanks, text levels and error cells themselves.
    expect(fn.parameters.every((p) => p.type === "any")).toBe(true);
    expect(fn.result).toEqual({ type: expected.result });
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
