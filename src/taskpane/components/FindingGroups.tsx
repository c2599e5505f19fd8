import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Field,
  Link,
  Select,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Finding, Severity } from "../../engine/finding";
import type { PaneFinding } from "../service";
import { filterGroups, FIRST_SHOWN, groupFindings, sectionChoices, sharedFix, type FindingGroup } from "../state/group-findings";
import { filterFindings } from "../charts/glance-data";
import type { ChartSection } from "../charts/check-charts";
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
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  filter: { minWidth: 0, maxWidth: "100%" },
});

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const BADGE_COLORS: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

/**
 * Findings grouped by code, with counts; each finding is a button that selects its cell. Filters
 * by severity and, when the plan has section rows (`sections`) and its findings fall in more than
 * one, by section.
 */
export function FindingGroups({ findings, sections = [], onSelect }: { findings: PaneFinding[]; sections?: readonly ChartSection[]; onSelect: (f: Finding) => void }) {
  const text = usePaneText();
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const [severity, setSeverity] = useState<Severity | null>(null);
  const [section, setSection] = useState<string | null>(null);
  const parts = useMemo(() => sectionChoices(findings, sections, text.t("pane.check.filter.before-sections")), [findings, sections, text]);
  // A section that is no longer among the findings (a new check) filters nothing.
  const picked = section !== null && parts.some((p) => p.key === section) ? section : null;
  const inSection = useMemo(
    () => (picked === null ? findings : filterFindings(findings, { by: "section", key: picked, label: "" }, sections)),
    [findings, picked, sections],
  );
  const all = useMemo(() => groupFindings(inSection), [inSection]);
  const groups = useMemo(() => filterGroups(all, severity), [all, severity]);
  const present = SEVERITIES.filter((s) => findings.some((f) => f.severity === s));

  if (findings.length === 0) return <Text as="p">{text.t("pane.check.none")}</Text>;
  return (
    <section aria-label={text.t("pane.check.findings")}>
      {(present.length > 1 || parts.length > 1) && (
        <div className={styles.filters}>
          {present.length > 1 && (
            <Field label={text.t("pane.check.filter")} orientation="horizontal" className={styles.filter}>
              <Select value={severity ?? "all"} onChange={(_, d) => setSeverity(d.value === "all" ? null : (d.value as Severity))}>
                <option value="all">{text.t("pane.check.filter.all")}</option>
                {present.map((s) => (
                  <option key={s} value={s}>
                    {text.t(`pane.check.filter.${s}`)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {parts.length > 1 && (
            <Field label={text.t("pane.check.filter.section")} orientation="horizontal" className={styles.filter}>
              <Select value={picked ?? "all"} onChange={(_, d) => setSection(d.value === "all" ? null : d.value)}>
                <option value="all">{text.t("pane.check.filter.all-sections")}</option>
                {parts.map((p) => (
                  <option key={p.key} value={p.key}>
                    {text.t("pane.check.filter.section-count", { section: p.label, n: text.number(p.count) })}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </div>
      )}
      {groups.length === 0 && <Text as="p">{text.t("pane.check.filter.nothing")}</Text>}
      {/* The most serious group starts open: it is what the official fixes first. */}
      <Accordion key={`${severity ?? "all"}|${picked ?? "all"}`} multiple collapsible defaultOpenItems={groups[0] ? [groups[0].code] : []}>
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
              <GroupFindings group={g} onSelect={onSelect} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

/** A group's findings: its shared fix said once, the first few listed, the rest behind "Show all". */
function GroupFindings({ group, onSelect }: { group: FindingGroup; onSelect: (f: Finding) => void }) {
  const text = usePaneText();
  const styles = useStyles();
  const [expanded, setExpanded] = useState(false);
  const shared = sharedFix(group);
  const shown = expanded ? group.findings : group.findings.slice(0, FIRST_SHOWN);
  return (
    <>
      {shared && <Caption1 className={styles.fix}>{text.t("pane.check.fix", { fix: shared })}</Caption1>}
      <ul className={styles.list}>
        {shown.map((f, i) => (
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
            {f.fixText && !shared && <Caption1 className={styles.fix}>{text.t("pane.check.fix", { fix: f.fixText })}</Caption1>}
          </li>
        ))}
      </ul>
      {shown.length < group.findings.length && (
        <Button appearance="subtle" size="small" onClick={() => setExpanded(true)}>
          {text.t("pane.check.show-all", { n: text.number(group.findings.length) })}
        </Button>
      )}
    </>
  );
}
