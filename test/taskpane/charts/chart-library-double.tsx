import type { GanttChartProps, HorizontalBarChartWithAxisProps } from "@fluentui/react-charts";

/**
 * What the chart library is handed, drawn as plain elements: jsdom has no layout for the library's
 * SVG (and jest cannot load its d3 modules), so the component tests see the bars and rows the pane
 * gives it, and click them as a user clicks a bar. Chromium draws the real charts in test/e2e.
 */
export function HorizontalBarChartWithAxis({ chartTitle, data }: HorizontalBarChartWithAxisProps) {
  return (
    <figure data-testid="bar-chart" aria-label={chartTitle}>
      {(data ?? []).map((d) => (
        <button key={String(d.y)} data-bar={String(d.y)} data-value={d.x} data-colour={d.color} title={d.xAxisCalloutData} onClick={d.onClick}>
          {String(d.y)}
        </button>
      ))}
    </figure>
  );
}

export function GanttChart({ chartTitle, data }: GanttChartProps) {
  return (
    <figure data-testid="gantt-chart" aria-label={chartTitle}>
      {(data ?? []).map((d) => (
        <span key={String(d.y)} data-row={String(d.y)} data-legend={d.legend} data-colour={d.color} data-start={new Date(d.x.start).toISOString().slice(0, 10)} title={d.yAxisCalloutData}>
          {String(d.y)}
        </span>
      ))}
    </figure>
  );
}
