import type { CliCatalogue } from "./catalogue";

/** English nouns take -s after any count but 1; "info" is uncountable. */
const counted = (one: string, many: string) => (n: number) => `${n} ${n === 1 ? one : many}`;

/** The command line in English (`--lang en`). */
export const en: CliCatalogue = {
  lang: "en",
  usageTitle: "ocop: check OCOP tracking workbooks and write the annual report",
  usageLang: "Messages are in Vietnamese unless --lang en is given.",
  missingCommand: "missing command",
  unknownCommand: (p) => `unknown command "${p.name}"`,
  unexpected: (p) => `unexpected failure: ${p.why}`,

  unknownOption: (p) => `unknown option ${p.option}`,
  missingValue: (p) => `missing value for --${p.option}`,
  missingFile: (p) => `missing file name: ${p.usage}`,
  tooManyFiles: (p) => `one file only: ${p.usage}`,
  badYear: (p) => `--year: a year from 2000 to 2100, not "${p.value}"`,
  badLang: (p) => `--lang: vi or en, not "${p.value}"`,
  unknownProvince: (p) =>
    `--province: no province "${p.value}"` + (p.nearest ? `; did you mean: ${p.nearest}?` : ""),
  badFormat: (p) => `--format: text, html or docx, not "${p.value}"`,
  docxNeedsOut: "--format docx needs --out FILE",

  noSuchFile: (p) => `no such file: ${p.file}`,
  readFolder: (p) => `is a folder, not an .xlsx file: ${p.file}`,
  noReadPermission: (p) => `no permission to read: ${p.file}`,
  cannotRead: (p) => `cannot read: ${p.file}${p.code ? ` (${p.code})` : ""}`,
  notXlsx: (p) => `not a readable workbook file: ${p.file}`,
  unreadable: (p) => `cannot read ${p.file}: ${p.reason}`,

  outputExists: (p) => `${p.file} already exists; add --force to overwrite`,
  outputIsFolder: (p) => `is a folder, not a file: ${p.file}; name a file`,
  noSuchFolder: (p) => `no such folder to write: ${p.file}`,
  noWritePermission: (p) => `no permission to write: ${p.file}`,
  cannotWrite: (p) => `cannot write: ${p.file}${p.code ? ` (${p.code})` : ""}`,

  severity: { error: "error", warning: "warning", info: "info" },
  count: {
    error: counted("error", "errors"),
    warning: counted("warning", "warnings"),
    info: counted("info", "info"),
    file: counted("file", "files"),
  },
  noFindings: "No findings.",
  suggestion: (p) => `suggestion: ${p.value}`,
  total: (p) => `Total, ${p.files}: ${p.summary}.`,
  internalError: (p) => `internal error while checking ${p.file}: ${p.why}`,

  nothingToReport: (p) => `nothing to report for ${p.year}`,
  noReportYear: "no dated row tells the report's year; give --year",
  wrote: (p) => `Wrote ${p.file}`,
  blanksOpen: (p) => `${p.count} blanks still to fill in:`,
  sampleWritten: (p) =>
    `Wrote ${p.file}: the ${p.year >= 2026 ? "merged " : ""}An Giang ${p.year} sample ` +
    `with ${p.mistakes} planted mistakes to find.`,
  templateWritten: (p) =>
    `Template written: ${p.file}` +
    (p.units > 0 ? ` (${p.province}: ${p.units} units in the dropdown)` : ""),
  sampleYears: (p) => `--year ${p.value}: samples exist only for ${p.years}`,

  // roll-up (issue 15)
  mergeNeedsOut: "ocop merge needs --out FILE.xlsx (the province's merged workbook)",
  mergeSource: (p) =>
    `${p.file}: ${counted("fair", "fairs")(p.fairs)}, ` +
    `${counted("exhibit row", "exhibit rows")(p.exhibits)}, ` +
    `${counted("ranked product", "ranked products")(p.products)}`,
  fairsMerged: (p) => `Fairs found in several files, merged into one: ${p.count} rows`,
  acrossTitle: "Across files",
  acrossNone: "No problems across files.",
  acrossTotal: (p) => `Across files: ${p.summary}.`,
  mergeWritten: (p) =>
    `Wrote the merged workbook ${p.file}: ${counted("fair", "fairs")(p.fairs)}, ` +
    `${counted("exhibit row", "exhibit rows")(p.exhibits)}, ` +
    `${counted("ranked product", "ranked products")(p.products)}`,
  reportFromFiles: (p) => `Report from ${p.files} merged (no merged file written).`,
};
