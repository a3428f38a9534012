import type { Lang } from "../core/findings";
import { isProvinceName, nearestProvinceNames } from "../core/reference/provinceLookup";
import { UsageError } from "./io";

/** What a command accepts: bare flags (`--json`) and options taking a value (`--year 2023`). */
export interface OptionSpec {
  flags: readonly string[];
  values: readonly string[];
}

export interface ParsedOptions {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** Turns a message into the command's usage error (its prefix, maybe its usage line). */
export type Fail = (message: string) => UsageError;

/**
 * One reading of the command line for every command: `--name value` and `--name=value` alike,
 * unknown options refused, a missing value said as such. `-` alone is a file name.
 */
export function parseOptions(args: readonly string[], spec: OptionSpec, fail: Fail): ParsedOptions {
  const out: ParsedOptions = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const m = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    if (m && spec.flags.includes(m[1]) && m[2] === undefined) {
      out.flags.add(m[1]);
    } else if (m && spec.values.includes(m[1])) {
      // A following option is not a value: `--province --json` lacks the province.
      const next = m[2] === undefined ? args[i + 1] : undefined;
      const value = m[2] ?? (next !== undefined && !next.startsWith("--") ? next : undefined);
      if (m[2] === undefined && value !== undefined) i++;
      if (value === undefined || value === "")
        throw fail(`thiếu giá trị cho --${m[1]} / missing value for --${m[1]}`);
      out.values.set(m[1], value);
    } else if (arg.startsWith("-") && arg !== "-") {
      throw fail(`tùy chọn không rõ / unknown option ${arg}`);
    } else {
      out.positional.push(arg);
    }
  }
  return out;
}

/** The options `check` and `report` share; they override the workbook's saved settings. */
export interface CommonOptions {
  year?: number;
  province?: string;
  lang?: Lang;
}

export const COMMON_OPTIONS = ["year", "province", "lang"] as const;

/** Validates the common options among `values`; absent ones stay undefined. */
export function commonOptions(values: ReadonlyMap<string, string>, fail: Fail): CommonOptions {
  const out: CommonOptions = {};
  const year = values.get("year");
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2100)
      throw fail(`--year: năm từ 2000 đến 2100 / a year from 2000 to 2100, not "${year}"`);
    out.year = Number(year);
  }
  const province = values.get("province");
  if (province !== undefined) {
    // An unknown province would leave every unit unchecked: refuse it, naming the nearest.
    if (!isProvinceName(province)) {
      const nearest = nearestProvinceNames(province).slice(0, 3);
      const hint = nearest.length > 0 ? `; có phải / did you mean: ${nearest.join(", ")}?` : "";
      throw fail(`--province: không có tỉnh / no province "${province}"${hint}`);
    }
    out.province = province;
  }
  const lang = values.get("lang");
  if (lang !== undefined) {
    if (lang !== "vi" && lang !== "en") throw fail(`--lang: vi hoặc en / vi or en, not "${lang}"`);
    out.lang = lang;
  }
  return out;
}
