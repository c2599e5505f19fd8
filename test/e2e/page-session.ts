import * as fs from "fs";
import * as path from "path";
import { launchChromium, type Browser } from "./browser";
import { buildPreview, serveFolder, type StaticServer } from "./preview-build";

/** Where the browser tests keep their screenshots (not committed). */
export const ARTIFACTS = path.join(__dirname, "../../test-artifacts/e2e");

/** Building the page and starting Chromium, on a loaded 2-core machine. */
const BUILD_AND_LAUNCH_MS = 300_000;

export interface PageSession {
  /** Chromium, started once for the file's tests. */
  readonly browser: Browser;
  /** The built page served from a local folder: nothing comes from the network. */
  readonly server: StaticServer;
}

/**
 * The page every browser test drives: built, served and opened in Chromium before the file's tests,
 * closed and removed after them. Call at the top of a test file; the fields are there once its
 * tests run.
 */
export function previewPageSession(): PageSession {
  let build: string | undefined;
  const session = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    session.browser = await launchChromium();
    build = await buildPreview();
    session.server = await serveFolder(build);
  }, BUILD_AND_LAUNCH_MS);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
    if (build) fs.rmSync(build, { recursive: true, force: true });
  });
  return session;
}
