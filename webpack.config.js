/*
 * Builds dist/ for the add-in: one shared-runtime page (taskpane.html) carrying the task pane,
 * custom functions and ribbon commands; functions.json from the functions' JSDoc; the browser
 * preview page when its code exists; icons and the manifest.
 *
 *   webpack --mode development   office.js served from the @microsoft/office-js package (dist/office/)
 *   webpack --mode production    office.js from Microsoft's CDN, as the Marketplace requires
 *   webpack serve --mode development [--env https]
 *                                http://localhost:3000 for the preview; with --env https the server
 *                                uses the Office development certificates so Excel can sideload it.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");

const ROOT = __dirname;
// PLANCHECK_PORT moves the preview server off 3000 (the manifest and sideloading always use 3000).
const PORT = Number(process.env.PLANCHECK_PORT || process.env.npm_package_config_dev_server_port || 3000);
const DEV_URL = "https://localhost:3000/";
const OFFICE_CDN_HOST = "https://appsforoffice.microsoft.com";
const OFFICE_CDN = `${OFFICE_CDN_HOST}/lib/1/hosted/office.js`;
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const PREVIEW_SOURCE = "./src/preview/index.tsx";
/** The browser page reads and checks opened files in a worker of its own, off the page's thread. */
const PREVIEW_WORKER = "./src/preview/file-worker.ts";
/**
 * The readers the command line uses, built for the browser page: Node's zlib, path and crypto become the
 * small browser versions in src/preview/node-shims/ (with jszip's setImmediate polyfill, which would
 * carry a `new Function`), Buffer comes from the `buffer` package, and
 * the Node modules only the command line's file access needs are left out.
 */
const BROWSER_NODE = {
  alias: {
    zlib: path.join(ROOT, "src/preview/node-shims/zlib.ts"),
    path: path.join(ROOT, "src/preview/node-shims/path.ts"),
    crypto: path.join(ROOT, "src/preview/node-shims/crypto.ts"),
    setimmediate: path.join(ROOT, "src/preview/node-shims/setimmediate.ts"),
    // jszip's browser field points at its prebuilt bundle, which has the polyfill inlined: build
    // jszip from its own sources instead, so the stand-in above applies.
    jszip$: path.join(ROOT, "node_modules/jszip/lib/index.js"),
  },
  fallback: {
    fs: false,
    os: false,
    child_process: false,
    url: false,
    util: false,
    worker_threads: false,
    stream: false,
    buffer: require.resolve("buffer/"),
  },
};
const LOCALIZE_FUNCTIONS = path.join(ROOT, "scripts/localize-functions.js");

/**
 * What office.js loads next to itself, relative to its own address: the table it reads outside a
 * host, the Excel host scripts (web, Windows, Mac, iPad), telemetry sinks and the UI strings of the
 * languages PlanCheck speaks (office.js falls back to en-us for the others).
 */
const OFFICE_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel*.js",
  "telemetry/oteljs_agave.js",
  "ariatelemetry/aria-web-telemetry.js",
  ...["en-us", "bg-bg", "pl-pl", "ru-ru", "uk-ua"].map((locale) => `${locale}/office_strings.js`),
];

/**
 * The Content-Security-Policy of every page. No 'unsafe-eval' anywhere (so devtool is never an
 * eval-based one); inline styles are allowed because Fluent UI injects its styles at run time.
 * Only production pages may load script from Microsoft's CDN; development adds the dev server's
 * live-reload socket.
 */
function contentSecurityPolicy(dev) {
  const script = dev ? "'self'" : `'self' ${OFFICE_CDN_HOST}`;
  const connect = dev ? `'self' ws://localhost:${PORT} wss://localhost:${PORT}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** HTTPS options from the Office development certificates (`npx office-addin-dev-certs install`). */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length) {
    throw new Error(
      `HTTPS needs the Office development certificates (${missing.join(", ")} missing in ${dir}). ` +
        "Run `npx office-addin-dev-certs install` once, or use `npm start` for the plain-http preview.",
    );
  }
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

/**
 * The custom functions and ribbon commands load with Excel, before anyone opens the pane; a build
 * fails if UI libraries slip into their bundles.
 */
class KeepUiOutOfChunks {
  constructor(chunkNames, forbidden) {
    this.chunkNames = chunkNames;
    this.forbidden = forbidden;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("KeepUiOutOfChunks", (compilation) => {
      compilation.hooks.afterSeal.tap("KeepUiOutOfChunks", () => {
        for (const chunk of compilation.chunks) {
          if (!this.chunkNames.includes(chunk.name)) continue;
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const resource = (module.resource || "").split(path.sep).join("/");
            const hit = this.forbidden.find((pkg) => resource.includes(`/node_modules/${pkg}/`));
            if (hit) {
              compilation.errors.push(new Error(`the ${chunk.name} bundle must not include ${hit} (pulled in by ${resource})`));
              break;
            }
          }
        }
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const https = Boolean(env.https);
  const hasPreview = fs.existsSync(path.join(ROOT, PREVIEW_SOURCE));
  const publicUrl = process.env.PLANCHECK_PUBLIC_URL;
  const templateParameters = { csp: contentSecurityPolicy(dev), officeJsUrl: dev ? "office/office.js" : OFFICE_CDN };

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    functions: FUNCTIONS_SOURCE,
    commands: "./src/commands/commands.ts",
  };
  if (hasPreview) {
    entry.preview = PREVIEW_SOURCE;
    entry["file-worker"] = PREVIEW_WORKER;
  }

  const plugins = [
    new CustomFunctionsMetadataPlugin({ input: path.join(ROOT, FUNCTIONS_SOURCE), output: "functions.json" }),
  ];
  if (fs.existsSync(LOCALIZE_FUNCTIONS)) {
    const { LocalizeFunctionsPlugin } = require(LOCALIZE_FUNCTIONS);
    plugins.push(new LocalizeFunctionsPlugin());
  }
  plugins.push(
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane", "functions", "commands"],
      templateParameters,
    }),
  );
  if (hasPreview) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        templateParameters,
      }),
    );
  }
  plugins.push(
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*", to: "assets/[name][ext]" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          // Every occurrence, not just the first: the manifest names the dev address many times.
          transform: (content) => (!dev && publicUrl ? content.toString().split(DEV_URL).join(publicUrl.replace(/\/?$/, "/")) : content),
        },
        ...(dev
          ? OFFICE_FILES.map((from) => ({
              from,
              context: OFFICE_DIST,
              // Same layout as the package: office.js finds its strings at <locale>/office_strings.js.
              to: path.posix.join("office", path.posix.dirname(from), "[name][ext]"),
              globOptions: { ignore: ["**/*.debug.js"] },
            }))
          : []),
      ],
    }),
    new KeepUiOutOfChunks(["functions", "commands"], ["react", "react-dom", "@fluentui", "@griffel", "scheduler"]),
    new webpack.ProvidePlugin({ Buffer: ["buffer", "Buffer"], process: [path.join(ROOT, "src/preview/node-shims/process.ts"), "process"] }),
    // `node:fs` and `fs` alike: the browser versions above, or nothing.
    new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
      resource.request = resource.request.replace(/^node:/, "");
    }),
  );

  return {
    mode: dev ? "development" : "production",
    // Not an eval-based devtool: the pages' CSP has no 'unsafe-eval'.
    devtool: "source-map",
    // Office runs add-ins in current browser engines; ES2020 lets webpack's runtime use globalThis
    // directly instead of a `new Function` fallback, which the CSP would refuse.
    target: ["web", "es2020"],
    context: ROOT,
    entry,
    output: {
      path: path.join(ROOT, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"], ...BROWSER_NODE },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run lint`; ES modules let webpack drop unused code.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: true } },
          },
        },
      ],
    },
    // Each runtime piece is a whole bundle of its own: no shared vendor chunk, so the functions
    // and commands never wait for (or carry) the task pane's React and Fluent UI.
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins,
    devServer: {
      port: PORT,
      host: "localhost",
      static: false,
      hot: false,
      // `npm start` opens PlanCheck in the browser; the dev server for sideloading opens nothing.
      open: hasPreview && !https ? ["/preview.html"] : false,
      // Excel on the web fetches functions.json from another origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: devCertificates() } : { type: "http" },
      onListening: (server) => {
        const base = `${https ? "https" : "http"}://localhost:${PORT}/`;
        const lines = [""];
        if (hasPreview) lines.push(`PlanCheck preview:   ${base}preview.html`);
        lines.push(`PlanCheck task pane: ${base}taskpane.html`, `Manifest:            ${base}manifest.xml`);
        if (!https) lines.push("(Excel needs HTTPS to sideload: run `npx office-addin-dev-certs install` once, then `npm run dev-server`.)");
        server.logger.info(lines.join("\n"));
      },
    },
  };
};
