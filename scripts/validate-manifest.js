#!/usr/bin/env node
/**
 * Offline check of the add-in manifest, in two steps.
 *
 * office-addin-manifest's `validate` asks a Microsoft web service, which we cannot reach from
 * build machines. So first the manifest is validated against Microsoft's XML schemas, kept in
 * schemas/manifest/, with libxml2 (xmllint-wasm): element order, required elements, identifiers,
 * string lengths, enumerations. Then come the checks no schema can express: every resid resolving
 * to the right kind of resource, translations of every human string, URLs, icon files and their
 * pixel sizes, and the shared-runtime wiring (one long-lived page for the task pane, custom
 * functions and ribbon commands).
 *
 * Usage: node scripts/validate-manifest.js [manifest.xml] [--assets <dir>]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { SaxesParser } = require("saxes");
const { validateXML } = require("xmllint-wasm");

// ---------------------------------------------------------------- types (JSDoc)

/**
 * @typedef {{ name: string, local: string, ns: string, attrs: Record<string, string>,
 *   children: XmlElement[], text: string, line: number, parent: XmlElement | null }} XmlElement
 * @typedef {{ path: string, line?: number, message: string }} ManifestError
 */

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  xml: "http://www.w3.org/XML/1998/namespace",
};

/** Direct children of OfficeApp are in the manifest namespace, VersionOverrides in its own. */
function childNamespace(local) {
  return local === "VersionOverrides" ? NS.ov : NS.app;
}

const DEFAULT_LOCALES = ["bg-BG", "pl-PL", "ru-RU", "uk-UA"];
const ICON_SIZES = ["16", "20", "24", "32", "40", "48", "64", "80"];

/** Resource collections by element name, and the element name of their items. */
const RESOURCE_KINDS = {
  Images: { item: "Image", label: "bt:Image" },
  Urls: { item: "Url", label: "bt:Url" },
  ShortStrings: { item: "String", label: "bt:ShortString" },
  LongStrings: { item: "String", label: "bt:LongString" },
};

// ---------------------------------------------------------------- XML parsing

class XmlSyntaxError extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
}

/**
 * Reads the manifest into a tree with namespaces resolved and line numbers, using saxes (a
 * conforming, namespace-aware XML parser). A DOCTYPE is refused: a manifest never has one, and
 * entity expansion is a way in.
 * @returns {XmlElement}
 */
function parseXml(source) {
  const parser = new SaxesParser({ xmlns: true, position: true });
  /** @type {XmlElement | null} */
  let root = null;
  /** @type {XmlElement[]} */
  const stack = [];
  let startLine = 1;

  parser.on("doctype", () => {
    throw new XmlSyntaxError("DOCTYPE and other declarations are not allowed in a manifest", parser.line);
  });
  // "opentagstart" fires on the tag's name, so its line is where the element begins.
  parser.on("opentagstart", () => {
    startLine = parser.line;
  });
  parser.on("opentag", (tag) => {
    /** @type {Record<string, string>} */
    const attrs = {};
    /** @type {Record<string, string>} */
    const nsAttrs = {};
    for (const a of Object.values(tag.attributes)) {
      attrs[a.name] = a.value;
      if (a.uri) nsAttrs[`${a.uri} ${a.local}`] = a.value;
    }
    const parent = stack.length ? stack[stack.length - 1] : null;
    /** @type {XmlElement} */
    const el = { name: tag.name, local: tag.local, ns: tag.uri, attrs, nsAttrs, children: [], text: "", line: startLine, parent };
    if (parent) parent.children.push(el);
    else root = el;
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("error", (e) => {
    // saxes prefixes its messages with "line:column: "; the error keeps the line apart.
    throw new XmlSyntaxError(e.message.replace(/^\d+:\d+: /, "").replace(/\.$/, ""), parser.line);
  });

  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  parser.write(text).close();
  if (!root) throw new XmlSyntaxError("no root element", 1);
  return root;
}

// ---------------------------------------------------------------- schema validation

const SCHEMA_DIR = path.join(__dirname, "..", "schemas", "manifest");
const SCHEMA_ENTRY = "OfficeAppManifestV1_1.xsd";

/**
 * Validates the manifest against Microsoft's XML schemas for add-in manifests (kept in
 * schemas/manifest/) with libxml2, offline. Each error carries the line xmllint gives and the path
 * of the element that starts on that line.
 * @param {string} xmlText
 * @param {{ schemaDir?: string }} [options]
 * @returns {Promise<{ errors: ManifestError[] }>}
 */
async function validateManifestSchema(xmlText, options = {}) {
  const dir = options.schemaDir || SCHEMA_DIR;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xsd"));
  const read = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(dir, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xmlText }],
    schema: [read(SCHEMA_ENTRY)],
    preload: files.filter((f) => f !== SCHEMA_ENTRY).map(read),
  });
  if (result.valid) return { errors: [] };
  let root = null;
  try {
    root = parseXml(xmlText);
  } catch {
    // A document that does not parse has no element paths; the line is enough.
  }
  const errors = result.errors.map((e) => {
    const line = e.loc ? e.loc.lineNumber : undefined;
    const at = root && line !== undefined ? elementAtLine(root, line) : null;
    return { path: at ? pathOf(at) : "(document)", line, message: `schema: ${schemaMessage(e.message)}` };
  });
  return { errors };
}

/** xmllint names elements as {namespace}Local; the manifest's own prefixes read better. */
function schemaMessage(message) {
  const prefixes = { [NS.app]: "", [NS.bt]: "bt:", [NS.ov]: "", [NS.xsi]: "xsi:" };
  return message
    .replace(/^Schemas validity error : /, "")
    .replace(/\{([^}]*)\}/g, (whole, uri) => (Object.prototype.hasOwnProperty.call(prefixes, uri) ? prefixes[uri] : whole))
    .trim();
}

/** The last element that starts on a line (the innermost one when several do). */
function elementAtLine(root, line) {
  let found = null;
  walk(root, (el) => {
    if (el.line === line) found = el;
  });
  return found;
}

// ---------------------------------------------------------------- element helpers

function attrNs(el, nsUri, local) {
  return el.nsAttrs[`${nsUri} ${local}`];
}

/** The xsi:type of an element without its prefix (`VersionOverridesV1_0`, `Workbook`). */
function xsiType(el) {
  const t = attrNs(el, NS.xsi, "type");
  return t === undefined ? undefined : t.slice(t.indexOf(":") + 1);
}

function kids(el, local, ns) {
  return el ? el.children.filter((c) => c.local === local && (ns === undefined || c.ns === ns)) : [];
}

function kid(el, local, ns) {
  return kids(el, local, ns)[0];
}

/** A readable location: element names from the root, with ids or positions where names repeat. */
function pathOf(el) {
  const parts = [];
  for (let e = el; e; e = e.parent) {
    let part = e.name;
    if (e.attrs.id !== undefined) part += `[@id='${e.attrs.id}']`;
    else if (e.parent) {
      const same = e.parent.children.filter((c) => c.name === e.name);
      if (same.length > 1) part += `[${same.indexOf(e) + 1}]`;
    }
    parts.unshift(part);
  }
  return parts.join("/");
}

function walk(el, visit) {
  visit(el);
  for (const c of el.children) walk(c, visit);
}

// ---------------------------------------------------------------- value checks

const VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function urlProblem(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not an absolute URL`;
  }
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && url.hostname === "localhost") return null;
  return `"${value}" must use https (plain http is allowed only for localhost)`;
}

function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d) return d;
  }
  return 0;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// ---------------------------------------------------------------- the validation

/**
 * @param {string} xmlText
 * @param {{ assetsDir?: string, locales?: string[], namespace?: string }} [options]
 * @returns {{ errors: ManifestError[] }}
 */
function validateManifest(xmlText, options = {}) {
  const locales = options.locales || DEFAULT_LOCALES;
  const expectedNamespace = options.namespace === undefined ? "PLAN" : options.namespace;
  /** @type {ManifestError[]} */
  const errors = [];
  const report = (el, message, where) => errors.push({ path: where || pathOf(el), line: el.line, message });

  let root;
  try {
    root = parseXml(xmlText);
  } catch (e) {
    if (e instanceof XmlSyntaxError) return { errors: [{ path: "(document)", line: e.line, message: `not well-formed XML: ${e.message}` }] };
    throw e;
  }

  if (root.local !== "OfficeApp" || root.ns !== NS.app) {
    report(root, `the root element must be OfficeApp in namespace ${NS.app}`);
    return { errors };
  }
  if (xsiType(root) !== "TaskPaneApp") report(root, 'OfficeApp must have xsi:type="TaskPaneApp" (a task pane add-in)');

  // Element order, required elements, identifiers, lengths and enumerations are the schemas' to
  // check (validateManifestSchema); what follows is what they cannot say.
  const top = (name) => kid(root, name, childNamespace(name));

  const version = top("Version");
  if (version) {
    const v = version.text.trim();
    if (v.split(".").some((p) => Number(p) > 65535)) report(version, `Version "${v}" must be one to four numbers 0-65535 separated by dots`);
  }

  // Locale-aware settings of the add-in itself.
  const localeAware = (name, { human, url, image }) => {
    const el = top(name);
    if (!el) return;
    const overrides = kids(el, "Override", NS.app);
    const values = [[el, el.attrs.DefaultValue, "DefaultValue"], ...overrides.map((o) => [o, o.attrs.Value, "Value"])];
    for (const [owner, value, attr] of values) {
      if (value === undefined || value.trim() === "") {
        report(owner, `${name} needs a non-empty ${attr}`);
        continue;
      }
      if (url) {
        const problem = urlProblem(value);
        if (problem) report(owner, problem);
      }
      if (image) checkImage(owner, value, image, options.assetsDir, report);
    }
    checkOverrideLocales(el, overrides, human ? locales : [], name, report);
  };
  localeAware("DisplayName", { human: true });
  localeAware("Description", { human: true });
  localeAware("IconUrl", { url: true, image: "32" });
  localeAware("HighResolutionIconUrl", { url: true, image: "64" });
  localeAware("SupportUrl", { url: true });

  for (const domain of kids(top("AppDomains"), "AppDomain", NS.app)) {
    const problem = urlProblem(domain.text.trim());
    if (problem) report(domain, problem);
  }

  const hosts = top("Hosts");
  if (hosts && !kids(hosts, "Host", NS.app).some((h) => h.attrs.Name === "Workbook")) report(hosts, 'Hosts must include <Host Name="Workbook"/> (Excel)');

  const requirements = top("Requirements");
  if (requirements) {
    const sets = kid(requirements, "Sets", NS.app);
    const shared = kids(sets, "Set", NS.app).find((s) => s.attrs.Name === "SharedRuntime");
    if (!shared) report(sets || requirements, 'the SharedRuntime requirement is missing: add <Set Name="SharedRuntime" MinVersion="1.1"/>');
    else {
      const min = shared.attrs.MinVersion || (sets && sets.attrs.DefaultMinVersion) || "";
      if (!VERSION.test(min) || compareVersions(min, "1.1") < 0) report(shared, `SharedRuntime needs MinVersion 1.1 or later, not "${min}"`);
    }
  }

  const defaults = top("DefaultSettings");
  if (defaults) {
    const source = kid(defaults, "SourceLocation", NS.app);
    if (!source) report(defaults, "DefaultSettings needs a <SourceLocation> for the task pane page");
    else {
      const problem = urlProblem(source.attrs.DefaultValue || "");
      if (problem) report(source, problem);
    }
  }

  const overrides = top("VersionOverrides");
  if (overrides) checkVersionOverrides(overrides, { locales, expectedNamespace, assetsDir: options.assetsDir, report });

  errors.sort((a, b) => (a.line || 0) - (b.line || 0));
  return { errors };
}

function checkOverrideLocales(owner, overrides, required, what, report) {
  const seen = new Set();
  for (const o of overrides) {
    const loc = o.attrs.Locale || "";
    if (!LOCALE.test(loc)) report(o, `Override Locale "${loc}" is not a locale tag such as bg-BG`);
    else if (seen.has(loc.toLowerCase())) report(o, `${what} has two overrides for ${loc}`);
    seen.add(loc.toLowerCase());
  }
  const missing = required.filter((l) => !seen.has(l.toLowerCase()));
  if (missing.length) report(owner, `${what} has no translation for ${missing.join(", ")}`);
}

/** An icon URL under /assets/ must name a PNG there of the size the manifest declares. */
function checkImage(owner, url, size, assetsDir, report, usedAt = "here") {
  if (!assetsDir) return;
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return; // the URL check reports it
  }
  if (!pathname.startsWith("/assets/")) return;
  const rel = pathname.slice("/assets/".length);
  const file = path.join(assetsDir, ...rel.split("/"));
  if (!fs.existsSync(file)) {
    report(owner, `icon file assets/${rel} does not exist`);
    return;
  }
  const dims = pngSize(fs.readFileSync(file));
  if (!dims) report(owner, `icon file assets/${rel} is not a PNG image`);
  else if (String(dims.width) !== size || String(dims.height) !== size) {
    report(owner, `icon file assets/${rel} is ${dims.width}x${dims.height} pixels; ${size}x${size} is expected ${usedAt}`);
  }
}

/** Where a resid points: the resource kind an element of this name needs. */
function expectedKind(el) {
  switch (el.local) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "LearnMoreUrl":
    case "Runtime":
    case "FunctionFile":
    case "Url":
      return "Urls";
    case "Label":
    case "Title":
    case "Namespace":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      return null;
  }
}

function checkVersionOverrides(vo, ctx) {
  const { report, locales, expectedNamespace } = ctx;
  const ov = vo.ns;

  // Resources: collect every id with its kind.
  const resources = kid(vo, "Resources", ov);
  /** @type {Map<string, { kind: string, el: XmlElement }>} */
  const byId = new Map();
  if (!resources) report(vo, "VersionOverrides has no <Resources>");
  else {
    for (const group of resources.children) {
      const kind = RESOURCE_KINDS[group.local];
      if (!kind || group.ns !== NS.bt) {
        report(group, `unexpected element <${group.name}> in Resources`);
        continue;
      }
      for (const item of group.children) {
        const rid = item.attrs.id;
        if (item.local !== kind.item || item.ns !== NS.bt) {
          report(item, `<${group.name}> may hold only <bt:${kind.item}> items`);
          continue;
        }
        if (!rid) report(item, `a ${kind.label} has no id`);
        else if (byId.has(rid)) report(item, `resource id "${rid}" is defined twice (first on line ${byId.get(rid).el.line})`);
        else byId.set(rid, { kind: group.local, el: item });
      }
    }
  }

  // Every resid used under Hosts resolves to a resource of the right kind.
  /** @type {Map<string, Set<string>>} how each resource is used (element names) */
  const usage = new Map();
  const imageSizes = new Map();
  const hosts = kid(vo, "Hosts", ov);
  if (!hosts) report(vo, "VersionOverrides has no <Hosts>");
  else {
    walk(hosts, (el) => {
      const rid = el.attrs.resid;
      if (rid === undefined) return;
      const found = byId.get(rid);
      const want = expectedKind(el);
      if (!found) {
        report(el, `resid "${rid}" is not defined in Resources${want ? ` (expected a ${RESOURCE_KINDS[want].label})` : ""}`);
        return;
      }
      if (want && found.kind !== want) report(el, `resid "${rid}" must be a ${RESOURCE_KINDS[want].label} but is a ${RESOURCE_KINDS[found.kind].label}`);
      if (!usage.has(rid)) usage.set(rid, new Set());
      usage.get(rid).add(el.local);
      if (el.local === "Image") {
        const size = el.attrs.size || "";
        if (!ICON_SIZES.includes(size)) report(el, `icon size "${size}" must be one of ${ICON_SIZES.join(", ")}`);
        else {
          if (!imageSizes.has(rid)) imageSizes.set(rid, new Map());
          imageSizes.get(rid).set(size, el);
        }
      }
    });
  }

  // Resource values: lengths, URLs, icons, translations of human strings.
  for (const [rid, { kind, el }] of byId) {
    const overrides = kids(el, "Override", NS.bt);
    const values = [[el, el.attrs.DefaultValue, "DefaultValue"], ...overrides.map((o) => [o, o.attrs.Value, "Value"])];
    const uses = usage.get(rid) || new Set();
    for (const [owner, value, attr] of values) {
      if (value === undefined || value === "") {
        report(owner, `resource "${rid}" needs a non-empty ${attr}`);
        continue;
      }
      if (kind === "Urls" || kind === "Images") {
        const problem = urlProblem(value);
        if (problem) report(owner, problem);
      }
      if (kind === "Images") {
        for (const [size, use] of imageSizes.get(rid) || new Map()) checkImage(owner, value, size, ctx.assetsDir, report, `by the size="${size}" icon on line ${use.line}`);
      }
    }
    // A namespace is part of formulas and stays the same in every language; other strings are read by people.
    const human = (kind === "ShortStrings" || kind === "LongStrings") && !(uses.size === 1 && uses.has("Namespace"));
    checkOverrideLocales(el, overrides, human ? locales : [], `resource "${rid}"`, report);
  }

  const host = hosts && kids(hosts, "Host", ov).find((h) => xsiType(h) === "Workbook");
  if (hosts && !host) {
    report(hosts, 'VersionOverrides needs a <Host xsi:type="Workbook">');
    return;
  }
  if (!host) return;

  // Shared runtime: exactly one long-lived runtime page.
  const runtimeEls = kids(kid(host, "Runtimes", ov), "Runtime", ov);
  let runtimeId = null;
  if (runtimeEls.length === 0) report(host, 'the shared runtime is missing: add <Runtimes><Runtime resid="..." lifetime="long"/></Runtimes>');
  else if (runtimeEls.length > 1) report(runtimeEls[1], "there must be exactly one <Runtime>: task pane, custom functions and commands share one page");
  if (runtimeEls.length) {
    const rt = runtimeEls[0];
    runtimeId = rt.attrs.resid || null;
    if (rt.attrs.lifetime !== "long") report(rt, 'the Runtime must have lifetime="long" so the task pane, functions and commands share it');
  }
  const samePage = (el, what) => {
    if (el && runtimeId && el.attrs.resid !== runtimeId) report(el, `${what} must use the runtime page "${runtimeId}", not "${el.attrs.resid || ""}"`);
  };

  // Custom functions with the PLAN namespace.
  const allFactors = kid(host, "AllFormFactors", ov);
  const cf = kids(allFactors, "ExtensionPoint", ov).find((e) => xsiType(e) === "CustomFunctions");
  if (!cf) report(allFactors || host, 'custom functions are missing: add <ExtensionPoint xsi:type="CustomFunctions"> under AllFormFactors');
  else {
    const need = (parentName, what) => {
      const parent = kid(cf, parentName, ov);
      const src = kid(parent, "SourceLocation", ov);
      if (!src) report(parent || cf, `CustomFunctions needs <${parentName}><SourceLocation resid="..."/></${parentName}> (${what})`);
      return src;
    };
    need("Script", "the functions script");
    samePage(need("Page", "the runtime page"), "the custom functions page");
    const metadata = need("Metadata", "functions.json");
    const metaRes = metadata && byId.get(metadata.attrs.resid);
    if (metaRes) checkOverrideLocales(metaRes.el, kids(metaRes.el, "Override", NS.bt), locales, `functions metadata "${metadata.attrs.resid}"`, report);
    const ns = kid(cf, "Namespace", ov);
    if (!ns) report(cf, "CustomFunctions needs a <Namespace resid=\"...\"/>");
    else {
      const nsRes = byId.get(ns.attrs.resid);
      const value = nsRes ? nsRes.el.attrs.DefaultValue : undefined;
      if (nsRes && value !== expectedNamespace) report(ns, `the custom functions namespace is "${value}"; formulas use ${expectedNamespace}.`);
    }
  }

  // Ribbon commands run in the same page.
  const desktop = kid(host, "DesktopFormFactor", ov);
  if (desktop) {
    samePage(kid(desktop, "FunctionFile", ov), "FunctionFile");
    const controlIds = new Map();
    walk(desktop, (el) => {
      if (el.local === "Control" || el.local === "Group") {
        const cid = el.attrs.id;
        if (!cid) report(el, `<${el.local}> needs an id`);
        else if (controlIds.has(cid)) report(el, `id "${cid}" is used twice (first on line ${controlIds.get(cid)})`);
        else controlIds.set(cid, el.line);
      }
      if (el.local === "Action") {
        const action = xsiType(el);
        if (action === "ShowTaskpane") {
          samePage(kid(el, "SourceLocation", ov), "the task pane button");
          // A TaskpaneId names a task pane container of its own; with a shared runtime the pane is
          // the runtime's page, so the button names none.
          const paneId = kid(el, "TaskpaneId", ov);
          if (paneId && runtimeId) report(paneId, "with a shared runtime the task pane button must not carry a <TaskpaneId>: the pane is the runtime's page");
        }
        if (action === "ExecuteFunction" && !(kid(el, "FunctionName", ov) || { text: "" }).text.trim()) report(el, "an ExecuteFunction action needs a <FunctionName>");
      }
    });
  }
}

module.exports = { validateManifest, validateManifestSchema, parseXml, pngSize };

async function main(args) {
  const assetsAt = args.indexOf("--assets");
  const assetsArg = assetsAt >= 0 ? args.splice(assetsAt, 2)[1] : undefined;
  const file = path.resolve(args[0] || "manifest.xml");
  const assetsDir = path.resolve(assetsArg || path.join(path.dirname(file), "assets"));
  const shown = path.relative(process.cwd(), file) || file;
  let xml;
  try {
    xml = fs.readFileSync(file, "utf8");
  } catch (e) {
    console.error(`${shown}: cannot read (${e.code || e.message})`);
    return 2;
  }
  const own = validateManifest(xml, { assetsDir });
  // A file that is not well-formed XML has nothing for the schemas to read.
  const wellFormed = !own.errors.some((e) => e.path === "(document)");
  // The schemas' verdict comes first: it says whether Office loads the file at all.
  const schema = wellFormed ? await validateManifestSchema(xml) : { errors: [] };
  const errors = [...schema.errors, ...own.errors];
  for (const e of errors) console.error(`${shown}:${e.line || 0}  ${e.path}\n    ${e.message}`);
  if (errors.length) {
    console.error(`${shown}: ${errors.length} problem${errors.length === 1 ? "" : "s"}`);
    return 1;
  }
  console.log(`${shown}: valid (checked offline: Office manifest schemas, then resources, translations, URLs, icons, shared runtime)`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(2);
    },
  );
}
