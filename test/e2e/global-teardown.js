/** Removes the pages built for the browser tests. */
const { rmSync } = require("node:fs");

module.exports = async function removeBuild() {
  if (process.env.CERMAT_E2E_DIST) rmSync(process.env.CERMAT_E2E_DIST, { recursive: true, force: true });
};
