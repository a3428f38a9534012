import { PortError, type PortErrorCode, type PortErrorDetails } from "../port";

/**
 * Office.js failures as the port's `PortError`, which the pane translates by `code`. Every door
 * operation checks what it can before its one writing sync, so these errors mean nothing was
 * written.
 */

/** Office's error codes (`Excel.ErrorCodes`) the door tells apart. */
const BY_OFFICE_CODE: Record<string, PortErrorCode> = {
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
 * Any failure as a PortError (already-typed errors pass through). `ItemNotFound` is a gone
 * sheet only when the caller knows which sheet the request named; otherwise the missing item may
 * be anything (a conditional format another batch deleted, a name), so it is a plain failure.
 */
export function toDoorError(err: unknown, details: PortErrorDetails = {}): PortError {
  if (err instanceof PortError) return err;
  const officeCode = officeCodeOf(err);
  let code = (officeCode && BY_OFFICE_CODE[officeCode]) || "failed";
  if (code === "sheetGone" && !details.sheet) code = "failed";
  const message = err instanceof Error ? err.message : String(err);
  return new PortError(code, message, { ...details, officeCode });
}
