import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import FUNCTION_TEXTS from "../../src/i18n/messages/functions.json";

// The build script is plain JavaScript shared with webpack.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const localize = require("../../scripts/localize-functions.js");

const ROOT = path.join(__dirname, "..", "..");

const sample = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "SCORE",
      name: "SCORE",
      description: "JSDoc words",
      parameters: [
        { name: "actual", description: "JSDoc actual", type: "any" },
        { name: "baseline", description: "JSDoc baseline", type: "any", optional: true },
      ],
      result: { type: "number" },
    },
  ],
};

describe("localizeMetadata", () => {
  it("translates descriptions and parameter names, and keeps ids, function names, types and optional flags", () => {
    const bg = localize.localizeMetadata(sample, FUNCTION_TEXTS, "bg");
    expect(bg.functions[0]).toEqual({
      id: "SCORE",
      name: "SCORE",
      description: FUNCTION_TEXTS.bg["fn.SCORE.description"],
      parameters: [
        { name: "постигната", description: FUNCTION_TEXTS.bg["fn.SCORE.param.actual"], type: "any" },
        { name: "базова", description: FUNCTION_TEXTS.bg["fn.SCORE.param.baseline"], type: "any", optional: true },
      ],
      result: { type: "number" },
    });
    expect(bg.allowCustomDataForDataTypeAny).toBe(true);
  });

  it("uses the catalog's English over the JSDoc for English", () => {
    const en = localize.localizeMetadata(sample, FUNCTION_TEXTS, "en");
    expect(en.functions[0].description).toBe(FUNCTION_TEXTS.en["fn.SCORE.description"]);
  });

  it("falls back to English where a language lacks a text, and leaves the input untouched", () => {
    const messages = { en: { "fn.SCORE.description": "Score." }, pl: {} };
    const pl = localize.localizeMetadata(sample, messages, "pl");
    expect(pl.functions[0].description).toBe("Score.");
    expect(pl.functions[0].parameters[0].description).toBe("JSDoc actual");
    expect(sample.functions[0].description).toBe("JSDoc words");
  });

  it("names the catalog keys English lacks", () => {
    expect(localize.missingMessages(sample, { en: { "fn.SCORE.description": "x", "fn.SCORE.param.actual": "y" } })).toEqual([
      "fn.SCORE.param.baseline",
    ]);
  });
});

describe("LocalizeFunctionsPlugin in a webpack build", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-functions-"));
  let assets: Record<string, { functions: { id: string; name: string; description: string; parameters: { name: string; description: string; optional?: boolean }[] }[]; allowErrorForDataTypeAny?: boolean }>;

  beforeAll(async () => {
    const entry = path.join(out, "entry.js");
    fs.writeFileSync(entry, "module.exports = 1;\n");
    const compiler = webpack({
      mode: "production",
      context: ROOT,
      entry,
      output: { path: out, filename: "functions.js" },
      plugins: [
        new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
        new localize.LocalizeFunctionsPlugin(),
      ],
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((err, s) => (err ? reject(err) : compiler.close(() => resolve(s!)))),
    );
    expect(stats.compilation.errors.map((e) => e.message)).toEqual([]);
    assets = {};
    for (const name of ["functions.json", "functions-bg.json", "functions-pl.json", "functions-ru.json", "functions-uk.json"]) {
      assets[name] = JSON.parse(fs.readFileSync(path.join(out, name), "utf8"));
    }
  }, 60_000);

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("emits one metadata file per language with the same functions and parameters", () => {
    const shape = (file: string) => assets[file].functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.optional ?? false)]);
    for (const lang of ["bg", "pl", "ru", "uk"]) expect(shape(`functions-${lang}.json`)).toEqual(shape("functions.json"));
    expect(assets["functions.json"].functions.map((f) => f.name)).toEqual(["SCORE", "ROLLUP", "ROLLUPIF", "STATUS", "UNITSTATUS", "EXPECTED", "DEADLINE", "GAPS"]);
  });

  it.each(["bg", "pl", "ru", "uk"] as const)("names the scorecard functions' parameters and explains their fixed choices in %s", (lang) => {
    const texts: Record<string, string> = FUNCTION_TEXTS[lang];
    const file = assets[`functions-${lang}.json`] as unknown as {
      functions: { id: string; parameters: { name: string }[] }[];
      enums: { id: string; values: { stringValue: string; tooltip: string }[] }[];
    };
    const english = assets["functions.json"].functions;
    for (const fn of file.functions.filter((f) => ["SCORE", "ROLLUP", "ROLLUPIF", "STATUS", "UNITSTATUS", "EXPECTED"].includes(f.id))) {
      const en = english.find((f) => f.id === fn.id)!;
      fn.parameters.forEach((p, i) => expect(p.name).toBe(texts[`fn.${fn.id}.param.${en.parameters[i].name}.name`]));
    }
    const polarity = file.enums.find((e) => e.id === "PolarityChoice")!;
    expect(polarity.values.map((v) => [v.stringValue, v.tooltip])).toEqual([
      ["higher", texts["fn.enum.PolarityChoice.higher"]],
      ["lower", texts["fn.enum.PolarityChoice.lower"]],
    ]);
  });

  it.each(["bg", "pl", "ru", "uk"] as const)("describes every function and parameter in %s", (lang) => {
    const texts: Record<string, string> = FUNCTION_TEXTS[lang];
    for (const fn of assets[`functions-${lang}.json`].functions) {
      expect(fn.description).toBe(texts[`fn.${fn.id}.description`]);
      const en = assets["functions.json"].functions.find((f) => f.id === fn.id)!;
      fn.parameters.forEach((p, i) => expect(p.description).toBe(texts[`fn.${fn.id}.param.${en.parameters[i].name}`]));
    }
  });

  it("lets error cells reach the functions, so a roll-up can skip #N/A", () => {
    for (const file of Object.keys(assets)) expect(assets[file].allowErrorForDataTypeAny).toBe(true);
  });
});

describe("the functions catalog inside the functions bundle", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-catalog-"));
  const catalog = path.join(ROOT, "src", "i18n", "messages", "functions.json");
  let built: Record<string, Record<string, Record<string, string>>>;

  beforeAll(async () => {
    // One importer inside the functions' folder, one outside it (as the task pane's catalog is).
    fs.mkdirSync(path.join(out, "functions"));
    fs.writeFileSync(path.join(out, "functions", "entry.js"), `module.exports = require(${JSON.stringify(catalog)});\n`);
    fs.writeFileSync(path.join(out, "pane.js"), `module.exports = require(${JSON.stringify(catalog)});\n`);
    const compiler = webpack({
      mode: "production",
      context: ROOT,
      target: "node",
      entry: { functions: path.join(out, "functions", "entry.js"), pane: path.join(out, "pane.js") },
      output: { path: path.join(out, "dist"), filename: "[name].js", library: { type: "commonjs2" } },
      plugins: [new localize.LocalizeFunctionsPlugin({ file: "none.json", functionsDir: path.join(out, "functions") })],
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((err, s) => (err ? reject(err) : compiler.close(() => resolve(s!)))),
    );
    expect(stats.compilation.errors.map((e) => e.message)).toEqual([]);
    built = {};
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    for (const name of ["functions", "pane"]) built[name] = require(path.join(out, "dist", `${name}.js`));
  }, 60_000);

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("carries only the messages beside #VALUE! and #N/A, in every language, word for word", () => {
    for (const lang of ["en", "bg", "pl", "ru", "uk"] as const) {
      const texts: Record<string, string> = FUNCTION_TEXTS[lang];
      const errors = Object.fromEntries(Object.entries(texts).filter(([key]) => key.startsWith("fn.error.")));
      expect(Object.keys(errors).length).toBeGreaterThan(10);
      expect(built.functions[lang]).toEqual(errors);
    }
  });

  it("leaves the catalog whole for every other importer", () => {
    expect(built.pane).toEqual(FUNCTION_TEXTS);
  });

  it("is enough for the functions: they use no other key of the catalog", () => {
    const dir = path.join(ROOT, "src", "functions");
    const keys = fs
      .readdirSync(dir)
      .flatMap((f) => [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/["'`](fn\.[\w.]+)["'`]/gu)].map((m) => m[1]));
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((k) => !k.startsWith("fn.error."))).toEqual([]);
  });
});
