import { execFile } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/**
 * What the add-in ships may not run generated code, inject markup or talk to any server but
 * Microsoft's office.js CDN. Checked on the production build itself (made here with the project's
 * webpack config, into a temporary folder) and on the sources.
 */

const ROOT = path.join(__dirname, "../..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/**
 * Addresses a shipped file may contain, each with why it is not a request to someone else's server.
 * Anything else found in a bundle or page fails the test with the file and the address.
 */
const ALLOWED_ADDRESSES: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^https:\/\/appsforoffice\.microsoft\.com(\/lib\/1\/hosted\/office\.js)?$/,
    why: "office.js from Microsoft's CDN, the one script loaded from outside, as the Office Store requires; the CSP names its origin",
  },
  {
    pattern: /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace|1998\/Math\/MathML)$/,
    why: "XML namespace names React DOM hands to createElementNS: identifiers of element vocabularies, never fetched",
  },
  {
    pattern: /^http:\/\/www\.w3\.org\/2000\/xmlns\/$/,
    why: "the namespace of xmlns attributes, which the chart library's SVG code (d3-selection) names when it sets attributes: an identifier, never fetched",
  },
  {
    pattern: /^http:\/\/schemas\.openxmlformats\.org\/[\w/.-]+$/,
    why: "Office Open XML namespace and relationship-type names written into workbook parts: identifiers, never fetched",
  },
  {
    pattern: /^http:\/\/purl\.oclc\.org\/ooxml\/[\w/.-]+$/,
    why: "Strict Office Open XML namespace and relationship-type names, matched in the parts of Strict workbooks: identifiers, never fetched",
  },
  {
    pattern: /^https:\/\/stuk\.github\.io\/jszip\/documentation\/howto\/read_zip\.html$/,
    why: "part of the text of jszip's error for a file that is not a zip (a pointer for a developer); jszip never requests it",
  },
  {
    pattern: /^https:\/\/react\.dev\/errors\/$/,
    why: "part of the text of React's production error messages (a pointer for a developer reading the console); React never requests it",
  },
];

/**
 * `dangerouslySetInnerHTML` in the bundles: React DOM's own handling of the prop (reading it) is
 * fine; a component setting it is allowed only where the markup is the library's constant, never
 * cell text: Fluent UI's provider writing its theme's CSS rule into a <style>, and Fluent icons
 * built from their own SVG strings.
 */
const ALLOWED_MARKUP_SETTERS: { pattern: RegExp; why: string }[] = [
  { pattern: /"style",\{dangerouslySetInnerHTML:\{__html:[\w$]+\.serverStyleProps\.cssRule\}/, why: "FluentProvider's theme CSS" },
  { pattern: /createElement\("svg",\{\.\.\.[\w$]+,dangerouslySetInnerHTML:\{__html:[\w$]+\}\}\)/, why: "a Fluent icon's constant SVG" },
];

const FORBIDDEN_CODE: { name: string; pattern: RegExp }[] = [
  { name: "eval(", pattern: /(^|[^\w$.])eval\s*\(/ },
  { name: "new Function(", pattern: /\bnew\s+Function\s*\(/ },
  { name: "Function(...) called as a constructor", pattern: /(^|[^\w$.])Function\s*\(\s*["'`]/ },
  { name: "string code given to a timer", pattern: /\bset(Timeout|Interval)\s*\(\s*["'`]/ },
];

/** What PlanCheck's own code never does: markup from strings, requests, navigation away. */
const FORBIDDEN_IN_SOURCES: { name: string; pattern: RegExp }[] = [
  ...FORBIDDEN_CODE,
  { name: "dangerouslySetInnerHTML", pattern: /dangerouslySetInnerHTML/ },
  { name: "innerHTML / outerHTML / insertAdjacentHTML / document.write", pattern: /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write/ },
  { name: "a network request", pattern: /(^|[^\w$.])fetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/ },
  { name: "opening another window or address", pattern: /window\.open\s*\(|openBrowserWindow|location\.(href|assign|replace)\b/ },
];

const ADDRESS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>()\\,;{}[\]]*/gi;

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, keep));
    else if (keep(full)) out.push(full);
  }
  return out.sort();
}

function addressesIn(text: string): string[] {
  return [...new Set(text.match(ADDRESS) ?? [])];
}

function notAllowed(addresses: string[]): string[] {
  return addresses.filter((a) => !ALLOWED_ADDRESSES.some((x) => x.pattern.test(a)));
}

/** Places where code sets `dangerouslySetInnerHTML`, less those explained above. */
function unexplainedMarkupSetters(text: string): string[] {
  return [...text.matchAll(/dangerouslySetInnerHTML\s*:\s*\{\s*__html\s*:/g)]
    .map((m) => text.slice(Math.max(0, m.index! - 80), m.index! + 120))
    .filter((context) => !ALLOWED_MARKUP_SETTERS.some((a) => a.pattern.test(context)));
}

function forbiddenIn(text: string, rules: { name: string; pattern: RegExp }[]): string[] {
  return rules.filter((r) => r.pattern.test(text)).map((r) => r.name);
}

/** Builds with `webpack --mode production` into a fresh folder; the cache lives beside, keyed by checkout. */
function buildProduction(out: string): Promise<void> {
  const cache = path.join(os.tmpdir(), `plancheck-webpack-cache-${createHash("sha1").update(ROOT).digest("hex").slice(0, 12)}`);
  const cli = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  const args = [cli, "--mode", "production", "--output-path", out, "--cache-type", "filesystem", "--cache-cache-directory", cache];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(`production build failed:\n${stdout}\n${stderr}`)) : resolve(),
    );
  });
}

describe("the production build", () => {
  let out: string;
  let shipped: string[];
  const read = (file: string) => fs.readFileSync(file, "utf8");
  const rel = (file: string) => path.relative(out, file);

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-production-"));
    await buildProduction(out);
    // Source maps and licence texts are never loaded by a page; everything else ships and runs or is read.
    shipped = filesUnder(out, (f) => /\.(js|html|json|xml|css)$/.test(f));
  }, 300_000);

  afterAll(() => {
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it("has the pages and bundles the manifest points at", () => {
    expect(shipped.map(rel)).toEqual(expect.arrayContaining(["taskpane.html", "taskpane.js", "functions.js", "commands.js", "functions.json", "manifest.xml"]));
  });

  it("runs no generated code: no eval, no Function constructor, no string timers", () => {
    const hits = shipped.filter((f) => f.endsWith(".js")).flatMap((f) => forbiddenIn(read(f), FORBIDDEN_CODE).map((name) => `${rel(f)}: ${name}`));
    expect(hits).toEqual([]);
  });

  it("sets HTML from strings only where a library writes its own constant markup", () => {
    const unexplained = shipped.filter((f) => f.endsWith(".js")).flatMap((f) => unexplainedMarkupSetters(read(f)).map((context) => `${rel(f)}: ${context}`));
    expect(unexplained).toEqual([]);
  });

  it("names no network address but office.js on Microsoft's CDN and identifiers that are never requested", () => {
    const pages = shipped.filter((f) => /\.(js|html|json|css)$/.test(f));
    const found = pages.flatMap((f) => notAllowed(addressesIn(read(f))).map((a) => `${rel(f)}: ${a}`));
    expect(found).toEqual([]);
    expect(addressesIn(read(path.join(out, "taskpane.html")))).toContain(`${OFFICE_CDN}/lib/1/hosted/office.js`);
  });

  it("gives every page a Content-Security-Policy without unsafe-eval that loads script only from itself and the CDN", () => {
    const pages = shipped.filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      const html = read(page);
      const metas = [...html.matchAll(/<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/gi)].map((m) => m[1]);
      expect({ page: rel(page), metas: metas.length }).toEqual({ page: rel(page), metas: 1 });
      const policy = new Map(metas[0].split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect({ page: rel(page), unsafeEval: metas[0].includes("unsafe-eval") }).toEqual({ page: rel(page), unsafeEval: false });
      expect(policy.get("object-src")).toEqual(["'none'"]);
      const script = policy.get("script-src") ?? policy.get("default-src")!;
      for (const source of script) expect(["'self'", "'none'", OFFICE_CDN]).toContain(source);
      for (const source of policy.get("connect-src") ?? []) expect(["'self'"]).toContain(source);
      for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)) {
        expect(m[1].startsWith(`${OFFICE_CDN}/`) || !/^[a-z]+:|^\/\//i.test(m[1])).toBe(true);
      }
    }
  });

  it("asks Excel for the one permission it uses: reading and writing the open workbook", () => {
    const manifest = read(path.join(out, "manifest.xml"));
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual(["ReadWriteDocument"]);
    expect(manifest).not.toMatch(/<AppDomain>/);
    // Every address in the manifest is the add-in's own origin or a schema name.
    const origins = new Set(addressesIn(manifest).filter((a) => !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(a)).map((a) => new URL(a).origin));
    expect(origins.size).toBe(1);
  });
});

describe("PlanCheck's sources", () => {
  const sources = filesUnder(path.join(ROOT, "src"), (f) => /\.(ts|tsx|js|html|json|css)$/.test(f));
  const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join("/");

  it("are all looked at", () => {
    expect(sources.map(rel)).toEqual(expect.arrayContaining(["src/taskpane/index.tsx", "src/xlsx/read-workbook.ts", "src/engine/check.ts"]));
  });

  it("never run generated code, set markup from strings, make requests or open other addresses", () => {
    const hits = sources.flatMap((f) => forbiddenIn(fs.readFileSync(f, "utf8"), FORBIDDEN_IN_SOURCES).map((name) => `${rel(f)}: ${name}`));
    expect(hits).toEqual([]);
  });

  it("name no network address but identifiers that are never requested", () => {
    const found = sources.flatMap((f) => notAllowed(addressesIn(fs.readFileSync(f, "utf8"))).map((a) => `${rel(f)}: ${a}`));
    expect(found).toEqual([]);
  });

  it("would be caught naming any other address or construct", () => {
    expect(notAllowed(addressesIn('const u = "https://example.org/track?id=1";'))).toEqual(["https://example.org/track?id=1"]);
    expect(notAllowed(addressesIn("wss://localhost:3000/ws"))).toEqual(["wss://localhost:3000/ws"]);
    expect(forbiddenIn("x = eval(code)", FORBIDDEN_IN_SOURCES)).toEqual(["eval("]);
    expect(forbiddenIn("el.innerHTML = text", FORBIDDEN_IN_SOURCES)).toEqual(["innerHTML / outerHTML / insertAdjacentHTML / document.write"]);
    expect(forbiddenIn("await fetch(url)", FORBIDDEN_IN_SOURCES)).toEqual(["a network request"]);
    expect(forbiddenIn("const f = new Function('a', 'return a')", FORBIDDEN_IN_SOURCES)).toEqual(["new Function(", "Function(...) called as a constructor"]);
    expect(forbiddenIn("retrieval(x); medieval(y); isFunction(z); obj.eval(1)", FORBIDDEN_IN_SOURCES)).toEqual([]);
    expect(unexplainedMarkupSetters('x("div",{dangerouslySetInnerHTML:{__html:r.cells.activity}})')).toHaveLength(1);
    expect(unexplainedMarkupSetters('x("style",{dangerouslySetInnerHTML:{__html:e.serverStyleProps.cssRule},...e.a})')).toEqual([]);
  });
});
