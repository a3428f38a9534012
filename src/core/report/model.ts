import type { Unit } from "../settings";

/** A stretch of text with one emphasis; cell text in it is data, never markup. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** The paragraphs of domain.md §6, each present only when its data exists. */
export type ParagraphId = "ranking" | "promotion";

export interface ReportParagraph {
  id: ParagraphId;
  runs: Run[];
}

/** Why a row did not count in the report. */
export type LeftOutReason =
  /** The row carries at least one error finding. */
  | "errors"
  /** An exhibit whose fair has errors or is not on the fairs sheet. */
  | "fairLeftOut"
  /** A row without a value the report needs (date, stars...) and yet no error: counted nowhere. */
  | "incomplete";

export interface LeftOut {
  kind: "fairs" | "exhibits" | "products";
  /** The sheet's name in the workbook, when it was found. */
  sheet?: string;
  reason: LeftOutReason;
  /** Excel row numbers, ascending. */
  rows: number[];
}

export interface ReportOptions {
  year: number;
  /** The province the report is about, e.g. "An Giang". */
  province: string;
  /** The reporting agency, e.g. "Sở Công Thương". */
  agency: string;
  /** "khoảng 120 lượt" rather than "120 lượt". */
  approximate: boolean;
  /** "03 kỳ" rather than "3 kỳ". */
  leadingZeros: boolean;
  /** ISO date the figures are counted to; absent or not an ISO date = 31/12 of `year`. */
  reportDate?: string;
  /** The province's units; absent = the reference list (An Giang 2023). */
  units?: Unit[];
  /** How many product names to give as examples (default 7, as the seed does). */
  examples?: number;
}

export interface ReportModel {
  title: Run[];
  year: number;
  province: string;
  agency: string;
  paragraphs: ReportParagraph[];
  leftOut: LeftOut[];
}

/** The plain words of runs, emphasis dropped. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join("");
}
