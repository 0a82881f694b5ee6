// The layering of docs/architecture.md §2 is enforced here: each folder imports only what is below.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import globals from "globals";

const officeGlobals = ["Excel", "Office", "OfficeRuntime", "OfficeExtension", "CustomFunctions"];
const uiPackages = ["react", "react-dom", "react-dom/*", "@fluentui/*"];

// Which folders each layer may not import from (docs/architecture.md §2): domain imports nothing
// outside itself; functions only domain; office only domain; taskpane domain and office. None may
// import the dev-only preview (../preview) or the tests.
const layers = {
  domain: ["office", "functions", "taskpane", "commands"],
  functions: ["office", "taskpane", "commands"],
  office: ["functions", "taskpane", "commands"],
  taskpane: ["functions", "commands"],
  commands: ["functions", "taskpane"],
};
const outsideSrc = ["preview", "tests"];

const layerRules = Object.entries(layers).map(([layer, forbidden]) => ({
  files: [`src/${layer}/**`],
  rules: {
    "import-x/no-restricted-paths": [
      "error",
      {
        zones: [
          ...forbidden.map((from) => ({
            target: `./src/${layer}`,
            from: `./src/${from}`,
            message: `src/${layer} may not import src/${from} (docs/architecture.md §2).`,
          })),
          ...outsideSrc.map((from) => ({
            target: `./src/${layer}`,
            from: `./${from}`,
            message: `src/${layer} may not import ${from}/: it is development-only (docs/architecture.md §2).`,
          })),
        ],
      },
    ],
  },
}));

const restrictGlobals = (files, names) => ({
  files,
  rules: {
    "no-restricted-globals": [
      "error",
      ...names.map((name) => ({
        name,
        message: "This layer may not reach the host (docs/architecture.md §2).",
      })),
    ],
  },
});

const restrictPackages = (files, groups) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: groups,
            message: "No UI code in this layer: it must load fast and run without a DOM.",
          },
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "bench/results.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver": { node: { extensions: [".ts", ".tsx", ".js"] } },
      // import-x/no-cycle follows imports only into files it may parse: ours are TypeScript.
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["src/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}", "preview/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      globals: {
        ...globals.browser,
        ...Object.fromEntries(officeGlobals.map((g) => [g, "readonly"])),
      },
    },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/taskpane/**/*.tsx", "tests/taskpane/**/*.tsx", "preview/**/*.tsx"],
    ...react.configs.flat.recommended,
    ...react.configs.flat["jsx-runtime"],
    settings: { react: { version: "detect" } },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["scripts/**", "bench/**", "tests/**", "*.config.*", "webpack.config.js"],
    rules: { "no-console": "off" },
  },
  {
    // Jest's asymmetric matchers (expect.stringContaining…) are typed `any` by design.
    files: ["tests/**"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  {
    // A cycle makes module order matter: a value read during loading is undefined on one side.
    files: ["src/**/*.{ts,tsx}"],
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  ...layerRules,
  restrictPackages(
    ["src/domain/**", "src/functions/**", "src/office/**", "src/commands/**"],
    uiPackages
  ),
  restrictGlobals(
    ["src/domain/**"],
    [...officeGlobals, "window", "document", "navigator", "localStorage"]
  ),
  restrictGlobals(["src/functions/**"], ["Excel", "window", "document"]),
  restrictGlobals(["src/taskpane/**"], ["Excel"])
);
