/*
 * The browser preview: the PlanCheck task pane over the in-memory Excel host, without Excel.
 * `npm start` serves it at /preview.html. The `?lang=` parameter (bg-BG, pl-PL, ...) sets the
 * display language the pane starts with; the page's picker changes it afterwards.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { installOfficeShim } from "./office-shim";
import { Preview } from "./Preview";

// The pane's charts come in a chunk of their own, which Excel loads when a check first draws them.
// The page fetches it while it loads instead: once loaded, it makes no request at all.
void import(/* webpackChunkName: "charts" */ "../taskpane/charts/panels");

const requested = new URLSearchParams(window.location.search).get("lang");
const office = installOfficeShim(requested ?? navigator.language ?? "en-GB");

void office.onReady(() => {
  // The page is the preview and nothing else: no margin around it, no scrolling of its own.
  document.body.style.margin = "0";
  const container = document.getElementById("preview");
  if (!container) throw new Error('preview.html has no element with id "preview"');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Preview initialLanguage={office.context.displayLanguage} />
    </FluentProvider>,
  );
});
