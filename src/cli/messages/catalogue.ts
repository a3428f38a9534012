import type { Lang } from "../../core/findings";
import type { Severity } from "../../core/findings";

/**
 * Every text the command line prints of its own, one entry per message; finding messages come
 * from the core's catalogue. One object per language implements it, so a message missing in
 * either language is a type error.
 */
export interface CliCatalogue {
  /** The language these texts are in (for texts other catalogues give, e.g. the file reader's). */
  lang: Lang;
  // The command itself
  usageTitle: string;
  usageLang: string;
  missingCommand: string;
  unknownCommand: (p: { name: string }) => string;
  unexpected: (p: { why: string }) => string;

  // Arguments
  unknownOption: (p: { option: string }) => string;
  missingValue: (p: { option: string }) => string;
  missingFile: (p: { usage: string }) => string;
  tooManyFiles: (p: { usage: string }) => string;
  badYear: (p: { value: string }) => string;
  badLang: (p: { value: string }) => string;
  /** `nearest`: the closest province names, comma-separated, or empty. */
  unknownProvince: (p: { value: string; nearest: string }) => string;
  badFormat: (p: { value: string }) => string;
  docxNeedsOut: string;

  // Reading a workbook
  noSuchFile: (p: { file: string }) => string;
  readFolder: (p: { file: string }) => string;
  noReadPermission: (p: { file: string }) => string;
  cannotRead: (p: { file: string; code: string }) => string;
  notXlsx: (p: { file: string }) => string;
  /** The reader's own reason (a password, a .csv, a zip bomb, too many cells), in this language. */
  unreadable: (p: { file: string; reason: string }) => string;

  // Writing an output file
  outputExists: (p: { file: string }) => string;
  outputIsFolder: (p: { file: string }) => string;
  noSuchFolder: (p: { file: string }) => string;
  noWritePermission: (p: { file: string }) => string;
  cannotWrite: (p: { file: string; code: string }) => string;

  // check
  severity: Record<Severity, string>;
  /** "3 lỗi" / "3 errors": the count with its noun. */
  count: Record<Severity | "file", (n: number) => string>;
  noFindings: string;
  suggestion: (p: { value: string }) => string;
  total: (p: { files: string; summary: string }) => string;
  internalError: (p: { file: string; why: string }) => string;

  // report, sample, template
  nothingToReport: (p: { year: number }) => string;
  wrote: (p: { file: string }) => string;
  blanksOpen: (p: { count: number }) => string;
  noReportYear: string;
  sampleWritten: (p: { file: string; mistakes: number; year: number }) => string;
  /** `units`: how many units the dropdown offers (0: none listed for the province). */
  templateWritten: (p: { file: string; province: string; units: number }) => string;
  sampleYears: (p: { value: string; years: string }) => string;

  // roll-up (issue 15): merge, check --across, report FILE...
  mergeNeedsOut: string;
  /** One source's rows: fairs, exhibits and ranked products read from it. */
  mergeSource: (p: { file: string; fairs: number; exhibits: number; products: number }) => string;
  fairsMerged: (p: { count: number }) => string;
  acrossTitle: string;
  acrossNone: string;
  acrossTotal: (p: { summary: string }) => string;
  mergeWritten: (p: { file: string; fairs: number; exhibits: number; products: number }) => string;
  reportFromFiles: (p: { files: string }) => string;
}

export type CliMessageKey = keyof CliCatalogue;

/** A text to print, rendered once the language is known (errors are thrown before that). */
export type CliText = (t: CliCatalogue) => string;
