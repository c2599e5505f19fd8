import { Button, Caption1, makeStyles, Radio, RadioGroup, Field, Subtitle2, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { usePaneText, type PaneText } from "../components/pane-text";
import type { CheckCharts } from "./check-charts";
import { BODY_PALETTE, TIMELINE_STATUS_COLOURS } from "./chart-colours";
import { TimelineRows, type TimelineRowSpec } from "./TimelineRows";
import { OTHER_BODIES, timelineData, type TimelineColour, type TimelineItem, type TimelineStatus } from "./timeline-data";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: `${tokens.spacingVerticalS} 0` },
  apart: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Tasks drawn before "Show all": a long plan would make the chart screens tall. */
export const FIRST_TASKS = 25;

/**
 * The plan's timeline after a check: tasks across the plan period by their deadlines, coloured by
 * responsible body or by status, overdue and outside-period work marked; event-driven work listed
 * apart, and how many tasks could not be placed. `onWrite` offers the same timeline as a sheet.
 */
export function Timeline({ charts, onWrite, busy = false }: { charts: CheckCharts; onWrite?: () => void; busy?: boolean }) {
  const text = usePaneText();
  const styles = useStyles();
  const [colour, setColour] = useState<TimelineColour>("status");
  const [all, setAll] = useState(false);
  const timeline = useMemo(() => timelineData(charts, colour), [charts, colour]);
  if (charts.tasks.length === 0) return null;
  const { span } = timeline;
  const shown = all ? timeline.placed : timeline.placed.slice(0, FIRST_TASKS);
  return (
    <section aria-labelledby="pane-timeline-heading" className={styles.root} data-chart="timeline">
      <Subtitle2 as="h3" id="pane-timeline-heading">
        {text.t("charts.timeline.heading")}
      </Subtitle2>
      {onWrite && timeline.placed.length > 0 && (
        <div>
          <Button size="small" onClick={onWrite} disabled={busy} data-timeline="write">
            {text.t("charts.timeline.write")}
          </Button>
        </div>
      )}
      {span && (
        <Caption1>
          {text.t("charts.timeline.period", { start: text.date(span.start), end: text.date(span.end) })}
        </Caption1>
      )}
      <Field label={text.t("charts.timeline.colour")}>
        <RadioGroup layout="horizontal" value={colour} onChange={(_, d) => setColour(d.value as TimelineColour)}>
          <Radio value="status" label={text.t("charts.timeline.colour.status")} />
          <Radio value="body" label={text.t("charts.timeline.colour.body")} />
        </RadioGroup>
      </Field>
      {span && shown.length > 0 ? (
        <TimelineRows
          title={text.t("charts.timeline.heading")}
          items={timelineSpecs(shown, timeline.legend, colour, text)}
          span={span}
          months={timeline.months.length}
          startLabel={text.date(span.start)}
          endLabel={text.date(span.end)}
        />
      ) : (
        <Caption1>{text.t("charts.timeline.none")}</Caption1>
      )}
      {shown.length < timeline.placed.length && (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          {text.t("charts.timeline.show-all", { n: text.number(timeline.placed.length) })}
        </Button>
      )}
      {timeline.apart.length > 0 && (
        <>
          <Caption1 as="h4">{text.t("charts.timeline.apart")}</Caption1>
          <ul className={styles.apart} data-timeline="apart">
            {timeline.apart.map((i) => (
              <li key={`${i.task.sheet}!${i.task.row}`}>
                <Caption1>
                  {taskName(i, text)} — {i.task.deadline?.text ?? ""}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {timeline.unplaced > 0 && <Caption1 data-timeline="unplaced">{text.plural("charts.timeline.unplaced", timeline.unplaced)}</Caption1>}
    </section>
  );
}

/** The legend entry's words: a status, a body, or the bodies past the first few. */
export function legendWords(key: string, colour: TimelineColour, text: PaneText): string {
  if (colour === "status") return text.t(`charts.timeline.status.${key}`);
  if (key === OTHER_BODIES) return text.t("charts.timeline.other-bodies");
  return key === "" ? text.t("charts.timeline.no-body") : key;
}

function taskName(i: TimelineItem, text: PaneText): string {
  return text.t("charts.timeline.task", { number: i.task.number ?? "", title: i.task.title }).trim();
}

/** Marks work that needs attention whatever it is coloured by. */
const ATTENTION: readonly TimelineStatus[] = ["outside", "overdue"];

function timelineSpecs(items: TimelineItem[], legend: string[], colour: TimelineColour, text: PaneText): TimelineRowSpec[] {
  return items.map((i) => {
    const shape = i.shape === "band" ? text.t("charts.timeline.band") : i.shape === "due" ? text.t("charts.timeline.due") : "";
    const name = taskName(i, text);
    return {
      label: `${colour === "body" && ATTENTION.includes(i.status) ? "⚠ " : ""}${name}`,
      start: i.start!,
      end: i.end!,
      colour: colour === "status" ? TIMELINE_STATUS_COLOURS[i.status] : BODY_PALETTE[Math.min(legend.indexOf(i.colour), BODY_PALETTE.length - 1)],
      band: i.shape === "band",
      legend: legendWords(i.colour, colour, text),
      callout: [name, i.task.deadline?.text ?? "", shape, text.t(`charts.timeline.status.${i.status}`)].filter((s) => s !== "").join(" · "),
    };
  });
}
