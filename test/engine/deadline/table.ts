import { parseDeadline, parsePeriodOption, type DeadlineKind, type PlanPeriod } from "../../../src/engine/deadline";

/** Plan periods the tables read against, as the plans' titles give them. */
export const P2019 = parsePeriodOption("2019")!;
export const P2020_2021 = parsePeriodOption("2020-2021")!;
export const SCHOOL_2018 = parsePeriodOption("2018/2019")!;
export const SCHOOL_2020 = parsePeriodOption("2020/2021")!;

/** [text, period, kind, start, end, parts as [kind, start, end]] */
export type Row = [
  text: string,
  period: PlanPeriod | null,
  kind: DeadlineKind,
  start: string | null,
  end: string | null,
  parts?: [DeadlineKind, string | null, string | null][],
];

/** One test a row: the cell read against the period gives that kind and those dates. */
export function itReadsEach(rows: Row[]): void {
  it.each(rows.map((r) => [JSON.stringify(r[0]), r[1]?.label ?? "no period", r[2], r[3] ?? "-", r[4] ?? "-", r] as const))(
    "%s (%s) is %s %s..%s",
    (_t, _p, _k, _s, _e, [text, period, kind, start, end, parts]) => {
      const d = parseDeadline(text, { period });
      expect({ kind: d.kind, start: d.start, end: d.end }).toEqual({ kind, start, end });
      expect(d.text).toBe(text);
      if (parts) expect(d.parts?.map((p) => [p.kind, p.start, p.end])).toEqual(parts);
      else expect(d.parts).toBeUndefined();
    },
  );
}
