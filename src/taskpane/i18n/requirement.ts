import type { Translate } from "./index";

/**
 * A requirement set as users know it: "ExcelApi 1.6" → "ExcelApi 1.6: Excel 2019, 2021,
 * Microsoft 365 or Excel on the web". Volume-licensed Office 2019 stops at ExcelApi 1.7; later sets
 * need Office 2021, Microsoft 365 or the web (Microsoft's "Excel JavaScript API requirement sets").
 */
export function withExcelVersions(requirement: string | undefined, t: Translate): string {
  const m = /ExcelApi 1\.(\d+)/.exec(requirement ?? "");
  if (!m) return requirement ?? "";
  return `${requirement}: ${t(Number(m[1]) <= 7 ? "version.from2019" : "version.from2021")}`;
}
