/** Types for scripts/validate-manifest.js (plain CommonJS so it runs without a build step). */
export interface ManifestError {
  /** Element path from the root, e.g. `OfficeApp/VersionOverrides/Resources/bt:ShortStrings/bt:String[@id='X']`. */
  path: string;
  /** Line of the element in the manifest. */
  line?: number;
  message: string;
}

export interface ValidateOptions {
  /** Folder that `/assets/...` icon URLs map to; icon files are checked only when given. */
  assetsDir?: string;
  /** Locales every human string must be translated into (default bg-BG, pl-PL, ru-RU, uk-UA). */
  locales?: string[];
  /** The custom functions namespace formulas use (default PLAN). */
  namespace?: string;
}

export function validateManifest(xmlText: string, options?: ValidateOptions): { errors: ManifestError[] };

export interface XmlElement {
  name: string;
  local: string;
  ns: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent: XmlElement | null;
}

export function parseXml(source: string): XmlElement;

export function pngSize(bytes: Buffer): { width: number; height: number } | null;
