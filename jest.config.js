/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
  reporters: ["default", "<rootDir>/tests/support/summaryReporter.js"],
  setupFiles: [
    "<rootDir>/tests/support/customFunctionsGlobal.ts",
    "<rootDir>/tests/support/fastCheckSeed.ts",
  ],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        // Type errors are `npm run typecheck`'s job: tsconfig.json sets isolatedModules, so ts-jest only transpiles.
        tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx" },
      },
    ],
  },
  moduleNameMapper: {
    // office-addin-manifest pulls ESM-only dependencies that Jest 30 on Node 20 cannot require.
    "^office-addin-manifest$": "<rootDir>/tests/support/officeAddinManifestStub.js",
  },
};
