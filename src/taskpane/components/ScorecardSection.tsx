import { Button, Subtitle2, Text } from "@fluentui/react-components";
import type { PaneState } from "../state/pane-state";
import type { PaneActions } from "../state/use-plan-check";
import { usePaneText } from "./pane-text";

/** Scorecard: one click writes a sheet of portable formulas (standard functions only) that roll the indicators up. */
export function ScorecardSection({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const text = usePaneText();
  return (
    <section aria-labelledby="pane-scorecard-heading" className="pane-section">
      <Subtitle2 as="h2" id="pane-scorecard-heading">
        {text.t("pane.scorecard.heading")}
      </Subtitle2>
      <Text as="p">{text.t("pane.scorecard.intro-portable")}</Text>
      <div>
        <Button onClick={() => void actions.writeScorecard()} disabled={state.busy !== null}>
          {text.t("pane.scorecard.write")}
        </Button>
      </div>
    </section>
  );
}
