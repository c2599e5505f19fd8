import type { Params } from "../i18n/hosts/pane";

/**
 * A failure the pane can explain in the user's language: a catalog key with its parameters,
 * such as the adapter's refusal to overlap another table, with the sheet and cell it is about.
 * Its own module, so the pane's first load has it without the service behind it.
 */
export class PaneError extends Error {
  readonly key: string;
  readonly params: Params;

  constructor(key: string, params: Params = {}, detail?: string) {
    super(detail ?? key);
    this.name = "PaneError";
    this.key = key;
    this.params = params;
  }
}
