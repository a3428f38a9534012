import { provinceOn } from "../../core/reference/national";
import { defaultSettings } from "../../core/settings";
import {
  TEMPLATE_LAYOUTS,
  withHistoryLayout,
  type TemplateLayout,
} from "../../core/sheets/history/historyTemplate";
import { templateFor } from "../../core/sheets/templateFor";
import { templateBook } from "../../workbook/file/templateXlsx";
import { writeXlsx } from "../../workbook/file/writeXlsx";
import { UsageError, type CliContext } from "../io";
import { fileWriterSpec, type ParsedArgs } from "../options";
import { writeOutputFile } from "../outputFile";
import { localToday } from "../today";

export const spec = fileWriterSpec(
  "ocop template OUT.xlsx [--province NAME] [--layout standard|history] [--force] [--lang vi|en]",
  ["province", "layout"]
);

/**
 * `ocop template OUT.xlsx [--province NAME]`: a blank tracking workbook with dropdowns. The unit
 * dropdown offers the province's units in force today (communes from 01/7/2025, on a hidden
 * sheet); an unknown province is refused by the argument parser with the nearest names, and an
 * old name takes its successor (Kiên Giang → An Giang). `--layout history` heads the ranked
 * sheet as offices keep it: two recognition rounds under merged titles (core/sheets/history).
 */
export async function run(args: ParsedArgs, { io, text }: CliContext): Promise<number> {
  const file = args.files[0];
  const layout = args.values.get("layout") ?? "standard";
  if (!(TEMPLATE_LAYOUTS as readonly string[]).includes(layout))
    throw new UsageError((t) => t.badLayout({ value: layout }));
  const today = localToday();
  const settings = defaultSettings();
  if (args.province !== undefined)
    settings.province = provinceOn(args.province, today)?.name ?? args.province;
  const standard = await templateFor(settings, today);
  const template =
    (layout as TemplateLayout) === "history" ? withHistoryLayout(standard) : standard;
  await writeOutputFile(file, await writeXlsx(templateBook(template)), args.force);
  const units = template.units?.rows.length ?? 0;
  io.out(text.templateWritten({ file, province: settings.province, units }));
  return 0;
}
