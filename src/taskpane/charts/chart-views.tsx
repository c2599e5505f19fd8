import { GanttChart, HorizontalBarChartWithAxis, type GanttChartDataPoint, type HorizontalBarChartWithAxisDataPoint } from "@fluentui/react-charts";

/**
 * The chart library's components, fed the figures the pane worked out. This module is the charts
 * chunk: only ./LazyChart imports it, lazily.
 */

/** One bar of a bar chart: its label, length, colour, and what a click on it does. */
export interface BarSpec {
  label: string;
  /** Said in the bar's callout: the full label and the value in words. */
  callout: string;
  value: number;
  colour: string;
  onClick?: () => void;
}

const BAR_ROW = 30;
const AXES = 56;

/** Counts as horizontal bars, one a row, in the order given (the top first). */
export function GlanceBars({ bars, title }: { bars: BarSpec[]; title: string }) {
  return <HorizontalBars bars={bars} title={title} />;
}

/** Scores in percent as horizontal bars on a 0-100 scale. */
export function ScorecardBars({ bars, title }: { bars: BarSpec[]; title: string }) {
  return <HorizontalBars bars={bars} title={title} max={100} />;
}

function HorizontalBars({ bars, title, max }: { bars: BarSpec[]; title: string; max?: number }) {
  const data: HorizontalBarChartWithAxisDataPoint[] = bars.map((b) => ({
    x: b.value,
    y: b.label,
    color: b.colour,
    legend: b.label,
    yAxisCalloutData: b.callout,
    xAxisCalloutData: b.callout,
    ...(b.onClick ? { onClick: b.onClick } : {}),
  }));
  return (
    <HorizontalBarChartWithAxis
      chartTitle={title}
      data={data}
      height={bars.length * BAR_ROW + AXES}
      hideLegend
      showYAxisLables
      showYAxisLablesTooltip
      yAxisCategoryOrder="data"
      {...(max !== undefined ? { xMaxValue: max } : {})}
      roundCorners
    />
  );
}

/** One task on the timeline: its row label, first and last day, colour and legend entry. */
export interface TimelineSpec {
  label: string;
  start: Date;
  end: Date;
  colour: string;
  legend: string;
  callout: string;
}

/** Tasks across the plan period as a Gantt chart, one row a task, coloured by legend entry. */
export function TimelineChart({ items, title, culture, start, end }: { items: TimelineSpec[]; title: string; culture: string; start: Date; end: Date }) {
  const data: GanttChartDataPoint[] = items.map((i) => ({
    x: { start: i.start, end: i.end },
    y: i.label,
    color: i.colour,
    legend: i.legend,
    yAxisCalloutData: i.callout,
  }));
  return (
    <GanttChart
      chartTitle={title}
      data={data}
      culture={culture}
      height={items.length * 22 + 110}
      maxBarHeight={14}
      showYAxisLables
      showYAxisLablesTooltip
      xMinValue={start.getTime()}
      xMaxValue={end.getTime()}
      useUTC
      roundCorners
    />
  );
}
