/**
 * The preview's host shim: the little of the `Office` global the task pane's page reads outside
 * Excel — `Office.context.displayLanguage` (which the language picker sets) and `Office.onReady`.
 * Workbook calls do not go through it: the preview hands the pane the in-memory Excel host.
 * office.js itself is never loaded here, so the page makes no request beyond its own files.
 */

export interface OfficeShim {
  context: { displayLanguage: string };
  HostType: { Excel: "Excel" };
  PlatformType: { OfficeOnline: "OfficeOnline" };
  onReady(callback?: (info: { host: "Excel"; platform: "OfficeOnline" }) => void): Promise<{ host: "Excel"; platform: "OfficeOnline" }>;
}

export function installOfficeShim(displayLanguage: string): OfficeShim {
  const info = { host: "Excel", platform: "OfficeOnline" } as const;
  const shim: OfficeShim = {
    context: { displayLanguage },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: (callback) => {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
  (globalThis as unknown as { Office: OfficeShim }).Office = shim;
  return shim;
}

/** The shim's display language, as the pane reads it. */
export function displayLanguage(): string {
  return (globalThis as unknown as { Office?: OfficeShim }).Office?.context.displayLanguage ?? "en-GB";
}

export function setDisplayLanguage(tag: string): void {
  const office = (globalThis as unknown as { Office?: OfficeShim }).Office;
  if (office) office.context.displayLanguage = tag;
}
