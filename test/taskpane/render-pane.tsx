import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Lang } from "../../src/i18n";
import { App } from "../../src/taskpane/App";
import type { PlanCheckService } from "../../src/taskpane/service";

/** The pane as Excel shows it: inside Fluent's provider, in the given language, over a service (Excel's own when none). */
export function renderPane(service: PlanCheckService | undefined, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} service={service} />
    </FluentProvider>,
  );
}

/** Clicks a button and lets the service's promises settle. */
export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

export async function clickButton(name: string | RegExp): Promise<void> {
  await click(screen.getByRole("button", { name }));
}

/** Picks an option in a Fluent dropdown (a combobox with a listbox of options). */
export async function choose(combobox: HTMLElement, option: string): Promise<void> {
  await click(combobox);
  const listbox = await screen.findByRole("listbox");
  await click(within(listbox).getByRole("option", { name: option }));
}
