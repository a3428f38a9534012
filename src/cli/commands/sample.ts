import { existsSync } from "node:fs";
import { SAMPLE_YEARS, sampleMistakes, sampleWorkbook, type SampleYear } from "../../core/sample";
import { rawToXlsx } from "../../workbook/file/rawToXlsx";
import { writeXlsx } from "../../workbook/file/writeXlsx";
import { UsageError, type CliIO } from "../io";
import { writeOutputFile } from "../outputFile";

const USAGE = "ocop sample OUT.xlsx [--year 2023|2026] [--force]";

/** What each sample is, for the closing line. */
const SAMPLE_NAMES: Record<SampleYear, { vi: string; en: string }> = {
  2023: { vi: "sổ mẫu An Giang 2023", en: "An Giang 2023 sample" },
  2026: { vi: "sổ mẫu An Giang 2026 (sau sáp nhập)", en: "merged An Giang 2026 sample" },
};

/**
 * `ocop sample OUT.xlsx [--year 2023|2026] [--force]`: writes a sample workbook with its planted
 * mistakes for trying the checker and the report: An Giang 2023 (the default), or with
 * `--year 2026` the merged An Giang after 01/7/2025 (communes, new province names, QĐ 26).
 * Never overwrites a file without --force.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  let out: string | undefined;
  let force = false;
  let year: SampleYear = 2023;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--force") force = true;
    else if (arg === "--year" || arg.startsWith("--year=")) {
      const value = arg === "--year" ? args[++i] : arg.slice("--year=".length);
      const known = SAMPLE_YEARS.find((y) => String(y) === value);
      if (!known)
        throw new UsageError(
          `ocop sample: --year ${value ?? ""}: chỉ có / only ${SAMPLE_YEARS.join(", ")}\n${USAGE}`
        );
      year = known;
    } else if (arg.startsWith("-"))
      throw new UsageError(`ocop sample: tùy chọn không rõ / unknown option ${arg}`);
    else if (out === undefined) out = arg;
    else throw new UsageError(`ocop sample: chỉ một tệp / one file only`);
  }
  if (!out) throw new UsageError(`ocop sample: thiếu tên tệp / missing file name: ${USAGE}`);
  if (existsSync(out) && !force)
    throw new UsageError(
      `ocop sample: ${out} đã có, dùng --force để ghi đè / already exists, use --force to overwrite`
    );

  const raw = sampleWorkbook({ mistakes: true, year });
  const headerRows = Object.fromEntries(raw.sheets.map((s) => [s.name, headerRowOf(s.values)]));
  const bytes = await writeXlsx(rawToXlsx(raw, { headerRows }));
  await writeOutputFile("sample", out, bytes, force);
  const count = sampleMistakes(year).length;
  const name = SAMPLE_NAMES[year];
  io.out(
    `Đã ghi ${out}: ${name.vi} với ${count} lỗi cố ý để thử / ` +
      `wrote ${out}: ${name.en} with ${count} planted mistakes to find`
  );
  return 0;
}

/** The header is the first row with more than one filled cell (a title row has one). */
function headerRowOf(values: ReadonlyArray<ReadonlyArray<unknown>>): number {
  const index = values.findIndex((row) => row.filter((v) => v !== "" && v !== null).length > 1);
  return index + 1;
}
