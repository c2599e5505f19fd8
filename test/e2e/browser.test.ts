import * as path from "path";
import { chromiumPath } from "./browser";

describe("finding Chromium for the browser tests", () => {
  it("fails with a clear message, not a skip, when no Chromium is installed", () => {
    const missing = path.join(__dirname, "no-such-chromium");
    // Both places it looks are passed in, so a Chromium installed on this machine cannot hide the failure.
    expect(() => chromiumPath(path.join(__dirname, "no-such-configured-chromium"), missing)).toThrow(
      /The browser tests need Chromium, and none was found \(looked at .*no-such-chromium\)\. Install it with `apt-get install -y chromium`/,
    );
  });

  it("prefers PLANCHECK_CHROMIUM when it names an executable that exists", () => {
    expect(chromiumPath(process.execPath, "/nonexistent/chromium")).toBe(process.execPath);
  });
});
