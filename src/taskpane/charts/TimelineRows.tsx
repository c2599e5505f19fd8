import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";

/**
 * Tasks across the plan period, one row a task: its label on a line of its own, wrapped and never
 * cut (the pane may be 320 px wide, where a label beside its bar would keep a few letters), and its
 * bar below it on a track of the period with a line at each month. The full words are also the
 * row's tooltip. Plain elements: every row is text a screen reader and a narrow window can read.
 */

/** One task on the timeline: its label, where its bar sits in the span, colour and legend entry. */
export interface TimelineRowSpec {
  label: string;
  /** First and last day (ISO) it covers. */
  start: string;
  end: string;
  colour: string;
  /** Drawn lighter: continuous or recurring work over the period. */
  band: boolean;
  legend: string;
  /** The row's tooltip: the full label, the deadline as written, the shape and the status in words. */
  callout: string;
}

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  axis: { display: "flex", justifyContent: "space-between", color: tokens.colorNeutralForeground3 },
  rows: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  label: { overflowWrap: "anywhere", lineHeight: tokens.lineHeightBase200, fontSize: tokens.fontSizeBase200 },
  track: {
    position: "relative",
    height: "10px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  bar: { position: "absolute", top: 0, bottom: 0, borderRadius: tokens.borderRadiusSmall },
  legend: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, margin: 0, padding: 0, listStyle: "none" },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginInlineEnd: tokens.spacingHorizontalXS, borderRadius: "2px", verticalAlign: "middle" },
});

const DAY = 24 * 60 * 60 * 1000;

/** Narrowest bar, in percent of the track: a one-day deadline stays visible and can be pointed at. */
const LEAST = 1.5;

export function TimelineRows({
  items,
  title,
  span,
  months,
  startLabel,
  endLabel,
}: {
  items: TimelineRowSpec[];
  title: string;
  span: { start: string; end: string };
  months: number;
  startLabel: string;
  endLabel: string;
}) {
  const styles = useStyles();
  const from = day(span.start);
  const length = Math.max(DAY, day(span.end) + DAY - from);
  const percent = (t: number) => Math.min(100, Math.max(0, ((t - from) / length) * 100));
  // A faint line at each month's start, so a bar can be read against the months it covers.
  const grid: CSSProperties =
    months > 1
      ? { backgroundImage: `repeating-linear-gradient(to right, transparent 0, transparent calc(${100 / months}% - 1px), ${tokens.colorNeutralStroke2} calc(${100 / months}% - 1px), ${tokens.colorNeutralStroke2} ${100 / months}%)` }
      : {};
  const legend = [...new Map(items.map((i) => [i.legend, i.colour])).entries()];
  return (
    <figure aria-label={title} className={styles.figure} data-timeline="chart">
      <div className={styles.axis} aria-hidden>
        <Caption1>{startLabel}</Caption1>
        <Caption1>{endLabel}</Caption1>
      </div>
      <ol className={styles.rows}>
        {items.map((i, n) => {
          let left = percent(day(i.start));
          let right = percent(day(i.end) + DAY);
          if (right - left < LEAST) {
            // Work outside the span sits at the edge it lies beyond.
            if (right <= 0) right = LEAST;
            else if (left >= 100) left = 100 - LEAST;
            if (right - left < LEAST) right = Math.min(100, left + LEAST);
            left = Math.min(left, right - LEAST);
          }
          return (
            <li key={n} className={styles.row} title={i.callout} data-row={i.label} data-start={i.start} data-legend={i.legend} data-colour={i.colour}>
              <span className={styles.label}>{i.label}</span>
              <span className={styles.track} style={grid} aria-hidden>
                <span className={styles.bar} style={{ left: `${left}%`, width: `${right - left}%`, backgroundColor: i.colour, opacity: i.band ? 0.45 : 1 }} />
              </span>
            </li>
          );
        })}
      </ol>
      <ul className={styles.legend}>
        {legend.map(([words, colour]) => (
          <li key={words}>
            <span className={styles.swatch} style={{ backgroundColor: colour }} aria-hidden />
            <Caption1>{words}</Caption1>
          </li>
        ))}
      </ul>
    </figure>
  );
}

function day(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getTime();
}
