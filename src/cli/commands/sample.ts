import { existsSync } from "node:fs";
import { sampleMistakes, sampleWorkbook } from "../../core/sample";
import { rawToXlsx } from "../../workbook/file/rawToXlsx";
import { writeXlsx } from "../../workbook/file/writeXlsx";
import { UsageError, type CliIO } from "../io";
import { writeOutputFile } from "../outputFile";

const USAGE = "ocop sample OUT.xlsx [--force]";

/**
 * `ocop sample OUT.xlsx [--force]`: writes the sample workbook (An Giang 2023, with its planted
 * mistakes) for trying the checker and the report. Never overwrites a file without --force.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  let out: string | undefined;
  let force = false;
  for (const arg of args) {
    if (arg === "--force") force = true;
    else if (arg.startsWith("-"))
      throw new UsageError(`ocop sample: tùy chọn không rõ / unknown option ${arg}`);
    else if (out === undefined) out = arg;
    else throw new UsageError(`ocop sample: chỉ một tệp / one file only`);
  }
  if (!out) throw new UsageError(`ocop sample: thiếu tên tệp / missing file name: ${USAGE}`);
  if (existsSync(out) && !force)
    throw new UsageError(
      `ocop sample: ${out} đã có, dùng --force để ghi đè / already exists, use --force to overwrite`
    );

  const raw = sampleWorkbook({ mistakes: true });
  const headerRows = Object.fromEntries(raw.sheets.map((s) => [s.name, headerRowOf(s.values)]));
  const bytes = await writeXlsx(rawToXlsx(raw, { headerRows }));
  await writeOutputFile("sample", out, bytes, force);
  io.out(
    `Đã ghi ${out}: sổ mẫu An Giang 2023 với ${sampleMistakes().length} lỗi cố ý để thử / ` +
      `wrote ${out}: An Giang 2023 sample with ${sampleMistakes().length} planted mistakes to find`
  );
  return 0;
}

/** The header is the first row with more than one filled cell (a title row has one). */
function headerRowOf(values: ReadonlyArray<ReadonlyArray<unknown>>): number {
  const index = values.findIndex((row) => row.filter((v) => v !== "" && v !== null).length > 1);
  return index + 1;
}
