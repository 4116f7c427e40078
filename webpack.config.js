/**
 * Builds the add-in's pages: the task pane (taskpane.html), the ribbon's function file
 * (commands.html, with its dialog summary.html) and the browser workbench (workbench.html,
 * also index.html). `npm start` serves them over HTTPS (scripts/start.js); `npm run build`
 * writes static files to dist/. ADDIN_URL=https://example.org/cermat/ rewrites the manifest's
 * https://localhost:3000/ addresses for hosting elsewhere.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const src = (...parts) => path.resolve(__dirname, "src", ...parts);

/** The production address, always with a trailing slash. */
function addinUrl() {
  const url = process.env.ADDIN_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must start with https:// (Office loads add-ins over HTTPS only): ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** The manifest with every development address replaced by the production one. */
function rewriteManifest(content) {
  const base = addinUrl();
  const origin = new URL(base).origin;
  return content
    .toString()
    .replace(/https:\/\/localhost:3000\//g, base)
    .replace(/https:\/\/localhost:3000(?![\w/])/g, origin);
}

/** Pages to build: the task pane, the workbench, and the ribbon's function file with its dialog. */
const PAGES = [
  { name: "taskpane", entry: src("taskpane", "index.tsx"), template: src("taskpane", "taskpane.html") },
  { name: "workbench", entry: src("workbench", "index.tsx"), template: src("workbench", "workbench.html"), alsoAs: "index.html" },
  { name: "commands", entry: src("commands", "commands.ts"), template: src("commands", "commands.html") },
  { name: "summary", entry: src("commands", "summary.ts"), template: src("commands", "summary.html") },
];

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || "development";
  const dev = mode === "development";
  const outputPath = env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, "dist");
  const built = PAGES;

  return {
    mode,
    // Plain source maps (no eval) so the workbench's Content-Security-Policy holds in development too.
    devtool: dev ? "source-map" : false,
    // The engine's Web Worker is a bundle of its own, loaded by the pages as engine-worker.js.
    entry: { ...Object.fromEntries(built.map((p) => [p.name, p.entry])), "engine-worker": src("engine-worker", "engine.worker.ts") },
    output: { path: outputPath, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: dev } } },
        },
      ],
    },
    plugins: [
      ...built.flatMap((p) =>
        [p.name + ".html", ...(p.alsoAs ? [p.alsoAs] : [])].map(
          (filename) => new HtmlWebpackPlugin({ filename, template: p.template, chunks: [p.name], scriptLoading: "defer" }),
        ),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "assets/samples", to: "samples", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml", noErrorOnMissing: true, transform: rewriteManifest },
        ],
      }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
    devServer: {
      port: 3000,
      host: "localhost",
      // An add-in page must answer Office's cross-origin requests for the function file and icons.
      headers: { "Access-Control-Allow-Origin": "*" },
      // No hot reload socket: the pages make no connection besides loading themselves.
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
      static: false,
    },
  };
};
