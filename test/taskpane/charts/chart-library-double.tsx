import type { HorizontalBarChartProps } from "@fluentui/react-charts";

/**
 * What the chart library is handed, drawn as plain elements: jsdom has no layout for the library's
 * SVG (and jest cannot load its d3 modules), so the component tests see the bars and rows the pane
 * gives it, and click them as a user clicks a bar. Chromium draws the real charts in test/e2e.
 */
export enum HorizontalBarChartVariant {
  PartToWhole = "part-to-whole",
  AbsoluteScale = "absolute-scale",
}

export function HorizontalBarChart({ data }: HorizontalBarChartProps) {
  return (
    <figure data-testid="bar-chart">
      {(data ?? []).map((row) => {
        const point = row.chartData?.[0];
        return (
          <button
            key={row.chartTitle}
            data-bar={row.chartTitle}
            data-value={point?.horizontalBarChartdata?.x}
            data-colour={point?.color}
            title={point?.xAxisCalloutData}
            onClick={point?.onClick}
          >
            {row.chartTitle}
          </button>
        );
      })}
    </figure>
  );
}
