import { readFileSync } from "fs";
import { join } from "path";
import { parseDeadline, parsePeriodOption, sectionKey, type PlanPeriod } from "../../../src/engine/deadline";

/**
 * A long plan has hundreds of section headings; a deadline cell is read once for all the headings
 * that say the same of time (sectionKey), so the reading under each of them must be the same.
 */

interface RealCell {
  text: string;
  period: PlanPeriod | null;
  section: string | null;
}

const real: RealCell[] = ["bg", "en", "pl", "ru", "uk"].flatMap((lang) => JSON.parse(readFileSync(join(__dirname, "real-cells", `${lang}.json`), "utf8")) as RealCell[]);

describe("section headings that say the same of time", () => {
  it("share one key when they name no time at all, as a plan's goal headings do", () => {
    const goals = ["Стратегическа цел №1. Създаване на подходяща среда", "Стратегическа цел №2. Превенция", "I. ОРГАНИЗАЦИОННА РАБОТА", "Cel szczegółowy 3"];
    for (const heading of goals) expect(sectionKey(heading)).toBe(sectionKey(null));
    expect(sectionKey("")).toBe(sectionKey(null));
  });

  it("keep a key of their own when they name a month, a year or a school year", () => {
    const keys = ["СЕНТЯБРЬ", "ОКТЯБРЬ", "Listopad 2025", "Listopad 2026", "2026 рік", "2027 рік", "2023/2024 учебна година"].map(sectionKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain(sectionKey(null));
    expect(sectionKey("СЕНТЯБРЬ")).toBe(sectionKey("сентябрь"));
  });

  it("read every real deadline cell alike under each heading of the same key", () => {
    const headings = [...new Set(real.map((c) => c.section).filter((s): s is string => s !== null))];
    headings.push("Стратегическа цел №1. Създаване на подходяща среда", "Стратегическа цел №2. Превенция", "сентябрь", "Сентябрь");
    const byKey = new Map<string, string[]>();
    for (const heading of headings) byKey.set(sectionKey(heading), [...(byKey.get(sectionKey(heading)) ?? []), heading]);
    const periods = [parsePeriodOption("2023/2024")!];
    let compared = 0;
    // Two headings of a key stand for all of it: the goal headings alone are dozens.
    for (const group of [...byKey.values()].map((g) => g.slice(0, 2))) {
      if (group.length < 2) continue;
      for (const period of periods) {
        for (const cell of real) {
          const first = parseDeadline(cell.text, { period, section: group[0] });
          for (const other of group.slice(1)) expect(parseDeadline(cell.text, { period, section: other })).toEqual(first);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(real.length);
  });
});
