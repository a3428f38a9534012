import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import globals from "globals";

const tsFiles = ["**/*.{ts,tsx}"];

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**", "bin/**"] },
  // The Office add-in rules (load before read, sync after load, no sync in loops) and prettier.
  ...officeAddins.configs.react,
  {
    files: tsFiles,
    plugins: { "@typescript-eslint": tsPlugin, "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
      },
    },
    rules: {
      "no-undef": "off", // TypeScript checks names
      "no-redeclare": "off", // a zod schema and its inferred type share a name
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
    },
  },
  // The Office.js rules (load before read, sync before read) misread other libraries' objects
  // (exceljs rows, React state): keep them where Office.js is spoken.
  {
    files: ["**/*.{ts,tsx}"],
    ignores: ["src/workbook/excel/**", "src/commands/**"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
  // Rules of the house: the core is pure; only the Excel door speaks Office.js.
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/workbook/**", "**/taskpane/**", "**/cli/**", "**/commands/**"],
              message: "The core never imports a door.",
            },
            {
              group: ["react", "react-dom", "@fluentui/*", "exceljs", "fs", "node:*", "path"],
              message: "The core is pure: no DOM, no Office.js, no file system.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "process"],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/cli/**/*.ts"],
    // The bootstrap creates the Excel door once and hands the pane a WorkbookPort.
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-globals": ["error", { name: "Excel", message: "Use the WorkbookPort." }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/workbook/excel/excelPort*"],
              message: "Hold a WorkbookPort; the door is created in one place.",
            },
          ],
        },
      ],
    },
  },
  // The port is the whole contract: the pane reaches a door only through `workbook/port.ts`. The
  // composition root creates the doors; the worker entry reads files with the file door's reader.
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx", "src/taskpane/session/check.worker.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/workbook/excel/**", "**/workbook/file/**"],
              message:
                "The pane holds a WorkbookPort (workbook/port.ts); doors are created in taskpane/index.tsx.",
            },
          ],
        },
      ],
    },
  },
];
