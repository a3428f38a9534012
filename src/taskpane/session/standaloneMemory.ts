import type { Settings } from "../../core/settings";
import type { FileDoor, FileDoorOptions, WorkbookPort } from "../../workbook/port";
import { base64ToBytes, bytesToBase64 } from "./base64";
import { recall, remember } from "./paneMemory";

/**
 * The standalone page's workbook across a reload (Excel on the web reloads idle add-ins, and a
 * user may press F5): its grids, settings and, when small, the file as opened, in sessionStorage.
 */

/** Past this many cells a workbook is not copied into sessionStorage (it would not fit). */
const REMEMBERED_CELLS = 100_000;
/** Past this size the opened file's bytes are not kept either (base64 adds a third). */
const REMEMBERED_BYTES = 1_000_000;

/** Keeps the workbook the port holds; a door without grids (Excel) keeps its own. */
export function rememberWorkbook(
  port: WorkbookPort,
  settings: Settings,
  name: string | undefined
): void {
  if (!port.workbook) return;
  const raw = port.workbook();
  const cells = raw.sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0);
  if (cells > REMEMBERED_CELLS) {
    remember({ standalone: undefined });
    return;
  }
  const original = port.original?.();
  remember({
    standalone: {
      name: name ?? "workbook.xlsx",
      raw,
      settingsJson: JSON.stringify(settings),
      original:
        original && original.byteLength <= REMEMBERED_BYTES ? bytesToBase64(original) : undefined,
    },
  });
}

/**
 * The workbook this page held before a reload, opened again through the file door, with the
 * number of its cells fixed and not yet downloaded: a reload must not make them look saved.
 */
export function recallWorkbook(
  files: FileDoor,
  options: FileDoorOptions
): { port: WorkbookPort; name: string; unsaved: number } | undefined {
  const memory = recall();
  const kept = memory.standalone;
  if (!kept) return undefined;
  const port = files.fromGrids(kept.raw, {
    ...options,
    settingsJson: kept.settingsJson,
    original: kept.original ? base64ToBytes(kept.original) : undefined,
  });
  return { port, name: kept.name, unsaved: memory.unsaved ?? 0 };
}
