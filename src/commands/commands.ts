/*
 * Ribbon commands. Loaded on the shared-runtime page next to the task pane and the custom
 * functions; Office.actions exists only once Office is ready, so the association waits for it.
 */
import { runCheckPlan } from "./check-plan";

// runCheckPlan settles every path itself (event.completed in finally), so nothing awaits it here.
void Office.onReady(() => {
  Office.actions.associate("checkPlan", (event: Office.AddinCommands.Event) => void runCheckPlan(event));
});
