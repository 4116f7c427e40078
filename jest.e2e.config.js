/** Browser end-to-end tests: Debian's Chromium driven by playwright-core over a development build. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  transform: { "^.+\\.tsx?$": "ts-jest" },
  testTimeout: 90_000,
  globalSetup: "<rootDir>/test/e2e/global-setup.js",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.js",
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
