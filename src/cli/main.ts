import * as check from "./commands/check";
import * as merge from "./commands/merge";
import * as report from "./commands/report";
import * as sample from "./commands/sample";
import * as template from "./commands/template";
import { processIO, UsageError, type CliContext, type CliIO } from "./io";
import { CLI_TEXT, DEFAULT_LANG, type CliCatalogue } from "./messages";
import { parseArgs, requestedLang, type CommandSpec, type ParsedArgs } from "./options";
import { assertWritable } from "./outputFile";

interface Command {
  spec: CommandSpec;
  run(args: ParsedArgs, context: CliContext): Promise<number>;
}

const COMMANDS: Record<string, Command> = { check, report, sample, template, merge };

function usage(t: CliCatalogue): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.spec.usage}`);
  return `${t.usageTitle}\n\n${lines.join("\n")}\n\n${t.usageLang}`;
}

/** Words before the command that only choose the language: `ocop --lang en check ...`. */
function afterLeadingLang(argv: readonly string[]): string[] {
  if (argv[0] === "--lang") return argv.slice(2);
  if (argv[0]?.startsWith("--lang=")) return argv.slice(1);
  return [...argv];
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const lang = requestedLang(argv) ?? DEFAULT_LANG;
  const t = CLI_TEXT[lang];
  const [name, ...rest] = afterLeadingLang(argv);
  // Asked for, usage is the answer (stdout, 0); missing a command, it is the error (stderr, 2).
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(usage(t));
    return 0;
  }
  if (!name) {
    io.err(`ocop: ${t.missingCommand}\n${usage(t)}`);
    return 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`ocop: ${t.unknownCommand({ name })}\n${usage(t)}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`${command.spec.usage}\n\n${t.usageLang}`);
    return 0;
  }
  try {
    const args = parseArgs(rest, command.spec);
    // The one guard on output files, before any work is done.
    if (args.output !== undefined) assertWritable(args.output, args.force);
    return await command.run(args, { io, lang, text: t });
  } catch (err) {
    // One clear line, never a stack trace (exit 2: arguments or files).
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    io.err(`ocop ${name}: ${err instanceof UsageError ? err.text(t) : t.unexpected({ why })}`);
    return 2;
  }
}
