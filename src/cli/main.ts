import * as check from "./commands/check";
import * as report from "./commands/report";
import * as sample from "./commands/sample";
import * as template from "./commands/template";
import { processIO, UsageError, type CliIO, type Command } from "./io";

const commands: Record<string, Command> = {
  check: check.run,
  report: report.run,
  sample: sample.run,
  template: template.run,
};

const USAGE = `ocop: kiểm tra sổ theo dõi OCOP và viết báo cáo / check OCOP tracking workbooks

  ocop check FILE... [--json] [--year YYYY] [--province NAME] [--lang vi|en]
  ocop report FILE [--year YYYY] [--province NAME] [--format text|html|docx] [--out FILE] [--force]
  ocop sample OUT.xlsx [--year 2023|2026] [--force]
  ocop template OUT.xlsx [--province NAME] [--force]`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  // Asked for, usage is the answer (stdout, 0); missing a command, it is the error (stderr, 2).
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(USAGE);
    return 0;
  }
  if (!name) {
    io.err(`ocop: thiếu lệnh / missing command\n${USAGE}`);
    return 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`ocop: lệnh không rõ / unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (err) {
    // One clear line, never a stack trace (exit 2: arguments or files).
    const message =
      err instanceof UsageError
        ? err.message
        : `ocop ${name}: ${err instanceof Error ? err.message : String(err)}`;
    io.err(message);
    return 2;
  }
}
