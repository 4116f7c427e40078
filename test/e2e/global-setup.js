/**
 * Builds the pages once for every browser test, in a child process (webpack cannot run inside
 * jest's module sandbox), into a temporary folder named by CERMAT_E2E_DIST.
 */
const { execFileSync } = require("node:child_process");
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

module.exports = async function buildOnce() {
  const root = join(__dirname, "..", "..");
  const outputPath = mkdtempSync(join(tmpdir(), "cermat-e2e-dist-"));
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development", "--env", `outputPath=${outputPath}`], { cwd: root, stdio: "inherit" });
  process.env.CERMAT_E2E_DIST = outputPath;
};
