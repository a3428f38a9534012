import type { NationalReference } from "../reference/nationalReference";
import type { Unit } from "../settings";

/** A stretch of text with one emphasis; cell text in it is data, never markup. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** The index in its paragraph's `figures` when this run prints a figure. */
  figure?: number;
}

/** A row of the workbook a figure was counted from. */
export interface RowRef {
  /** The sheet's name in the workbook. */
  sheet: string;
  /** Excel row number. */
  row: number;
}

/**
 * A figure the report prints ("21 sản phẩm", "03 kỳ Hội chợ Triển lãm", "huyện Chợ Mới 05 sản
 * phẩm") with the rows it came from, so every figure can be shown and checked against its rows.
 * A count in `text` is the number of `rows`, except lượt (the sum of those rows' count column)
 * and units ("10 huyện, thị xã, thành phố": the distinct units of the rows).
 */
export interface Figure {
  text: string;
  rows: RowRef[];
  /**
   * What the figure counts, when another part of the document lists the same rows: the
   * appendices take their rows from these figures (issue 11).
   */
  counts?: "rankedInYear" | "fairsInYear" | "exhibitsShown";
}

/** The paragraphs of domain.md §6, each present only when its data exists. */
export type ParagraphId = "ranking" | "promotion" | ActivityParagraphId;

/** The whole document's section-1 topics written from the activity sheets (issue 11). */
export type ActivityParagraphId = "training" | "evaluation";

export interface ReportParagraph {
  id: ParagraphId;
  runs: Run[];
  /** Every figure the runs print, in reading order. */
  figures: Figure[];
}

/** Why a part of the report is left out on purpose; doors show these beside the report. */
export type ReportNoteId =
  /** The ranked sheet holds only rows of the year: no cumulative total can be true. */
  | "cumulativeNeedsEarlierRows"
  /** No ranked-products sheet: no ranking paragraph. */
  | "noProductsSheet"
  /** No fairs sheet: no promotion paragraph. */
  | "noFairsSheet"
  /** Rows repeating a ranked product (the checker's duplicate) were counted once. */
  | "duplicatesCountedOnce";

export interface ReportNote {
  id: ReportNoteId;
  /** Rows concerned, when there are any. */
  rows: RowRef[];
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
  kind: "fairs" | "exhibits" | "products" | "training" | "councils";
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
  /** "khoảng 120 lượt" rather than "120 lượt": only when the user asks (the sum is exact). */
  approximate: boolean;
  /** "03 kỳ" rather than "3 kỳ". */
  leadingZeros: boolean;
  /** ISO date the figures are counted to; absent or not an ISO date = 31/12 of `year`. */
  reportDate?: string;
  /**
   * The province's units from settings or the `Danh mục` sheet; rows are read against them
   * first, then against `reference` on the row's date.
   */
  units?: Unit[];
  /** The national reference (loaded by the door): unit types and lists on each row's date. */
  reference?: NationalReference;
  /** How many product names to give as examples (default 7, as the seed does). */
  examples?: number;
}

export interface ReportModel {
  title: Run[];
  year: number;
  /** ISO date the figures are counted to (also the .docx's date). */
  reportDate: string;
  province: string;
  agency: string;
  paragraphs: ReportParagraph[];
  leftOut: LeftOut[];
  notes: ReportNote[];
  /**
   * The document's training and evaluation topics (issue 11), each present when its activity
   * sheet is; the two-paragraph report does not print them.
   */
  activities?: ReportParagraph[];
  /** The activity rows those topics leave out and why (the document lists them). */
  activityLeftOut?: LeftOut[];
}

/** The plain words of runs, emphasis dropped. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join("");
}
