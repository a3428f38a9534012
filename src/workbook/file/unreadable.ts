import { PortError } from "../port";

/**
 * The reader's "not a workbook" as the port's error. Told by name: the failure may have crossed
 * from a Web Worker, where classes do not survive, and the name spares loading exceljs.
 */
export function unreadableAsPortError(err: unknown): unknown {
  if (err instanceof Error && err.name === "UnreadableWorkbookError")
    return new PortError("unreadable", err.message);
  return err;
}
