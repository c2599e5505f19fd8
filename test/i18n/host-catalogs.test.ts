import * as fs from "fs";
import * as path from "path";
import { LANGS, mergeCatalogs, type Catalog } from "../../src/i18n/catalog";
import { ALL_CATALOGS } from "../../src/i18n/messages";
import { askedStems, bundleModules, importersOf, pluralStem, ROOT } from "../support/bundle-code";

/**
 * Each host (the task pane, the custom functions, the ribbon commands, the browser page and its
 * file worker, the command line) loads only the message domains it shows, chosen in its own
 * module under src/i18n/hosts/. A message moved to a domain its host does not load would reach
 * the user as a bare key; a domain loaded but never asked from weighs on the pane's first load.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "production" }) as { entry: Record<string, string> };

/** Every bundle webpack builds, by its entry, and the command line with its worker threads. */
const BUNDLES: Record<string, string[]> = {
  ...Object.fromEntries(Object.entries(webpackConfig.entry).map(([name, entry]) => [name, [entry.replace(/^\.\//, "")]])),
  cli: ["src/cli/main.ts", "src/cli/worker.ts"],
};
const NAMES = Object.keys(BUNDLES);

const MESSAGES = "src/i18n/messages/";
const HOSTS = "src/i18n/hosts/";
const WHOLE = ["src/i18n/index.ts", `${MESSAGES}index.ts`];

const modulesOf = new Map<string, string[]>();
function modules(bundle: string): string[] {
  let found = modulesOf.get(bundle);
  if (!found) modulesOf.set(bundle, (found = bundleModules(BUNDLES[bundle])));
  return found;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (relative: string): Record<string, unknown> => require(path.join(ROOT, relative));

/** A domain file's catalog (`src/i18n/messages/cli.ts`, or the functions' JSON). */
function domainCatalog(relative: string): Catalog {
  const loaded = load(relative);
  if (relative.endsWith(".json")) return loaded as unknown as Catalog;
  const found = Object.values(loaded).find((v) => typeof v === "object" && v !== null && "en" in v);
  if (!found) throw new Error(`${relative} exports no catalog`);
  return found as Catalog;
}

const isDomainFile = (m: string) => m.startsWith(MESSAGES) && !WHOLE.includes(m);
const hostsOf = (bundle: string) => modules(bundle).filter((m) => m.startsWith(HOSTS));
const DOMAIN_FILES = fs
  .readdirSync(path.join(ROOT, MESSAGES))
  .map((f) => `${MESSAGES}${f}`)
  .filter(isDomainFile);

interface Domain {
  name: string;
  catalog: Catalog;
}

const named = (catalog: Catalog): Domain => ({
  name: path.basename(DOMAIN_FILES.find((f) => f.endsWith(".ts") && domainCatalog(f) === catalog) ?? DOMAIN_FILES.find((f) => domainCatalog(f) === catalog) ?? "?"),
  catalog,
});

/**
 * The domains a bundle's words come from: its host's list, and any domain its code reads itself
 * (the custom functions read their own JSON, also on the page that evaluates PLAN.*).
 */
function domainsOf(bundle: string): Domain[] {
  const [host] = hostsOf(bundle);
  const own = host ? (load(host).DOMAINS as Catalog[]) : [];
  const read = bundleModules(BUNDLES[bundle], { stopAt: [...WHOLE, ...hostsOf(bundle)] })
    .filter(isDomainFile)
    .map(domainCatalog)
    .filter((c) => !own.includes(c));
  return [...own, ...read].map(named);
}

const catalogOf = (bundle: string): Catalog => mergeCatalogs(...domainsOf(bundle).map((d) => d.catalog));

/**
 * The message stems a bundle's code asks for. Keys the engine puts in findings (fixes, variants)
 * are asked for only where findings are put into words.
 */
const EVERY_KEY = Object.keys(mergeCatalogs(...ALL_CATALOGS).en);
function asked(bundle: string): Set<string> {
  const all = modules(bundle);
  const wordsFindings = all.includes("src/i18n/format-finding.ts");
  return askedStems(
    all.filter((m) => !isDomainFile(m) && (wordsFindings || !m.startsWith("src/engine/"))),
    EVERY_KEY,
  );
}

const stems = (messages: Record<string, string>) => new Set(Object.keys(messages).map(pluralStem));

describe("each host's catalog", () => {
  it.each(NAMES)("%s takes its words from one host's catalog at most", (bundle) => {
    expect(hostsOf(bundle).length).toBeLessThanOrEqual(1);
  });

  it.each(NAMES)("%s has every message its code asks for, in all five languages", (bundle) => {
    const catalog = catalogOf(bundle);
    const missing: string[] = [];
    for (const lang of LANGS) {
      const has = stems(catalog[lang]);
      for (const stem of asked(bundle)) if (!has.has(stem)) missing.push(`${lang} ${stem}`);
    }
    expect(missing).toEqual([]);
  });

  it.each(NAMES)("%s loads no message domain its code never asks from", (bundle) => {
    const wanted = asked(bundle);
    const unused = domainsOf(bundle)
      .filter((d) => ![...stems(d.catalog.en)].some((s) => wanted.has(s)))
      .map((d) => d.name);
    expect(unused).toEqual([]);
  });

  it.each(NAMES)("%s does not load every catalog", (bundle) => {
    // Names the modules that import src/i18n itself instead of their host's module.
    expect(importersOf(modules(bundle), WHOLE[0])).toEqual([]);
    expect(modules(bundle).filter((m) => WHOLE.includes(m))).toEqual([]);
  });

  it("the task pane's first load carries none of the command line's messages", () => {
    const paneDomains = [...new Set(["taskpane", "functions", "commands"].flatMap((b) => domainsOf(b).map((d) => d.name)))];
    expect(paneDomains.filter((d) => d.startsWith("cli"))).toEqual([]);
    expect(paneDomains).not.toContain("overview.ts");
  });
});

describe("the whole catalog", () => {
  it("lists every domain file, so checks over every message miss none", () => {
    const files = fs.readdirSync(path.join(ROOT, MESSAGES)).map((f) => `${MESSAGES}${f}`).filter((f) => isDomainFile(f) && f.endsWith(".ts"));
    const absent = files.filter((f) => !ALL_CATALOGS.includes(domainCatalog(f)));
    expect(absent).toEqual([]);
  });
});
