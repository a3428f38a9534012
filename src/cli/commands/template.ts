import { existsSync } from "node:fs";
import { nearestProvinceNames, provinceOn } from "../../core/reference/national";
import { defaultSettings } from "../../core/settings";
import { templateFor } from "../../core/sheets/templateFor";
import { templateBook } from "../../workbook/file/templateXlsx";
import { writeXlsx } from "../../workbook/file/writeXlsx";
import { UsageError, type CliIO } from "../io";
import { writeOutputFile } from "../outputFile";
import { localToday } from "../today";

const USAGE = "ocop template OUT.xlsx [--province NAME] [--force]";

/**
 * `ocop template OUT.xlsx [--province NAME] [--force]`: a blank tracking workbook with dropdowns.
 * The unit dropdown offers the province's units in force today (communes from 01/7/2025, on a
 * hidden sheet); an unknown province stops with the nearest names rather than a template
 * without units.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  let force = false;
  let provinceArg: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--force") force = true;
    else if (arg === "--province") {
      provinceArg = args[++i];
      if (!provinceArg || provinceArg.startsWith("-"))
        throw new UsageError(`ocop template: --province cần tên tỉnh / needs a name\n${USAGE}`);
    } else if (arg.startsWith("--province=")) provinceArg = arg.slice("--province=".length);
    else if (arg.startsWith("-"))
      throw new UsageError(`ocop template: tùy chọn không rõ / unknown option ${arg}\n${USAGE}`);
    else rest.push(arg);
  }
  if (rest.length !== 1 || !rest[0])
    throw new UsageError(`ocop template: cần một tệp ra / one output file\n${USAGE}`);
  const out = rest[0];
  const today = localToday();
  const settings = defaultSettings();
  if (provinceArg !== undefined) {
    const province = provinceOn(provinceArg, today);
    if (!province) {
      const nearest = nearestProvinceNames(provinceArg, today);
      const hint = nearest.length > 0 ? ` (gần nhất / nearest: ${nearest.join(", ")})` : "";
      throw new UsageError(
        `ocop template: không biết tỉnh / unknown province "${provinceArg}"${hint}\n${USAGE}`
      );
    }
    settings.province = province.name;
  }
  if (existsSync(out) && !force)
    throw new UsageError(
      `ocop template: ${out} đã có; thêm --force để ghi đè / already exists; add --force to overwrite`
    );
  const template = await templateFor(settings, today);
  const bytes = await writeXlsx(templateBook(template));
  await writeOutputFile("template", out, bytes, force);
  const units = template.units?.rows.length;
  io.out(
    `Đã tạo mẫu / template written: ${out}` +
      (units ? ` (${settings.province}: ${units} xã, phường, đặc khu / communes)` : "")
  );
  return 0;
}
