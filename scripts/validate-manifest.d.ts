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

/** PlanCheck's own checks: what Microsoft's schemas cannot express (resources, translations, URLs, icons, shared runtime). */
export function validateManifest(xmlText: string, options?: ValidateOptions): { errors: ManifestError[] };

/** Validation against Microsoft's manifest schemas in schemas/manifest/ (libxml2, offline); messages start with "schema: ". */
export function validateManifestSchema(xmlText: string, options?: { schemaDir?: string }): Promise<{ errors: ManifestError[] }>;

export interface XmlElement {
  name: string;
  local: string;
  ns: string;
  /** Attributes by their qualified name as written (`xsi:type`). */
  attrs: Record<string, string>;
  /** Namespaced attributes by `"<namespace URI> <local name>"`. */
  nsAttrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent: XmlElement | null;
}

export function parseXml(source: string): XmlElement;

export function pngSize(bytes: Buffer): { width: number; height: number } | null;
