import type { Lang } from "../core/findings";
import { isProvinceName, nearestProvinceNames } from "../core/reference/provinceLookup";
import { UsageError } from "./io";

export type Flag = "json" | "force" | "approximate" | "strict" | "document" | "across";
export type ValueOption = "year" | "province" | "lang" | "format" | "out";

/** What a command accepts, declared once; `parseArgs` reads every command's line with it. */
export interface CommandSpec {
  usage: string;
  flags: readonly Flag[];
  values: readonly ValueOption[];
  /** File arguments: exactly one, or one or more. */
  files: "one" | "some";
  /** The argument naming the file the command writes, never overwritten without --force. */
  output?: "file" | "out";
}

/** A command that writes the one file its argument names (`sample`, `template`). */
export function fileWriterSpec(usage: string, values: readonly ValueOption[] = []): CommandSpec {
  return { usage, flags: ["force"], values: ["lang", ...values], files: "one", output: "file" };
}

/** The options `check` and `report` share; they override the workbook's saved settings. */
export interface CommonOptions {
  year?: number;
  province?: string;
  lang?: Lang;
}

export interface ParsedArgs extends CommonOptions {
  files: string[];
  flags: ReadonlySet<Flag>;
  values: ReadonlyMap<ValueOption, string>;
  /** Where the command writes, when it writes a file. */
  output?: string;
  force: boolean;
}

const OPTION = /^--([^=]+)(?:=(.*))?$/s;

/**
 * One reading of the command line for every command: `--name value` and `--name=value` alike,
 * unknown options refused, a missing value said as such, `-` alone a file name; then the file
 * count and the common options. Every problem is a UsageError (one line, exit 2).
 */
export function parseArgs(args: readonly string[], spec: CommandSpec): ParsedArgs {
  const files: string[] = [];
  const flags = new Set<Flag>();
  const values = new Map<ValueOption, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const m = OPTION.exec(arg);
    const flag = m && m[2] === undefined ? spec.flags.find((f) => f === m[1]) : undefined;
    const valued = m ? spec.values.find((v) => v === m[1]) : undefined;
    if (flag) {
      flags.add(flag);
    } else if (m && valued) {
      // A following option is not a value: `--province --json` lacks the province.
      const next = m[2] === undefined ? args[i + 1] : undefined;
      const value = m[2] ?? (next !== undefined && !next.startsWith("--") ? next : undefined);
      if (m[2] === undefined && value !== undefined) i++;
      if (value === undefined || value === "")
        throw new UsageError((t) => t.missingValue({ option: valued }));
      values.set(valued, value);
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError((t) => t.unknownOption({ option: arg }));
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) throw new UsageError((t) => t.missingFile({ usage: spec.usage }));
  if (spec.files === "one" && files.length > 1)
    throw new UsageError((t) => t.tooManyFiles({ usage: spec.usage }));
  const output =
    spec.output === "file" ? files[0] : spec.output === "out" ? values.get("out") : undefined;
  return {
    files,
    flags,
    values,
    output,
    force: flags.has("force"),
    ...commonOptions(values),
  };
}

/** Validates the common options among `values`; absent ones stay undefined. */
function commonOptions(values: ReadonlyMap<ValueOption, string>): CommonOptions {
  const out: CommonOptions = {};
  const year = values.get("year");
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2100)
      throw new UsageError((t) => t.badYear({ value: year }));
    out.year = Number(year);
  }
  const province = values.get("province");
  if (province !== undefined) {
    // An unknown province would leave every unit unchecked: refuse it, naming the nearest.
    if (!isProvinceName(province)) {
      const nearest = nearestProvinceNames(province).slice(0, 3).join(", ");
      throw new UsageError((t) => t.unknownProvince({ value: province, nearest }));
    }
    out.province = province;
  }
  const lang = values.get("lang");
  if (lang !== undefined) {
    if (!isLang(lang)) throw new UsageError((t) => t.badLang({ value: lang }));
    out.lang = lang;
  }
  return out;
}

function isLang(value: string): value is Lang {
  return value === "vi" || value === "en";
}

/**
 * The language asked for anywhere on the line (`--lang en`, `--lang=en`), read before the
 * command parses its arguments so that even an argument error speaks it. An invalid or absent
 * value gives undefined; the parser then says what is wrong.
 */
export function requestedLang(args: readonly string[]): Lang | undefined {
  let lang: Lang | undefined;
  args.forEach((arg, i) => {
    const value = arg === "--lang" ? args[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : null;
    if (value != null && isLang(value)) lang = value;
  });
  return lang;
}
