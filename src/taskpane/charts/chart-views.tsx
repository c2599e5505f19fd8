import { HorizontalBarChart, HorizontalBarChartVariant, type ChartProps } from "@fluentui/react-charts";

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

/**
 * Counts as bars, one under the other in the order given, each with its label above it: the
 * pane is narrow, and a label beside its bar would be cut to a few letters.
 */
export function GlanceBars({ bars, title }: { bars: BarSpec[]; title: string }) {
  return <LabelledBars bars={bars} title={title} caption variant={HorizontalBarChartVariant.AbsoluteScale} />;
}

/** Scores in percent as bars filled up to their score out of 100. */
export function ScorecardBars({ bars, title }: { bars: BarSpec[]; title: string }) {
  return <LabelledBars bars={bars} title={title} total={100} variant={HorizontalBarChartVariant.PartToWhole} />;
}

function LabelledBars({ bars, title, caption, total, variant }: { bars: BarSpec[]; title: string; caption?: boolean; total?: number; variant: HorizontalBarChartVariant }) {
  const data: ChartProps[] = bars.map((b) => ({
    chartTitle: b.label,
    chartData: [
      {
        legend: b.label,
        horizontalBarChartdata: { x: b.value, total: total ?? Math.max(1, ...bars.map((x) => x.value)) },
        color: b.colour,
        xAxisCalloutData: b.callout,
        ...(b.onClick ? { onClick: b.onClick } : {}),
      },
    ],
  }));
  return (
    <figure aria-label={title} style={{ margin: 0 }}>
      {caption && <figcaption style={{ fontWeight: 600, margin: "4px 0" }}>{title}</figcaption>}
      <HorizontalBarChart data={data} variant={variant} barHeight={12} {...(total !== undefined ? { chartDataMode: "percentage" as const } : {})} />
    </figure>
  );
}
