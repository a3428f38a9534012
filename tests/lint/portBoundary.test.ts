import { execFileSync } from "node:child_process";
import { join } from "node:path";

/**
 * The lint rule that keeps the pane behind the port (eslint.config.mjs) is itself tested, so it
 * cannot vanish in a config edit without a red test. ESLint runs as a CLI on snippets: its flat
 * config is an ES module, which jest's CommonJS runtime cannot load.
 */
const root = join(__dirname, "..", "..");

interface LintMessage {
  ruleId: string | null;
  message: string;
}

function lint(filePath: string, code: string): LintMessage[] {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [
        join(root, "node_modules", "eslint", "bin", "eslint.js"),
        "--stdin",
        "--stdin-filename",
        filePath,
        "--format",
        "json",
        "--rule",
        "prettier/prettier: off",
      ],
      { cwd: root, input: code, encoding: "utf8" }
    );
  } catch (err) {
    // ESLint exits 1 when it reports errors; the report is still on stdout.
    out = (err as { stdout: string }).stdout;
  }
  const [result] = JSON.parse(out) as { messages: LintMessage[] }[];
  return result.messages;
}

const restricted = (messages: LintMessage[]) =>
  messages.filter((m) => m.ruleId === "no-restricted-imports");

describe("the pane reaches doors only through the port", () => {
  it("forbids a pane file to import the file door or the Excel door", () => {
    const messages = lint(
      "src/taskpane/tabs/Example.tsx",
      [
        'import { createFilePort } from "../../workbook/file/filePort";',
        'import type { ExcelPort } from "../../workbook/excel/excelPort";',
        'import { readInPage } from "../../workbook/file/readInPage";',
        "export const used = [createFilePort, readInPage] as const;",
        "export type Used = ExcelPort;",
        "",
      ].join("\n")
    );
    expect(restricted(messages)).toHaveLength(3);
    expect(restricted(messages)[0].message).toMatch(/workbook\/port\.ts/);
  }, 60_000);

  it("lets a pane file import the port, and the composition root and worker entry the doors", () => {
    const port = lint(
      "src/taskpane/tabs/Example.tsx",
      'import { PortError } from "../../workbook/port";\nexport const used = PortError;\n'
    );
    expect(restricted(port)).toEqual([]);
    const root = lint(
      "src/taskpane/index.tsx",
      'import { createFileDoor } from "../workbook/file/fileDoor";\nexport const used = createFileDoor;\n'
    );
    expect(restricted(root)).toEqual([]);
    const worker = lint(
      "src/taskpane/session/check.worker.ts",
      'import { readInPage } from "../../workbook/file/readInPage";\nexport const used = readInPage;\n'
    );
    expect(restricted(worker)).toEqual([]);
  }, 60_000);
});
