/*
 * Ribbon commands. Loaded on the shared-runtime page next to the task pane and the custom
 * functions; Office.actions exists only once Office is ready, so the association waits for it.
 */
import { runCheckPlan } from "./check-plan";

Office.onReady(() => {
  Office.actions.associate("checkPlan", runCheckPlan);
});
