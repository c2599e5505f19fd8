import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { PaneState } from "../state/pane-state";
import { isRange, type PaneActions } from "../state/use-plan-check";
import { usePaneText } from "./pane-text";

/**
 * Where PlanCheck found no plan table (or not the right one): the user selects the table's cells
 * in the sheet, or types their range, and the table is read there. Its columns' roles are then
 * set in the list below, and making it a typed table records the range with them.
 */

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function ManualRange({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const text = usePaneText();
  const styles = useStyles();
  const busy = state.busy !== null;
  const typed = state.manualRange.trim();
  const invalid = typed !== "" && !isRange(typed);

  return (
    <fieldset className={styles.box} data-testid="manual-range">
      <legend className={styles.legend}>
        <Text weight="semibold">{text.t("pane.table.manual.heading")}</Text>
      </legend>
      <Text as="p">{text.t("pane.table.manual.intro")}</Text>
      <Field
        label={text.t("pane.table.manual.range")}
        hint={text.t("pane.table.manual.range-hint")}
        validationState={invalid ? "error" : "none"}
        validationMessage={invalid ? text.t("pane.table.manual.invalid", { range: typed }) : undefined}
      >
        <Input value={state.manualRange} onChange={(_, data) => actions.setManualRange(data.value)} disabled={busy} />
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => void actions.useSelection()} disabled={busy}>
          {text.t("pane.table.manual.use-selection")}
        </Button>
        <Button appearance="primary" onClick={() => void actions.detectInRange()} disabled={busy || typed === "" || invalid}>
          {text.t("pane.table.manual.read")}
        </Button>
      </div>
    </fieldset>
  );
}
