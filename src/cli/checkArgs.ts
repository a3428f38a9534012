import { UsageError } from "./io";
import { COMMON_OPTIONS, commonOptions, parseOptions, type CommonOptions } from "./options";

export const CHECK_USAGE =
  "ocop check FILE... [--json] [--year YYYY] [--province NAME] [--lang vi|en]";

export interface CheckArgs extends CommonOptions {
  files: string[];
  json: boolean;
}

function usage(message: string): UsageError {
  return new UsageError(`ocop check: ${message}\n${CHECK_USAGE}`);
}

/** `--year 2023` and `--year=2023` alike; every problem is one clear line (exit 2). */
export function parseCheckArgs(args: readonly string[]): CheckArgs {
  const parsed = parseOptions(args, { flags: ["json"], values: COMMON_OPTIONS }, usage);
  if (parsed.positional.length === 0)
    throw usage("cần ít nhất một tệp .xlsx / at least one .xlsx file");
  return {
    files: parsed.positional,
    json: parsed.flags.has("json"),
    ...commonOptions(parsed.values, usage),
  };
}
