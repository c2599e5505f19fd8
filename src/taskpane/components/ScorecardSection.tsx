import { useState } from "react";
import { Button, Subtitle2, Switch, Text } from "@fluentui/react-components";
import type { PaneState } from "../state/pane-state";
import type { PaneActions } from "../state/use-plan-check";
import { usePaneText } from "./pane-text";

/**
 * Scorecard: one click writes a sheet of portable formulas (standard functions only) that roll the
 * indicators up; the user may choose the shorter, live PLAN.* formulas instead, told that they
 * need the add-in wherever the workbook is opened.
 */
export function ScorecardSection({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const text = usePaneText();
  const [planForm, setPlanForm] = useState(false);
  return (
    <section aria-labelledby="pane-scorecard-heading" className="pane-section">
      <Subtitle2 as="h2" id="pane-scorecard-heading">
        {text.t("pane.scorecard.heading")}
      </Subtitle2>
      <Text as="p">{text.t("pane.scorecard.intro-portable")}</Text>
      <Switch checked={planForm} onChange={(_, data) => setPlanForm(data.checked)} label={text.t("pane.scorecard.plan-form")} />
      {planForm && (
        <Text as="p" role="note">
          {text.t("pane.scorecard.plan-form-note")}
        </Text>
      )}
      <div>
        <Button onClick={() => void (planForm ? actions.writeScorecard("plan") : actions.writeScorecard())} disabled={state.busy !== null}>
          {text.t("pane.scorecard.write")}
        </Button>
      </div>
    </section>
  );
}
