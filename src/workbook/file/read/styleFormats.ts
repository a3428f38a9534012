import { attribute, decodeXmlText } from "./xmlText";

// ECMA-376 Part 1, §18.8.30 numFmt: the built-in formats, as exceljs names them (so the grids
// match what the Excel door and the former exceljs reader give). Ids 27-36 and 50-58 depend on
// an East Asian locale and have no single text; like exceljs, they read as General.
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The number format of each cell style (the `s` of a cell indexes `cellXfs`). */
export function styleFormats(stylesXml: string | undefined): string[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  const numFmt = /<(?:[\w.-]+:)?numFmt\b([^>]*)>/g;
  for (let m = numFmt.exec(stylesXml); m; m = numFmt.exec(stylesXml)) {
    const id = attribute(m[1], "numFmtId");
    const code = attribute(m[1], "formatCode");
    if (id !== undefined && code !== undefined) custom.set(Number(id), decodeXmlText(code));
  }
  const xfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(stylesXml);
  if (!xfs) return [];
  const out: string[] = [];
  const xf = /<(?:[\w.-]+:)?xf\b([^>]*)>/g;
  for (let m = xf.exec(xfs[1]); m; m = xf.exec(xfs[1])) {
    const id = Number(attribute(m[1], "numFmtId") ?? 0);
    out.push(custom.get(id) ?? BUILT_IN[id] ?? "General");
  }
  return out;
}
