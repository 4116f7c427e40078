/**
 * The command line compiled ahead of time: `npm run build:cli` bundles src/cli/main.ts (with the
 * engine, the .xlsx package reader and fflate) into one file for Node, dist-cli/cermat.js, so
 * `cermat` starts without compiling TypeScript. Beside it, cermat.inputs.json lists the source files
 * it was built from: bin/cermat.js runs the bundle only while none of them is newer (see there).
 */
const fs = require("node:fs");
const path = require("node:path");

const OUT = path.resolve(__dirname, "dist-cli");

/** Writes the bundle's own source files (relative to the repository) after each build. */
class ListInputs {
  apply(compiler) {
    compiler.hooks.done.tap("ListInputs", (stats) => {
      const files = [...stats.compilation.fileDependencies]
        .filter((f) => f.startsWith(path.join(__dirname, "src") + path.sep) && fs.statSync(f, { throwIfNoEntry: false })?.isFile())
        .map((f) => path.relative(__dirname, f))
        .sort();
      fs.writeFileSync(path.join(OUT, "cermat.inputs.json"), `${JSON.stringify(files, null, 1)}\n`);
    });
  }
}

module.exports = (_env = {}, argv = {}) => ({
  mode: argv.mode || "production",
  target: "node20",
  // The batch's worker threads (src/cli/batch/worker-pool.ts) load check-worker.js from beside cermat.js.
  entry: {
    cermat: path.resolve(__dirname, "src", "cli", "main.ts"),
    "check-worker": path.resolve(__dirname, "src", "cli", "batch", "check-worker.ts"),
  },
  // The real __dirname (dist-cli/), so the command line finds its worker file.
  node: { __dirname: false, __filename: false },
  // Always written, even when unchanged: its time is what bin/cermat.js compares the sources with.
  output: { path: OUT, filename: "[name].js", clean: true, compareBeforeEmit: false },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", target: "es2022", sourceMap: false } } },
      },
    ],
  },
  // Readable stack traces for a bug report; the file is small enough either way.
  optimization: { minimize: false },
  devtool: false,
  plugins: [new ListInputs()],
  performance: { hints: false },
  stats: "errors-warnings",
});
