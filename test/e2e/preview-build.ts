import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";

/**
 * The preview page built the way `npm run build:dev` builds it (the project's webpack config in
 * development mode, its page template and Content-Security-Policy), but only the preview entry,
 * into a temporary folder, and served from 127.0.0.1 on a free port.
 */

const ROOT = path.join(__dirname, "../..");

interface WebpackPlugin {
  constructor: { name: string };
  userOptions?: { filename?: string };
}

/** Builds preview.html and its bundle into a fresh temporary folder; returns the folder. */
export async function buildPreview(): Promise<string> {
  // The build tools are plain CommonJS; loaded here so the unit suites never pay for them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require("webpack") as typeof import("webpack");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => import("webpack").Configuration;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-preview-"));
  const config = makeConfig({}, { mode: "development" });
  const entry = config.entry as Record<string, string>;
  if (!entry.preview) throw new Error("webpack.config.js has no preview entry: src/preview/index.tsx is missing");
  // The page and the worker that reads and checks the files it opens.
  config.entry = { preview: entry.preview, ...(entry["file-worker"] ? { "file-worker": entry["file-worker"] } : {}) };
  config.output = { ...config.output, path: out };
  // Only what the preview page needs: its HTML page and the copied assets (icons).
  config.plugins = (config.plugins as WebpackPlugin[]).filter(
    (p) =>
      (p.constructor.name === "HtmlWebpackPlugin" && p.userOptions?.filename === "preview.html") ||
      ["CopyPlugin", "ProvidePlugin", "NormalModuleReplacementPlugin"].includes(p.constructor.name),
  ) as import("webpack").Configuration["plugins"];
  config.devtool = false;
  config.infrastructureLogging = { level: "error" };

  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true, errorDetails: false })));
      resolve();
    });
  });
  if (!fs.existsSync(path.join(out, "preview.html"))) throw new Error(`the build wrote no preview.html into ${out}`);
  return out;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 at a free port; nothing outside the folder is reachable. */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = path.resolve(folder);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.resolve(root, "." + decodeURIComponent(url.pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end(`not found: ${url.pathname}`);
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
