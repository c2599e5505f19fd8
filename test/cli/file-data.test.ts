import * as path from "path";
import { checkFile, fileData, fileJson, fileWords } from "../../src/cli/check-files";
import { translator } from "../../src/i18n";
import { FIXTURES } from "./run-cli";

describe("a checked file as data, put into words at the edge", () => {
  const options = { today: "2019-06-30" };

  it("holds codes and parameters, and no words, for a worker to send back", async () => {
    const data = fileData(await checkFile(path.join(FIXTURES, "bg-kyustendil-2019.xlsx"), options));
    const findings = data.tables.flatMap((t) => t.findings);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f).toHaveProperty("params");
      expect(f).not.toHaveProperty("message");
    }
  });

  it("gives the same JSON put into words as the file's check put into words at once, in any language", async () => {
    const checked = await checkFile(path.join(FIXTURES, "pl-bochnia-2018.xlsx"), options);
    const data = fileData(checked);
    for (const lang of ["pl", "uk"] as const) expect(fileWords(data, translator(lang))).toEqual(fileJson(checked, translator(lang)));
    const words = (lang: "pl" | "uk") => fileWords(data, translator(lang)).tables.flatMap((t) => t.findings.map((f) => f.message));
    expect(words("pl")).not.toEqual(words("uk"));
  });

  it("says an unreadable file's error in the user's language from its code", async () => {
    const data = fileData(await checkFile(path.join(FIXTURES, "truncated.xlsx"), options));
    expect(data.error?.code).toBeDefined();
    const en = fileWords(data, translator("en")).error!.message;
    const bg = fileWords(data, translator("bg")).error!.message;
    expect(en).not.toEqual(bg);
  });
});
