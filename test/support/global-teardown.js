/** After the unit and integration tests: their temporary folder removed (test-tmpdir.js). */
const { leaveRunTmpdir } = require("./test-tmpdir");

module.exports = async function teardown() {
  leaveRunTmpdir();
};
