import {
  Button,
  Caption1,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { CheckResult } from "../service";
import { correctedRoles, type PaneState } from "../state/pane-state";
import type { PaneActions } from "../state/use-plan-check";
import { FindingGroups } from "./FindingGroups";
import { filterFindings, type GlanceFilter } from "../charts/glance-data";
import { LazyFindingsAtAGlance, LazyTimeline } from "../charts/LazyChart";
import { usePaneText } from "./pane-text";
import { useVisuallyHidden } from "./styles";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Counts side by side while they fit; long labels (Предупреждения) wrap the row, never the word.
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  count: {
    flex: "1 1 auto",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  countValue: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  countLabel: { color: tokens.colorNeutralForeground3 },
  errors: { color: tokens.colorPaletteRedForeground1 },
  warnings: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Check before submission: one button, progress while it runs, then the summary and findings. */
export function CheckSection({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const text = usePaneText();
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const busy = state.busy !== null;
  const result = state.result;
  // A bar clicked in "Findings at a glance" filters the groups of that check only.
  const [picked, setPicked] = useState<{ of: CheckResult; filter: GlanceFilter } | null>(null);
  const filter = picked && picked.of === result ? picked.filter : null;
  const sections = result?.charts?.sections ?? [];

  return (
    <section aria-labelledby="pane-check-heading" className="pane-section">
      <Subtitle2 as="h2" id="pane-check-heading">
        {text.t("pane.check.heading")}
      </Subtitle2>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void actions.check("pane")} disabled={busy}>
          {text.t("pane.check.run")}
        </Button>
      </div>
      {/* Corrected roles count in the check at once; only "Make typed table" keeps them in the workbook. */}
      {Object.keys(correctedRoles(state)).length > 0 && <Caption1 role="note">{text.t("pane.check.roles-unsaved")}</Caption1>}
      {state.busy === "check" && state.progress && (
        <Field label={text.t("pane.check.progress")} validationMessage={text.t(`pane.check.phase.${state.progress.phase}`)} validationState="none">
          <ProgressBar value={state.progress.done} max={1} thickness="large" />
        </Field>
      )}
      {result && (
        <>
          <Summary result={result} from={state.checkedFrom} />
          {result.summary.tables > 0 && result.charts && (
            <LazyFindingsAtAGlance findings={result.findings} sections={sections} filter={filter} onFilter={(f) => setPicked(f && { of: result, filter: f })} />
          )}
          {result.summary.tables > 0 && (
            <FindingGroups findings={filterFindings(result.findings, filter, sections)} sections={sections} onSelect={(f) => void actions.selectFinding(f)} />
          )}
          <span className={hidden.root} role="status">
            {state.selectedCell ? text.t("pane.check.selected", { cell: state.selectedCell }) : ""}
          </span>
          <div className={styles.actions}>
            <Button onClick={() => void actions.writeReport()} disabled={busy}>
              {text.t("pane.check.write-report")}
            </Button>
            <Button onClick={() => void actions.clearMarks()} disabled={busy}>
              {text.t("pane.check.clear-marks")}
            </Button>
          </div>
          {result.charts && <LazyTimeline charts={result.charts} onWrite={() => void actions.writeTimeline()} busy={busy} />}
        </>
      )}
    </section>
  );
}

function Summary({ result, from }: { result: CheckResult; from: PaneState["checkedFrom"] }) {
  const text = usePaneText();
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  // A check started from the ribbon (or far down the pane) ends with its summary in sight.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [result]);
  const { summary } = result;
  // No table is no verdict: a sheet without a plan is neither ready nor full of errors.
  const verdict =
    summary.tables === 0
      ? { intent: "warning" as const, text: text.t("pane.check.no-table", { sheet: result.sheet }) }
      : summary.ready
        ? { intent: "success" as const, text: text.t("pane.check.ready") }
        : { intent: "error" as const, text: text.t("pane.check.not-ready") };
  const counts = [
    { key: "pane.check.errors", n: summary.errors, className: summary.errors > 0 ? styles.errors : undefined },
    { key: "pane.check.warnings", n: summary.warnings, className: summary.warnings > 0 ? styles.warnings : undefined },
    { key: "pane.check.infos", n: summary.infos, className: undefined },
  ];
  return (
    <div role="status" aria-live="polite" ref={ref}>
      <MessageBar intent={verdict.intent} layout="multiline">
        <MessageBarBody>{verdict.text}</MessageBarBody>
      </MessageBar>
      <dl className={styles.counts}>
        {counts.map((c) => (
          <div key={c.key} className={styles.count}>
            <dt className={styles.countLabel}>{text.t(c.key)}</dt>
            <dd className={mergeClasses(styles.countValue, c.className)} data-count={c.key.split(".").pop()}>
              {text.number(c.n)}
            </dd>
          </div>
        ))}
      </dl>
      <Text as="p" size={200}>
        {text.plural("pane.check.rows", summary.rows)} · {text.t("pane.check.checked-at", { time: text.time(result.checkedAt) })}
        {from === "ribbon" ? ` · ${text.t("pane.check.ribbon")}` : ""}
      </Text>
    </div>
  );
}
