/** Two projects: the pure core, doors and CLI run in Node; the pane runs in jsdom. */
const tsJest = [
  "ts-jest",
  {
    // Transpile only (isolatedModules): `npm test` runs `tsc --noEmit` for the types.
    tsconfig: {
      module: "commonjs",
      moduleResolution: "node",
      jsx: "react-jsx",
      isolatedModules: true,
    },
  },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: {
    // office-addin-mock -> office-addin-manifest pulls ESM-only packages under jest on Node 20.
    "^office-addin-manifest$": "<rootDir>/tests/shims/office-addin-manifest.js",
    "\\.(css|png|svg)$": "<rootDir>/tests/shims/asset.js",
  },
};
module.exports = {
  // Dates are built with Date.UTC; exceljs and SheetJS treat them as UTC.
  globalSetup: "<rootDir>/tests/utcTimeZone.js",
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/**/*.test.ts"],
      testPathIgnorePatterns: [
        "/node_modules/",
        "<rootDir>/tests/taskpane/",
        "<rootDir>/tests/browser/",
      ],
    },
    {
      ...common,
      displayName: "pane",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/tests/taskpane/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/tests/taskpane/setup.ts"],
    },
  ],
};
