/*
 * Task pane entry. Rendering waits for Office so the pane knows the user's display language;
 * on the shared-runtime page this runs next to the custom functions and ribbon commands.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langFromTag } from "../i18n/hosts/pane";
import { App } from "./App";

void Office.onReady(() => {
  const lang = langFromTag(Office.context?.displayLanguage);
  document.documentElement.lang = lang;
  const container = document.getElementById("container");
  if (!container) throw new Error('taskpane.html has no element with id "container"');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} />
    </FluentProvider>,
  );
});
