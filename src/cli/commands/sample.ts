import { SAMPLE_YEARS, sampleMistakes, sampleWorkbook } from "../../core/sample";
import { UsageError } from "../io";
import { rawToXlsx } from "../../workbook/file/rawToXlsx";
import { writeXlsx } from "../../workbook/file/writeXlsx";
import type { CliContext } from "../io";
import { fileWriterSpec, type ParsedArgs } from "../options";
import { writeOutputFile } from "../outputFile";

export const spec = fileWriterSpec(
  "ocop sample OUT.xlsx [--year 2023|2026] [--force] [--lang vi|en]",
  ["year"]
);

/**
 * `ocop sample OUT.xlsx [--year 2023|2026]`: writes a sample workbook with its planted mistakes
 * for trying the checker and the report: An Giang 2023 (the default), or with `--year 2026` the
 * merged An Giang after 01/7/2025 (communes, new province names, QĐ 26).
 */
export async function run(args: ParsedArgs, { io, text }: CliContext): Promise<number> {
  const file = args.files[0];
  const year = SAMPLE_YEARS.find((y) => y === (args.year ?? 2023));
  if (year === undefined)
    throw new UsageError((t) =>
      t.sampleYears({ value: String(args.year), years: SAMPLE_YEARS.join(", ") })
    );
  const raw = sampleWorkbook({ mistakes: true, year });
  const headerRows = Object.fromEntries(raw.sheets.map((s) => [s.name, headerRowOf(s.values)]));
  const bytes = await writeXlsx(rawToXlsx(raw, { headerRows }));
  await writeOutputFile(file, bytes, args.force);
  io.out(text.sampleWritten({ file, mistakes: sampleMistakes(year).length, year }));
  return 0;
}

/** The header is the first row with more than one filled cell (a title row has one). */
function headerRowOf(values: ReadonlyArray<ReadonlyArray<unknown>>): number {
  const index = values.findIndex((row) => row.filter((v) => v !== "" && v !== null).length > 1);
  return index + 1;
}
