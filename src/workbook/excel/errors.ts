/**
 * Office.js failures as typed errors the pane can translate by `code`. Every door operation checks
 * what it can before its one writing sync, so these errors mean nothing was written.
 */
export type ExcelDoorErrorCode =
  /** The sheet (or the workbook structure) is protected. */
  | "protected"
  /** The user is typing in a cell; Excel refuses batches until they leave it. */
  | "editMode"
  /** A sheet named in the request is no longer there (deleted or renamed during the run). */
  | "sheetGone"
  /** A cell no longer holds the value the user saw (fix refused). */
  | "changed"
  /** A cell to fix holds a formula: writing a value would destroy it (fix refused). */
  | "formula"
  /** This Excel lacks the requirement set the feature needs. */
  | "unsupported"
  /** A request over Excel's payload limit even at one row per chunk. */
  | "tooLarge"
  /** Another change to the workbook (highlight, clear, fix, undo, template) is still running. */
  | "busy"
  /** The caller's AbortSignal stopped a read between two syncs. */
  | "cancelled"
  | "failed";

export interface ExcelDoorErrorDetails {
  sheet?: string;
  /** A1 addresses (with sheet) of the cells concerned. */
  cells?: string[];
  /** The requirement set a missing feature needs, e.g. "ExcelApi 1.6". */
  requirement?: string;
  /** Office's own error code, when there was one. */
  officeCode?: string;
}

export class ExcelDoorError extends Error {
  readonly code: ExcelDoorErrorCode;
  readonly details: ExcelDoorErrorDetails;

  constructor(code: ExcelDoorErrorCode, message: string, details: ExcelDoorErrorDetails = {}) {
    super(message);
    this.name = "ExcelDoorError";
    this.code = code;
    // A sheet is named or not at all: the pane must never say "sheet  is gone".
    const { sheet, ...rest } = details;
    this.details = sheet ? { sheet, ...rest } : rest;
  }
}

/** Office's error codes (`Excel.ErrorCodes`) the door tells apart. */
const BY_OFFICE_CODE: Record<string, ExcelDoorErrorCode> = {
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "editMode",
  ItemNotFound: "sheetGone",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  RequestPayloadSizeLimitExceeded: "tooLarge",
};

export function officeCodeOf(err: unknown): string | undefined {
  if (typeof err === "object" && err !== null && "code" in err) {
    const code = (err as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

export function isPayloadTooLarge(err: unknown): boolean {
  return BY_OFFICE_CODE[officeCodeOf(err) ?? ""] === "tooLarge";
}

/**
 * Any failure as an ExcelDoorError (already-typed errors pass through). `ItemNotFound` is a gone
 * sheet only when the caller knows which sheet the request named; otherwise the missing item may
 * be anything (a conditional format another batch deleted, a name), so it is a plain failure.
 */
export function toDoorError(err: unknown, details: ExcelDoorErrorDetails = {}): ExcelDoorError {
  if (err instanceof ExcelDoorError) return err;
  const officeCode = officeCodeOf(err);
  let code = (officeCode && BY_OFFICE_CODE[officeCode]) || "failed";
  if (code === "sheetGone" && !details.sheet) code = "failed";
  const message = err instanceof Error ? err.message : String(err);
  return new ExcelDoorError(code, message, { ...details, officeCode });
}
