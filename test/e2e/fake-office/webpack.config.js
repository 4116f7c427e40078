/**
 * Bundles test/e2e/fake-office/fake-office.ts into <outputPath>/fake-office.js for the browser
 * tests (test/e2e/global-setup.js); never part of the product's build.
 */
const path = require("node:path");

module.exports = (env = {}) => ({
  mode: "development",
  devtool: false,
  entry: { "fake-office": path.resolve(__dirname, "fake-office.ts") },
  output: { path: path.resolve(env.outputPath), filename: "[name].js" },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } } }],
  },
  performance: { hints: false },
  stats: "errors-warnings",
});
