import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { PaneFinding } from "../service";
import { usePaneText } from "../components/pane-text";
import type { ChartSection } from "./check-charts";
import { SEVERITY_COLOURS } from "./chart-colours";
import { glanceData, type GlanceBar, type GlanceFilter } from "./glance-data";
import { GlanceBars } from "./chart-views";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: `${tokens.spacingVerticalS} 0` },
  filtered: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/**
 * Counts of the findings by kind and by section of the plan, as bars above the finding groups;
 * clicking a bar shows only its findings in the groups below.
 */
export function FindingsAtAGlance({
  findings,
  sections,
  filter,
  onFilter,
}: {
  findings: PaneFinding[];
  sections: ChartSection[];
  filter: GlanceFilter | null;
  onFilter: (filter: GlanceFilter | null) => void;
}) {
  const text = usePaneText();
  const styles = useStyles();
  const glance = useMemo(() => glanceData(findings, sections, text.t("charts.glance.no-section")), [findings, sections, text]);
  if (glance.byKind.length === 0) return null;
  const specs = (bars: GlanceBar[], by: GlanceFilter["by"]) => {
    return bars.map((b) => ({
      label: b.label,
      callout: text.t("charts.glance.bar", { label: b.label, n: text.number(b.count) }),
      value: b.count,
      colour: SEVERITY_COLOURS[b.severity],
      onClick: () => onFilter({ by, key: b.key, label: b.label }),
    }));
  };
  return (
    <section aria-labelledby="pane-glance-heading" className={styles.root} data-chart="glance">
      <Subtitle2 as="h3" id="pane-glance-heading">
        {text.t("charts.glance.heading")}
      </Subtitle2>
      <Caption1>{text.t("charts.glance.hint")}</Caption1>
              <GlanceBars title={text.t("charts.glance.by-kind")} bars={specs(glance.byKind, "kind")} />
        {glance.bySection.length > 1 && <GlanceBars title={text.t("charts.glance.by-section")} bars={specs(glance.bySection, "section")} />}
            {filter && (
        <div className={styles.filtered} role="status">
          <Caption1>{text.t("charts.glance.filtered", { label: filter.label })}</Caption1>
          <Button size="small" onClick={() => onFilter(null)}>
            {text.t("charts.glance.show-all")}
          </Button>
        </div>
      )}
    </section>
  );
}
