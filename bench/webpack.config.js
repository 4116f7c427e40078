/**
 * The bench's engine child (bench/engine-child.ts) built as the product is built: the command line's
 * webpack settings (production, ES modules joined into one scope), so `npm run bench` times the
 * engine as it ships. Run through tsx instead, each module is a CommonJS object whose exports are
 * getters, and every call from one engine module to another goes through them (see bench/README.md).
 */
const path = require("node:path");
const cli = require("../webpack.cli.config.js")({}, {});

module.exports = {
  ...cli,
  entry: { "engine-child": path.resolve(__dirname, "engine-child.ts") },
  output: { path: path.resolve(__dirname, "..", "build", "bench"), filename: "[name].js", clean: true },
  plugins: [],
};
