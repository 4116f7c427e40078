/** Removes the pages built for the browser tests, and the run's temporary folder they sit in. */
const { rmSync } = require("node:fs");
const { leaveRunTmpdir } = require("../support/test-tmpdir");

module.exports = async function removeBuild() {
  if (process.env.CERMAT_E2E_DIST) rmSync(process.env.CERMAT_E2E_DIST, { recursive: true, force: true });
  leaveRunTmpdir();
};
