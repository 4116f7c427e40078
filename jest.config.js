/** Unit and integration tests. Browser end-to-end tests live in jest.e2e.config.js. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": "ts-jest",
  },
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  globalSetup: "<rootDir>/test/support/global-setup.js",
  globalTeardown: "<rootDir>/test/support/global-teardown.js",
  // The pane's tests render Fluent UI in jsdom; on a busy 2-core CI machine a click can take
  // seconds. Timeouts are for hung tests, not for speed (that is what npm run bench measures).
  testTimeout: 30_000,
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
