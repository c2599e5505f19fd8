import { promises as fs } from "fs";
import * as path from "path";
import { madeOnRead, madeWhole } from "../../src/cli/made-on-read";
import { jsonText } from "../../src/cli/json-stream";
import { checkFile, fileData, fileJson, fileWords } from "../../src/cli/check-files";
import { summarize } from "../../src/cli/commands/check";
import { translator } from "../../src/i18n";
import { FIXTURES } from "./run-cli";

/** Rows as a large plan's JSON holds them: made from their index, counted as they are made. */
function counted() {
  let made = 0;
  const row = (i: number) => {
    made++;
    return { row: i + 9, number: `${i + 1}.`, cells: { activity: `Дейност «${i}»` }, responsible: i % 3 ? [{ text: "РУО", body: null, known: false }] : undefined };
  };
  return { row, made: () => made };
}

describe("rows and findings made as they are read", () => {
  it("makes nothing until an item is read, and each item again at each read", () => {
    const { row, made } = counted();
    const rows = madeOnRead(1000, row);
    expect(made()).toBe(0);
    expect(rows.length).toBe(1000);
    expect(rows[5]).toEqual(row(5));
    expect(rows[5]).not.toBe(rows[5]);
    expect(made()).toBe(4);
  });

  it("reads as the same array as the rows made whole, to every reader", () => {
    const { row } = counted();
    const lazy = madeOnRead(500, row);
    const whole = madeWhole(500, row);
    expect(Array.isArray(lazy)).toBe(true);
    expect(lazy).toEqual(whole);
    expect([...lazy]).toEqual(whole);
    expect(lazy.map((r) => r.row)).toEqual(whole.map((r) => r.row));
    expect(lazy.filter((r) => r.responsible).length).toBe(whole.filter((r) => r.responsible).length);
    expect(lazy.slice(10, 20)).toEqual(whole.slice(10, 20));
    expect(Object.keys(lazy)).toEqual(Object.keys(whole));
    expect(lazy[500]).toBeUndefined();
    expect(lazy[-1 as number]).toBeUndefined();
    expect(JSON.stringify({ rows: lazy }, null, 2)).toBe(JSON.stringify({ rows: whole }, null, 2));
    expect(jsonText({ rows: lazy })).toBe(jsonText({ rows: whole }));
  });

  it("refuses to be changed, since a change would be lost at the next read", () => {
    const rows = madeOnRead(3, counted().row);
    expect(() => {
      (rows as unknown as { row: number }[])[0] = { row: 1 };
    }).toThrow(TypeError);
    expect(() => rows.push(rows[0])).toThrow(TypeError);
    expect(rows.length).toBe(3);
  });

  it("an empty list is an empty array", () => {
    const rows = madeOnRead(0, counted().row);
    expect(rows).toEqual([]);
    expect(JSON.stringify(rows)).toBe("[]");
  });
});

describe("a checked file's JSON made as it is read", () => {
  it("prints for every fixture, in Russian and Bulgarian, the bytes of the JSON made whole, and counts the same", async () => {
    const files = (await fs.readdir(FIXTURES)).filter((n) => /\.(xlsx|csv|docx)$/.test(n)).sort();
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const checked = await checkFile(path.join(FIXTURES, name), { today: "2019-06-30" });
      for (const lang of ["ru", "bg"] as const) {
        const t = translator(lang);
        const whole = fileJson(checked, t);
        const onRead = fileWords(fileData(checked, madeOnRead), t, madeOnRead);
        expect(jsonText({ files: [onRead] })).toBe(jsonText({ files: [whole] }));
        expect(JSON.stringify(onRead, null, 2)).toBe(JSON.stringify(whole, null, 2));
        expect(summarize([onRead])).toEqual(summarize([whole]));
      }
    }
  });

  it("gives each finding its words in the user's language when they are read", async () => {
    const checked = await checkFile(path.join(FIXTURES, "bg-kyustendil-2019.xlsx"), { today: "2019-06-30" });
    const [ru, uk] = (["ru", "uk"] as const).map((lang) => fileWords(fileData(checked, madeOnRead), translator(lang), madeOnRead));
    const first = (f: typeof ru) => f.tables.flatMap((x) => x.findings)[0];
    expect(first(ru).message.length).toBeGreaterThan(0);
    expect(first(ru).message).not.toBe(first(uk).message);
    expect({ ...first(ru) }).toEqual(fileJson(checked, translator("ru")).tables.flatMap((x) => x.findings)[0]);
  });
});

describe("a file's findings counted without their words", () => {
  it("counts the summary of a file made on read without putting a finding into words", async () => {
    const checked = await checkFile(path.join(FIXTURES, "bg-kyustendil-2019.xlsx"), { today: "2019-06-30" });
    const t = translator("ru");
    let words = 0;
    const counting = new Proxy(t, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === "function" ? (...args: unknown[]) => (words++, (value as (...a: unknown[]) => unknown).apply(target, args)) : value;
      },
    });
    const onRead = fileWords(fileData(checked, madeOnRead), counting, madeOnRead);
    const summary = summarize([onRead]);
    expect(words).toBe(0);
    expect(summary.errors + summary.warnings).toBeGreaterThan(0);
    expect(summary).toEqual(summarize([fileJson(checked, t)]));
    // The words are still made when the findings are read.
    expect(onRead.tables[0].findings[0].message.length).toBeGreaterThan(0);
    expect(words).toBeGreaterThan(0);
  });
});
