import type { MessageKey } from "../i18n";

/**
 * Any failure as a sentence from the catalogue, never a stack trace. Errors are told apart by
 * name and code so the pane needs neither the Excel door nor exceljs to recognise them.
 */
export function problemOf(err: unknown): { key: MessageKey; params?: Record<string, string> } {
  const e = (typeof err === "object" && err !== null ? err : {}) as {
    name?: string;
    code?: string;
    cells?: string[];
    details?: { cells?: string[]; requirement?: string; sheet?: string };
    message?: string;
  };
  const cells = (e.cells ?? e.details?.cells ?? []).slice(0, 5).join(", ");
  if (e.name === "FixConflictError") return { key: "problem.changed", params: { cells } };
  if (e.name === "UnreadableWorkbookError") return { key: "problem.unreadable" };
  if (e.name === "ExcelDoorError") {
    switch (e.code) {
      case "protected":
        return { key: "problem.protected", params: { sheet: e.details?.sheet ?? "" } };
      case "editMode":
        return { key: "problem.editMode" };
      case "sheetGone":
        return { key: "problem.sheetGone", params: { sheet: e.details?.sheet ?? "" } };
      case "changed":
        return { key: "problem.changed", params: { cells } };
      case "formula":
        return { key: "problem.formula", params: { cells } };
      case "unsupported":
        return {
          key: "problem.unsupported",
          params: { requirement: e.details?.requirement ?? "" },
        };
      case "tooLarge":
        return { key: "problem.tooLarge" };
      case "busy":
        return { key: "problem.busy" };
    }
  }
  return { key: "problem.failed", params: { detail: e.message ?? String(err) } };
}
