import { useEffect, useState } from "react";
import { Button, Subtitle2, Switch, Text } from "@fluentui/react-components";
import type { PaneState } from "../state/pane-state";
import type { PlanFormulaCount } from "../../excel/make-portable";
import type { PaneActions } from "../state/use-plan-check";
import { usePaneText } from "./pane-text";
import { LazyScorecardView } from "../charts/LazyChart";

/**
 * Scorecard: one click writes a sheet of portable formulas (standard functions only) that roll the
 * indicators up; the user may choose the shorter, live PLAN.* formulas instead, told that they
 * need the add-in wherever the workbook is opened. A workbook that already holds PLAN formulas is
 * offered to be made portable (standard formulas in their place, reversibly).
 */
export function ScorecardSection({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const text = usePaneText();
  const [planForm, setPlanForm] = useState(false);
  const [found, setFound] = useState<PlanFormulaCount | null>(null);
  const idle = state.busy === null;
  // Counted again after every action, so the offer follows what the workbook holds now.
  useEffect(() => {
    if (!idle) return;
    let current = true;
    void actions.planFormulas().then((count) => current && setFound(count));
    return () => {
      current = false;
    };
  }, [idle, actions]);
  return (
    <section aria-labelledby="pane-scorecard-heading" className="pane-section">
      <Subtitle2 as="h2" id="pane-scorecard-heading">
        {text.t("pane.scorecard.heading")}
      </Subtitle2>
      {state.result?.charts?.scorecard && <LazyScorecardView card={state.result.charts.scorecard} />}
      <Text as="p">{text.t("pane.scorecard.intro-portable")}</Text>
      <Switch checked={planForm} onChange={(_, data) => setPlanForm(data.checked)} label={text.t("pane.scorecard.plan-form")} />
      {planForm && (
        <Text as="p" role="note">
          {text.t("pane.scorecard.plan-form-note")}
        </Text>
      )}
      <div>
        <Button onClick={() => void (planForm ? actions.writeScorecard("plan") : actions.writeScorecard())} disabled={!idle}>
          {text.t("pane.scorecard.write")}
        </Button>
      </div>
      {found !== null && found.plan > 0 && (
        <div>
          <Text as="p">{text.t("pane.portable.offer", { count: found.plan })}</Text>
          <Button onClick={() => void actions.makePortable()} disabled={!idle}>
            {text.t("pane.portable.make")}
          </Button>
        </div>
      )}
      {found !== null && found.portable > 0 && (
        <div>
          <Button appearance="subtle" onClick={() => void actions.restorePlanFormulas()} disabled={!idle}>
            {text.t("pane.portable.restore")}
          </Button>
        </div>
      )}
    </section>
  );
}
