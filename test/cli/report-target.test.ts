import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { runCli, FIXTURES } from "./run-cli";
import { readWorkbook } from "../../src/xlsx/read-workbook";

/**
 * Where `plancheck check --report` may write, as a user meets it on the terminal: never over a
 * plan, by any name; over another file only with --force; the refusal in the user's language,
 * naming the file, with exit code 2. And the overview written into the folder it speaks of does
 * not change the next run of the same command.
 */

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-target-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function plan(name = "plan.xlsx"): Promise<string> {
  const file = path.join(dir, name);
  await fs.copyFile(path.join(FIXTURES, "pl-bochnia-2018.xlsx"), file);
  return file;
}

async function folderOfPlans(): Promise<string> {
  const folder = path.join(dir, "plans");
  await fs.mkdir(folder);
  await fs.copyFile(path.join(FIXTURES, "pl-bochnia-2018.xlsx"), path.join(folder, "bochnia.xlsx"));
  await fs.copyFile(path.join(FIXTURES, "ru-volodarsk-2020.xlsx"), path.join(folder, "volodarsk.xlsx"));
  return folder;
}

describe("--report on one plan", () => {
  it("refuses the plan itself, even with --force, naming it in the user's language, and leaves it as it was", async () => {
    const file = await plan();
    const before = await fs.readFile(file);
    const r = await runCli(["check", file, "--report", file, "--force", "--lang", "bg"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file} е една от проверяваните работни книги`);
    expect(await fs.readFile(file)).toEqual(before);
  });

  it("refuses a symbolic link to the plan", async () => {
    const file = await plan();
    const before = await fs.readFile(file);
    const link = path.join(dir, "report.xlsx");
    await fs.symlink(file, link);
    const r = await runCli(["check", file, "--report", link, "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${link} is one of the workbooks being checked (${file})`);
    expect(await fs.readFile(file)).toEqual(before);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
  });

  it("refuses a hard link to the plan", async () => {
    const file = await plan();
    const before = await fs.readFile(file);
    const link = path.join(dir, "report.xlsx");
    await fs.link(file, link);
    const r = await runCli(["check", file, "--report", link, "--force", "--lang", "pl"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${link} to jeden ze sprawdzanych skoroszytów`);
    expect(await fs.readFile(file)).toEqual(before);
  });

  it("refuses an existing other file without --force, naming it, and replaces it with --force, saying where it wrote", async () => {
    const file = await plan();
    const other = path.join(dir, "old-report.xlsx");
    await fs.writeFile(other, "last month's report");
    const refused = await runCli(["check", file, "--report", other]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${other} already exists; add --force to replace it`);
    expect(await fs.readFile(other, "utf8")).toBe("last month's report");

    const forced = await runCli(["check", file, "--report", other, "--force"]);
    const plain = await runCli(["check", file]);
    expect(forced.code).toBe(plain.code);
    expect(forced.stdout).toContain(`Copy of the plan with a report sheet written to ${other}`);
    const copy = await readWorkbook(other);
    expect(copy.reportSheet).not.toBeNull();
  });

  it("refuses an existing file in every language, naming it", async () => {
    const file = await plan();
    const other = path.join(dir, "taken.xlsx");
    await fs.writeFile(other, "x");
    for (const lang of ["en", "bg", "pl", "ru", "uk"]) {
      const r = await runCli(["check", file, "--report", other, "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(other);
      expect(r.stderr).toContain("--force");
      expect(r.stderr).not.toContain("cli.error");
    }
  });

  it("says why a report could not be written in the user's words, never the system's", async () => {
    const file = await plan();
    const out = path.join(dir, "no-such-folder", "report.xlsx");
    const r = await runCli(["check", file, "--report", out, "--lang", "uk"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${out}: не вдалося записати звіт: теки ${path.dirname(out)} не існує`);
    expect(r.stderr).not.toMatch(/ENOENT|\.tmp/);
  });
});

describe("--report on a folder", () => {
  it("refuses one of the folder's plans, by its path or a link to it, even with --force", async () => {
    const folder = await folderOfPlans();
    const inside = path.join(folder, "volodarsk.xlsx");
    const before = await fs.readFile(inside);
    const direct = await runCli(["check", folder, "--report", inside, "--force"]);
    expect(direct.code).toBe(2);
    expect(direct.stderr).toContain(`${inside} is one of the workbooks being checked`);
    const link = path.join(dir, "overview.xlsx");
    await fs.symlink(inside, link);
    const linked = await runCli(["check", folder, "--report", link, "--force"]);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain(`${link} is one of the workbooks being checked (${inside})`);
    expect(await fs.readFile(inside)).toEqual(before);
  });

  it("refuses an existing other file without --force and replaces it with --force", async () => {
    const folder = await folderOfPlans();
    const other = path.join(dir, "overview.xlsx");
    await fs.writeFile(other, "old");
    const refused = await runCli(["check", folder, "--report", other, "--lang", "ru"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${other} уже существует; добавьте --force`);
    expect(await fs.readFile(other, "utf8")).toBe("old");
    const forced = await runCli(["check", folder, "--report", other, "--force", "--lang", "ru"]);
    expect(forced.code).not.toBe(2);
    expect(forced.stdout).toContain(`Сводка по планам записана в ${other}`);
  });
});

describe("an overview written into the folder it speaks of", () => {
  it("does not change the next run of the same command: same exit code, same JSON, the overview replaced", async () => {
    const folder = await folderOfPlans();
    const out = path.join(folder, "overview.xlsx");
    const command = ["check", folder, "--report", out, "--force", "--json"];
    const first = await runCli(command);
    const written = await fs.stat(out);
    const second = await runCli(command);
    expect(second.code).toBe(first.code);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(first.stderr);
    const doc = JSON.parse(second.stdout);
    expect(doc.files.map((f: { file: string }) => path.basename(f.file))).toEqual(["bochnia.xlsx", "volodarsk.xlsx"]);
    expect(doc.skipped).toEqual([]);
    expect(doc.overview.summary.received).toBe(2);
    // Replaced, not written over in place: a new file took its name.
    expect((await fs.stat(out)).ino).not.toBe(written.ino);
    expect((await readWorkbook(out)).sheets[1].values.slice(2).map((row) => row[0])).toEqual(expect.arrayContaining(["bochnia.xlsx", "volodarsk.xlsx"]));
  });

  it("is recognised by what PlanCheck wrote into it, not by its name: renamed, it is still passed over", async () => {
    const folder = await folderOfPlans();
    const out = path.join(dir, "overview.xlsx");
    const without = await runCli(["check", folder, "--json"]);
    await runCli(["check", folder, "--report", out]);
    await fs.copyFile(out, path.join(folder, "plan-2027.xlsx"));
    const r = await runCli(["check", folder, "--json"]);
    expect(r.code).toBe(without.code);
    expect(r.stdout).toBe(without.stdout);
  });

  it("is still checked when the user names it: it holds no plan table", async () => {
    const folder = await folderOfPlans();
    const out = path.join(dir, "overview.xlsx");
    await runCli(["check", folder, "--report", out]);
    const r = await runCli(["check", out, "--json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { notChecked: string }) => f.notChecked)).toEqual(["no-plan-table"]);
    expect(JSON.stringify(doc)).not.toContain("planCheckOutput");
  });

  it("leaves a plan's report copy in the folder a plan: it keeps the plan's own sheets", async () => {
    const folder = await folderOfPlans();
    const copy = path.join(folder, "bochnia-checked.xlsx");
    await runCli(["check", path.join(folder, "bochnia.xlsx"), "--report", copy]);
    const doc = JSON.parse((await runCli(["check", folder, "--json"])).stdout);
    expect(doc.files.map((f: { file: string }) => path.basename(f.file))).toEqual(["bochnia-checked.xlsx", "bochnia.xlsx", "volodarsk.xlsx"]);
  });
});

describe("--since with a file that is not an earlier overview", () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ["missing", async () => path.join(dir, "nowhere.xlsx"), /was not found/],
    ["a plan, not an overview", async () => plan(), /not an overview written by plancheck check --report/],
    ["the --json output", async () => {
      const file = path.join(dir, "last.json");
      await fs.writeFile(file, (await runCli(["check", path.join(FIXTURES, "pl-bochnia-2018.xlsx"), "--json"])).stdout);
      return file;
    }, /not an overview written by plancheck check --report/],
    ["damaged", async () => {
      const file = path.join(dir, "overview.xlsx");
      await fs.copyFile(path.join(FIXTURES, "truncated.xlsx"), file);
      return file;
    }, /is damaged and cannot be read/],
    ["password-protected", async () => {
      const file = path.join(dir, "overview.xlsx");
      await fs.copyFile(path.join(FIXTURES, "encrypted.xlsx"), file);
      return file;
    }, /is password-protected/],
  ];
  it.each(cases)("names the file and the cause: %s, with exit code 2", async (_name, make, cause) => {
    const folder = await folderOfPlans();
    const since = await make();
    const r = await runCli(["check", folder, "--since", since, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(since);
    expect(r.stderr).toMatch(cause);
    expect(r.stderr).not.toMatch(/Corrupted zip|End of data|Error:|at .*\.js/);
  });

  it("says it in the user's language", async () => {
    const folder = await folderOfPlans();
    const since = path.join(dir, "nowhere.xlsx");
    const words: Record<string, string> = { bg: "не е намерено", pl: "nie znaleziono", ru: "не найдена", uk: "не знайдено" };
    for (const [lang, said] of Object.entries(words)) {
      const r = await runCli(["check", folder, "--since", since, "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${since}: `);
      expect(r.stderr).toContain(said);
    }
  });
});

describe("the closing lines", () => {
  it("ask to correct no errors above when none were found: a missing file is not an error finding", async () => {
    const r = await runCli(["check", path.join(dir, "missing.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain("errors above");
    expect(r.stdout.trim().split("\n").pop()).toBe("Not ready to submit: 1 file was not checked (see above).");
  });

  it("ask to correct the errors above only when some are listed above", async () => {
    const r = await runCli(["check", await plan()]);
    const errors = (r.stdout.match(/^ {2}Error: /gm) ?? []).length;
    expect(r.stdout.includes("correct the errors above")).toBe(errors > 0);
  });
});
