import { requestCheck } from "./pane-bus";

/**
 * The "Check plan" ribbon command: shows the PlanCheck pane and asks it to check the plan.
 * The check runs in the pane, where its findings are shown and can be clicked; the command only
 * starts it, so it stays small and Excel gets its completion signal at once.
 */
export async function runCheckPlan(event: Office.AddinCommands.Event): Promise<void> {
  try {
    requestCheck();
    await Office.addin.showAsTaskpane();
  } catch (e) {
    // Excel has no place to show a command's error; the pane shows the check once it is opened.
    console.error("PlanCheck could not open its pane", e);
  } finally {
    event.completed();
  }
}
