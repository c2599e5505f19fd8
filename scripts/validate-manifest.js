#!/usr/bin/env node
/**
 * Offline structural check of the add-in manifest.
 *
 * office-addin-manifest's `validate` asks a Microsoft web service, which we cannot reach from
 * build machines, so this checks what matters for PlanCheck without a network: element order,
 * identifiers, every resid resolving to the right kind of resource, translations of every human
 * string, string lengths, URLs, icon files and their pixel sizes, and the shared-runtime wiring
 * (one long-lived page for the task pane, custom functions and ribbon commands).
 *
 * Usage: node scripts/validate-manifest.js [manifest.xml] [--assets <dir>]
 */
"use strict";

const fs = require("fs");
const path = require("path");

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

/** Children of a TaskPaneApp OfficeApp in schema order; `required` marks what PlanCheck needs. */
const OFFICE_APP_CHILDREN = [
  ["Id", true],
  ["AlternateId", false],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", true],
  ["HighResolutionIconUrl", true],
  ["SupportUrl", true],
  ["AppDomains", false],
  ["Hosts", true],
  ["Requirements", true],
  ["DefaultSettings", true],
  ["Permissions", true],
  ["Dictionary", false],
  ["VersionOverrides", true],
  ["ExtendedOverrides", false],
];

/** VersionOverrides lives in its own namespace; everything else directly under OfficeApp in the app one. */
function childNamespace(local) {
  return local === "VersionOverrides" ? NS.ov : NS.app;
}

const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const DEFAULT_LOCALES = ["bg-BG", "pl-PL", "ru-RU", "uk-UA"];
const SHORT_MAX = 125;
const LONG_MAX = 250;
const RESID_MAX = 32;
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

const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function isNameChar(ch) {
  return !(ch === "" || ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "/" || ch === ">" || ch === "=" || ch === "<" || ch === '"' || ch === "'");
}

function isSpace(ch) {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r";
}

/**
 * A small non-validating XML reader: elements, attributes, text, comments, CDATA and processing
 * instructions, with line numbers. DOCTYPE declarations are refused (a manifest never has one,
 * and entity expansion is a way in).
 * @returns {XmlElement}
 */
function parseXml(source) {
  let pos = 0;
  let line = 1;
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;

  const peek = (s) => text.startsWith(s, pos);
  const advance = (n) => {
    for (let i = 0; i < n; i++) if (text[pos + i] === "\n") line++;
    pos += n;
  };
  const fail = (message) => {
    throw new XmlSyntaxError(message, line);
  };
  const skipUntil = (end, what) => {
    const at = text.indexOf(end, pos);
    if (at < 0) fail(`unterminated ${what}`);
    const body = text.slice(pos, at);
    advance(at - pos + end.length);
    return body;
  };
  const skipSpace = () => {
    while (pos < text.length && isSpace(text[pos])) advance(1);
  };
  const readName = () => {
    const start = pos;
    while (pos < text.length && isNameChar(text[pos])) pos++;
    if (pos === start) fail(`expected a name at "${text.slice(start, start + 10)}"`);
    return text.slice(start, pos);
  };
  const decode = (raw) => {
    let out = "";
    let i = 0;
    while (i < raw.length) {
      const amp = raw.indexOf("&", i);
      if (amp < 0) {
        out += raw.slice(i);
        break;
      }
      out += raw.slice(i, amp);
      const semi = raw.indexOf(";", amp);
      if (semi < 0) fail("unterminated character reference");
      const ref = raw.slice(amp + 1, semi);
      if (ref.startsWith("#x") || ref.startsWith("#X")) out += String.fromCodePoint(parseInt(ref.slice(2), 16));
      else if (ref.startsWith("#")) out += String.fromCodePoint(parseInt(ref.slice(1), 10));
      else if (Object.prototype.hasOwnProperty.call(ENTITIES, ref)) out += ENTITIES[ref];
      else fail(`unknown entity &${ref};`);
      i = semi + 1;
    }
    return out;
  };

  /** @type {XmlElement | null} */
  let root = null;
  /** @type {XmlElement[]} */
  const stack = [];

  while (pos < text.length) {
    if (peek("<?")) {
      advance(2);
      skipUntil("?>", "processing instruction");
    } else if (peek("<!--")) {
      advance(4);
      skipUntil("-->", "comment");
    } else if (peek("<![CDATA[")) {
      advance(9);
      const body = skipUntil("]]>", "CDATA section");
      if (!stack.length) fail("text outside the root element");
      stack[stack.length - 1].text += body;
    } else if (peek("<!")) {
      fail("DOCTYPE and other declarations are not allowed in a manifest");
    } else if (peek("</")) {
      advance(2);
      const name = readName();
      skipSpace();
      if (text[pos] !== ">") fail(`expected ">" to close </${name}`);
      advance(1);
      const open = stack.pop();
      if (!open) fail(`closing tag </${name}> without an opening tag`);
      if (open.name !== name) fail(`</${name}> closes <${open.name}> opened on line ${open.line}`);
    } else if (peek("<")) {
      advance(1);
      const startLine = line;
      const name = readName();
      /** @type {Record<string, string>} */
      const attrs = {};
      for (;;) {
        skipSpace();
        if (peek("/>") || peek(">")) break;
        if (pos >= text.length) fail(`unterminated tag <${name}>`);
        const attr = readName();
        skipSpace();
        if (text[pos] !== "=") fail(`attribute ${attr} of <${name}> has no value`);
        advance(1);
        skipSpace();
        const quote = text[pos];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attr} of <${name}> must be quoted`);
        advance(1);
        const raw = skipUntil(quote, `attribute ${attr}`);
        if (raw.includes("<")) fail(`attribute ${attr} of <${name}> contains "<"`);
        if (Object.prototype.hasOwnProperty.call(attrs, attr)) fail(`attribute ${attr} appears twice on <${name}>`);
        attrs[attr] = decode(raw);
      }
      const parent = stack.length ? stack[stack.length - 1] : null;
      /** @type {XmlElement} */
      const el = { name, local: name, ns: "", attrs, children: [], text: "", line: startLine, parent };
      if (parent) parent.children.push(el);
      else if (root) fail(`second root element <${name}>`);
      else root = el;
      if (peek("/>")) advance(2);
      else {
        advance(1);
        stack.push(el);
      }
    } else {
      const next = text.indexOf("<", pos);
      const end = next < 0 ? text.length : next;
      const raw = text.slice(pos, end);
      if (stack.length) stack[stack.length - 1].text += decode(raw);
      else if (raw.trim()) fail("text outside the root element");
      advance(end - pos);
    }
  }
  if (stack.length) throw new XmlSyntaxError(`<${stack[stack.length - 1].name}> is never closed`, stack[stack.length - 1].line);
  if (!root) throw new XmlSyntaxError("no root element", 1);
  resolveNamespaces(root, { xml: NS.xml });
  return root;
}

/** Gives every element its namespace URI and local name, following xmlns declarations. */
function resolveNamespaces(el, inherited) {
  const scope = { ...inherited };
  for (const [k, v] of Object.entries(el.attrs)) {
    if (k === "xmlns") scope[""] = v;
    else if (k.startsWith("xmlns:")) scope[k.slice(6)] = v;
  }
  const colon = el.name.indexOf(":");
  const prefix = colon < 0 ? "" : el.name.slice(0, colon);
  el.local = colon < 0 ? el.name : el.name.slice(colon + 1);
  el.ns = scope[prefix] ?? "";
  el.scope = scope;
  for (const child of el.children) resolveNamespaces(child, scope);
}

// ---------------------------------------------------------------- element helpers

function attrNs(el, nsUri, local) {
  for (const [k, v] of Object.entries(el.attrs)) {
    const colon = k.indexOf(":");
    if (colon < 0) continue;
    if (k.slice(colon + 1) === local && el.scope[k.slice(0, colon)] === nsUri) return v;
  }
  return undefined;
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

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
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

  // Children present and in schema order.
  const order = OFFICE_APP_CHILDREN.map(([name]) => name);
  let last = -1;
  const seen = new Set();
  for (const child of root.children) {
    const idx = order.indexOf(child.local);
    if (idx < 0 || child.ns !== childNamespace(child.local)) {
      report(child, `unexpected element <${child.name}> in OfficeApp`);
      continue;
    }
    if (seen.has(child.local)) report(child, `<${child.local}> appears more than once`);
    else if (idx < last) report(child, `<${child.local}> must come before <${order[last]}>`);
    seen.add(child.local);
    last = Math.max(last, idx);
  }
  for (const [name, required] of OFFICE_APP_CHILDREN) {
    if (required && !seen.has(name)) report(root, `missing required element <${name}>`, `${pathOf(root)}/${name}`);
  }

  const top = (name) => kid(root, name, childNamespace(name));

  const id = top("Id");
  if (id && !GUID.test(id.text.trim())) report(id, `Id "${id.text.trim()}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);
  const version = top("Version");
  if (version) {
    const v = version.text.trim();
    if (!VERSION.test(v) || v.split(".").some((p) => Number(p) > 65535)) report(version, `Version "${v}" must be one to four numbers 0-65535 separated by dots`);
  }
  const provider = top("ProviderName");
  if (provider) checkLength(provider, provider.text.trim(), SHORT_MAX, "ProviderName", report, true);
  const defaultLocale = top("DefaultLocale");
  if (defaultLocale && !LOCALE.test(defaultLocale.text.trim())) report(defaultLocale, `DefaultLocale "${defaultLocale.text.trim()}" is not a locale tag such as en-US`);

  // Locale-aware settings of the add-in itself.
  const localeAware = (name, { max, human, url, image }) => {
    const el = top(name);
    if (!el) return;
    const overrides = kids(el, "Override", NS.app);
    const values = [[el, el.attrs.DefaultValue, "DefaultValue"], ...overrides.map((o) => [o, o.attrs.Value, "Value"])];
    for (const [owner, value, attr] of values) {
      if (value === undefined || value.trim() === "") {
        report(owner, `${name} needs a non-empty ${attr}`);
        continue;
      }
      if (max) checkLength(owner, value, max, name, report);
      if (url) {
        const problem = urlProblem(value);
        if (problem) report(owner, problem);
      }
      if (image) checkImage(owner, value, image, options.assetsDir, report);
    }
    checkOverrideLocales(el, overrides, human ? locales : [], name, report);
  };
  localeAware("DisplayName", { max: SHORT_MAX, human: true });
  localeAware("Description", { max: LONG_MAX, human: true });
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

  const permissions = top("Permissions");
  if (permissions && !PERMISSIONS.includes(permissions.text.trim())) report(permissions, `Permissions "${permissions.text.trim()}" must be one of ${PERMISSIONS.join(", ")}`);

  const overrides = top("VersionOverrides");
  if (overrides) checkVersionOverrides(overrides, { locales, expectedNamespace, assetsDir: options.assetsDir, report });

  errors.sort((a, b) => (a.line || 0) - (b.line || 0));
  return { errors };
}

function checkLength(el, value, max, what, report, required) {
  if (required && value === "") report(el, `${what} must not be empty`);
  if ([...value].length > max) report(el, `${what} is ${[...value].length} characters long; the limit is ${max}`);
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
  const type = xsiType(vo);
  if (type !== "VersionOverridesV1_0" && type !== "VersionOverridesV1_1") report(vo, `VersionOverrides xsi:type must be VersionOverridesV1_0 or VersionOverridesV1_1, not "${type || ""}"`);

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
        else {
          if (rid.length > RESID_MAX) report(item, `resource id "${rid}" is longer than ${RESID_MAX} characters`);
          byId.set(rid, { kind: group.local, el: item });
        }
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
      if (kind === "ShortStrings") checkLength(owner, value, SHORT_MAX, `bt:ShortString "${rid}"`, report);
      if (kind === "LongStrings") checkLength(owner, value, LONG_MAX, `bt:LongString "${rid}"`, report);
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
        if (action === "ShowTaskpane") samePage(kid(el, "SourceLocation", ov), "the task pane button");
        if (action === "ExecuteFunction" && !(kid(el, "FunctionName", ov) || { text: "" }).text.trim()) report(el, "an ExecuteFunction action needs a <FunctionName>");
      }
    });
  }
}

module.exports = { validateManifest, parseXml, pngSize };

if (require.main === module) {
  const args = process.argv.slice(2);
  const assetsAt = args.indexOf("--assets");
  const assetsArg = assetsAt >= 0 ? args.splice(assetsAt, 2)[1] : undefined;
  const file = path.resolve(args[0] || "manifest.xml");
  const assetsDir = path.resolve(assetsArg || path.join(path.dirname(file), "assets"));
  let xml;
  try {
    xml = fs.readFileSync(file, "utf8");
  } catch (e) {
    console.error(`${path.relative(process.cwd(), file) || file}: cannot read (${e.code || e.message})`);
    process.exit(2);
  }
  const { errors } = validateManifest(xml, { assetsDir });
  const shown = path.relative(process.cwd(), file) || file;
  for (const e of errors) console.error(`${shown}:${e.line || 0}  ${e.path}\n    ${e.message}`);
  if (errors.length) {
    console.error(`${shown}: ${errors.length} problem${errors.length === 1 ? "" : "s"}`);
    process.exit(1);
  }
  console.log(`${shown}: valid (checked offline: structure, resources, translations, URLs, icons, shared runtime)`);
}
