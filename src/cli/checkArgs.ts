import type { Lang } from "../core/messages";
import { UsageError } from "./io";

export const CHECK_USAGE =
  "ocop check FILE... [--json] [--year YYYY] [--province NAME] [--lang vi|en]";

export interface CheckArgs {
  files: string[];
  json: boolean;
  year?: number;
  province?: string;
  lang?: Lang;
}

function usage(message: string): UsageError {
  return new UsageError(`ocop check: ${message}\n${CHECK_USAGE}`);
}

/** `--year 2023` and `--year=2023` alike; every problem is one clear line (exit 2). */
export function parseCheckArgs(args: readonly string[]): CheckArgs {
  const out: CheckArgs = { files: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json") {
      out.json = true;
      continue;
    }
    const m = /^--(year|province|lang)(?:=(.*))?$/.exec(arg);
    if (m) {
      const value = m[2] ?? args[++i];
      if (value === undefined || value === "")
        throw usage(`thiếu giá trị cho --${m[1]} / missing value for --${m[1]}`);
      if (m[1] === "year") {
        if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2100)
          throw usage(`năm không hợp lệ / invalid year "${value}"`);
        out.year = Number(value);
      } else if (m[1] === "lang") {
        if (value !== "vi" && value !== "en")
          throw usage(`ngôn ngữ là vi hoặc en / language is vi or en, not "${value}"`);
        out.lang = value;
      } else out.province = value;
      continue;
    }
    if (arg.startsWith("-") && arg !== "-")
      throw usage(`tùy chọn không rõ / unknown option ${arg}`);
    out.files.push(arg);
  }
  if (out.files.length === 0) throw usage("cần ít nhất một tệp .xlsx / at least one .xlsx file");
  return out;
}
