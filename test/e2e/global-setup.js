/**
 * Builds the pages once for every browser test, in a child process (webpack cannot run inside
 * jest's module sandbox), into a temporary folder named by CERMAT_E2E_DIST.
 *
 * Without Chromium: on CI (CI set) the run fails here, before any build; elsewhere the build is
 * skipped, a notice is printed, and the tests skip themselves (test/support/browser.ts).
 */
const { execFileSync } = require("node:child_process");
const { existsSync, mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { enterRunTmpdir } = require("../support/test-tmpdir");

// CERMAT_CHROMIUM points elsewhere only to try these paths (e.g. a missing browser).
const CHROMIUM = process.env.CERMAT_CHROMIUM ?? "/usr/bin/chromium";

module.exports = async function buildOnce() {
  enterRunTmpdir();
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) {
      throw new Error(`Chromium is required for the browser tests on CI but is missing at ${CHROMIUM} (apt-get install chromium).`);
    }
    process.stdout.write(`\n*** Browser end-to-end tests SKIPPED: Chromium not found at ${CHROMIUM} (apt-get install chromium). On CI they are mandatory. ***\n\n`);
    return;
  }
  const root = join(__dirname, "..", "..");
  const outputPath = mkdtempSync(join(tmpdir(), "cermat-e2e-dist-"));
  const started = Date.now();
  try {
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development", "--env", `outputPath=${outputPath}`], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * 1024 * 1024,
    });
    // Office.js's stand-in for the task pane tests (test/e2e/fake-office): never part of the product.
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--config", join(__dirname, "fake-office", "webpack.config.js"), "--env", `outputPath=${outputPath}`], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // webpack-cli reports compile errors on stdout: show them rather than a bare exit code.
    throw new Error(`The webpack build for the browser tests failed:\n${String(error.stdout ?? "")}`);
  }
  process.stdout.write(`\ne2e: pages built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.env.CERMAT_E2E_DIST = outputPath;
};
