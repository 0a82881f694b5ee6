/** Browser tests: the production build in Debian's Chromium, driven by playwright-core. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Jest reads CommonJS configs
const base = require("./jest.config.js");

/** @type {import("jest").Config} */
module.exports = {
  ...base,
  testMatch: ["<rootDir>/tests/e2e/**/*.e2e.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  // Each webpack build is made once per run, not once per test file.
  globalSetup: "<rootDir>/tests/e2e/support/globalSetup.ts",
  globalTeardown: "<rootDir>/tests/e2e/support/globalTeardown.ts",
};
