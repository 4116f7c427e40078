/**
 * One temporary folder per test run: every test's mkdtemp (reviewer folders, LibreOffice profiles
 * and conversions, CLI outputs) lands in it, and it is removed when the run ends, so runs leave
 * nothing behind in the machine's /tmp. Jest's workers and the processes the tests start inherit
 * TMPDIR from the process that runs the global setup.
 */
const { mkdtempSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

function enterRunTmpdir() {
  if (process.env.CERMAT_TEST_TMPDIR) return;
  const dir = mkdtempSync(join(tmpdir(), "cermat-tests-"));
  process.env.CERMAT_TEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
  process.env.TMP = dir;
  process.env.TEMP = dir;
}

function leaveRunTmpdir() {
  const dir = process.env.CERMAT_TEST_TMPDIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}

module.exports = { enterRunTmpdir, leaveRunTmpdir };
