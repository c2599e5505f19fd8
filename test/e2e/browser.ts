import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext } from "playwright-core";

/**
 * Debian's chromium, driven by playwright-core. CI installs it (`.ci/run`); a machine without it
 * fails the browser suite with this message rather than skipping it.
 */
export function chromiumPath(configured = process.env.PLANCHECK_CHROMIUM, fallback = "/usr/bin/chromium"): string {
  const candidates = [configured, fallback].filter((p): p is string => !!p);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(
      `The browser tests need Chromium, and none was found (looked at ${candidates.join(", ")}). ` +
        "Install it with `apt-get install -y chromium`, or set PLANCHECK_CHROMIUM to a Chromium executable.",
    );
  }
  return found;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** One headless Chromium with a fresh profile, kept off every network service of its own. */
export async function launchChromium(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
