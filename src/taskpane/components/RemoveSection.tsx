import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";
import type { PaneState } from "../state/pane-state";
import type { PaneActions } from "../state/use-plan-check";
import { usePaneText } from "./pane-text";

/** Undo everything PlanCheck added, after the user confirms; values are never touched. */
export function RemoveSection({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const text = usePaneText();
  return (
    <section className="pane-section">
      <Dialog>
        <DialogTrigger disableButtonEnhancement>
          <Button appearance="subtle" disabled={state.busy !== null}>
            {text.t("pane.remove.button")}
          </Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{text.t("pane.remove.button")}</DialogTitle>
            <DialogContent>{text.t("pane.remove.question")}</DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="primary" onClick={() => void actions.remove()}>
                  {text.t("pane.remove.confirm")}
                </Button>
              </DialogTrigger>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{text.t("pane.remove.cancel")}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
