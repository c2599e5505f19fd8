/** Unit, adapter and component tests run with `npm test`; browser tests join when chromium is present. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];

module.exports = {
  // Fluent UI's dropdowns render through portals in jsdom, and the browser tests start chromium:
  // neither fits jest's default five seconds on a busy two-core machine.
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
    },
    {
      displayName: "components",
      testEnvironment: "jsdom",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
