import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Link,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { Finding, Severity } from "../../engine/finding";
import type { PaneFinding } from "../service";
import { groupFindings } from "../state/group-findings";
import { usePaneText } from "./pane-text";
import { useVisuallyHidden } from "./styles";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  title: { overflowWrap: "anywhere" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  link: { textAlign: "start", overflowWrap: "anywhere" },
  cell: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
  fix: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

const BADGE_COLORS: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

/** Findings grouped by code, with counts; each finding is a button that selects its cell. */
export function FindingGroups({ findings, onSelect }: { findings: PaneFinding[]; onSelect: (f: Finding) => void }) {
  const text = usePaneText();
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const groups = useMemo(() => groupFindings(findings), [findings]);

  if (groups.length === 0) return <Text as="p">{text.t("pane.check.none")}</Text>;
  return (
    <section aria-label={text.t("pane.check.findings")}>
      {/* The most serious group starts open: it is what the official fixes first. */}
      <Accordion multiple collapsible defaultOpenItems={[groups[0].code]}>
        {groups.map((g) => (
          <AccordionItem key={g.code} value={g.code} data-code={g.code}>
            <AccordionHeader>
              <span className={styles.header}>
                <Badge appearance="filled" shape="rounded" color={BADGE_COLORS[g.severity]} aria-hidden="true">
                  {text.number(g.findings.length)}
                </Badge>
                <span className={styles.title}>
                  {g.findings[0].title}
                  <span className={hidden.root}>
                    {" "}
                    ({text.t(`severity.${g.severity}`)}: {text.number(g.findings.length)})
                  </span>
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {g.findings.map((f, i) => (
                  <li key={`${f.sheet}!${f.cell}#${i}`} className={styles.item}>
                    <Link
                      as="button"
                      className={styles.link}
                      onClick={() => onSelect(f)}
                      aria-label={text.t("pane.check.go-to", { cell: f.cell, message: f.message })}
                      data-cell={f.cell}
                    >
                      <span className={styles.cell}>{f.cell}</span>
                      {f.message}
                    </Link>
                    {f.fixText && <Caption1 className={styles.fix}>{text.t("pane.check.fix", { fix: f.fixText })}</Caption1>}
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
