import { existsSync } from "node:fs";
import { defaultSettings } from "../../core/settings";
import { buildTemplate, templateLists } from "../../core/sheets/template";
import { templateBook } from "../../workbook/file/templateXlsx";
import { writeXlsx } from "../../workbook/file/writeXlsx";
import { UsageError, type CliIO } from "../io";
import { writeOutputFile } from "../outputFile";
import { localToday } from "../today";

const USAGE = "ocop template OUT.xlsx [--force]";

/** `ocop template OUT.xlsx [--force]`: a blank tracking workbook with dropdowns. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const force = args.includes("--force");
  const rest = args.filter((a) => a !== "--force");
  const unknown = rest.find((a) => a.startsWith("-"));
  if (unknown)
    throw new UsageError(`ocop template: tùy chọn không rõ / unknown option ${unknown}\n${USAGE}`);
  if (rest.length !== 1 || !rest[0])
    throw new UsageError(`ocop template: cần một tệp ra / one output file\n${USAGE}`);
  const out = rest[0];
  if (existsSync(out) && !force)
    throw new UsageError(
      `ocop template: ${out} đã có; thêm --force để ghi đè / already exists; add --force to overwrite`
    );
  const today = localToday();
  const template = buildTemplate(templateLists(defaultSettings(), today));
  const bytes = await writeXlsx(templateBook(template));
  await writeOutputFile("template", out, bytes, force);
  io.out(`Đã tạo mẫu / template written: ${out}`);
  return 0;
}
