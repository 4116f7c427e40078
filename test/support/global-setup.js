/** Before the unit and integration tests: a temporary folder of their own (test-tmpdir.js). */
const { enterRunTmpdir } = require("./test-tmpdir");

module.exports = async function setup() {
  enterRunTmpdir();
};
