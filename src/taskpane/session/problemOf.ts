import { PortError } from "../../workbook/port";
import type { MessageKey } from "../i18n";

/**
 * Any failure as a sentence from the catalogue, never a stack trace. Both doors fail with the
 * port's `PortError`, told apart by its code; anything else is unexpected.
 */
export function problemOf(err: unknown): { key: MessageKey; params?: Record<string, string> } {
  if (err instanceof PortError) {
    const cells = (err.details.cells ?? []).slice(0, 5).join(", ");
    switch (err.code) {
      case "protected":
        return { key: "problem.protected", params: { sheet: err.details.sheet ?? "" } };
      case "editMode":
        return { key: "problem.editMode" };
      case "sheetGone":
        return { key: "problem.sheetGone", params: { sheet: err.details.sheet ?? "" } };
      case "changed":
        return { key: "problem.changed", params: { cells } };
      case "formula":
        return { key: "problem.formula", params: { cells } };
      case "unsupported":
        return {
          key: "problem.unsupported",
          params: { requirement: err.details.requirement ?? "" },
        };
      case "tooLarge":
        return { key: "problem.tooLarge" };
      case "busy":
        return { key: "problem.busy" };
      case "unreadable":
        return { key: "problem.unreadable" };
      case "cancelled":
        return { key: "read.cancelled" };
    }
  }
  return {
    key: "problem.failed",
    params: { detail: err instanceof Error ? err.message : String(err) },
  };
}
