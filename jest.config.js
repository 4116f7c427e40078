/** Unit and integration tests. Browser end-to-end tests live in jest.e2e.config.js. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true }],
  },
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
