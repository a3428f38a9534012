import { parseSettings, settingsFromJson, type Settings } from "../../core/settings";
import type { Door } from "./door";
import { PortError } from "../port";

/** The key the settings JSON is kept under, in the workbook and in the document settings. */
export const SETTINGS_KEY = "ocop.settings";

/** `Office.context.document.settings`, the pre-ExcelApi-1.4 store (saved with `saveAsync`). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

export function officeDocumentSettings(): DocumentSettings | undefined {
  try {
    return Office.context.document.settings as unknown as DocumentSettings;
  } catch {
    return undefined;
  }
}

/** Stored text or object → Settings; anything unreadable falls back to defaults. */
export function decodeSettings(stored: unknown): Settings {
  if (typeof stored === "string") return settingsFromJson(stored);
  return parseSettings(stored ?? undefined);
}

/**
 * The one settings store every door shares: cell A1 of the very hidden sheet `_ocop_settings`
 * (what the file door and the CLI read and write, src/workbook/file/readXlsx.ts), never read as
 * data. Before it, the Excel door kept settings in `workbook.settings`; that copy is read when the
 * sheet is missing and deleted on the next save (the migration).
 */
export const SETTINGS_SHEET = "_ocop_settings";
/** Excel's specifications: a cell holds at most 32,767 characters. */
export const MAX_CELL_CHARACTERS = 32_767;

/**
 * Two syncs: whether the sheet is there (with the old `workbook.settings` entry), then its A1 (a
 * range of a missing sheet cannot be asked for in the same request).
 */
export async function loadSettings(door: Door, fallback?: DocumentSettings): Promise<Settings> {
  if (!door.req.has("settings")) return decodeSettings(fallback?.get(SETTINGS_KEY));
  return door.batch(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    sheet.load("name");
    const legacy = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    legacy.load("value");
    await context.sync();
    if (sheet.isNullObject) return decodeSettings(legacy.isNullObject ? undefined : legacy.value);
    const cell = sheet.getRange("A1");
    cell.load("values");
    await context.sync();
    return decodeSettings(cell.values[0][0]);
  });
}

/**
 * Two syncs: whether the sheet and the old entry exist, then A1 written as text (the sheet made
 * very hidden if new) and the old entry deleted.
 */
export async function saveSettings(
  door: Door,
  settings: Settings,
  fallback?: DocumentSettings
): Promise<void> {
  const json = JSON.stringify(settings);
  if (door.req.has("settings")) {
    if (json.length > MAX_CELL_CHARACTERS)
      throw new PortError("tooLarge", "Settings are longer than one cell holds");
    await door.batch(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(SETTINGS_SHEET);
      existing.load("name");
      const legacy = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      legacy.load("value");
      await context.sync();
      let sheet = existing;
      if (existing.isNullObject) {
        sheet = sheets.add(SETTINGS_SHEET);
        // Very hidden: not in Excel's Unhide list, so nobody edits or deletes it by accident.
        sheet.visibility = "VeryHidden";
      }
      const cell = sheet.getRange("A1");
      // Text format first, so the JSON is stored as written, never parsed as a typed value.
      cell.numberFormat = [["@"]];
      cell.values = [[json]];
      if (!legacy.isNullObject) legacy.delete();
      await context.sync();
    });
    return;
  }
  if (!fallback)
    throw new PortError("unsupported", "No settings store in this Excel", {
      requirement: "ExcelApi 1.4",
    });
  fallback.set(SETTINGS_KEY, json);
  await new Promise<void>((resolve, reject) =>
    fallback.saveAsync((result) =>
      result.status === "failed"
        ? reject(new PortError("failed", result.error?.message ?? "saveAsync failed"))
        : resolve()
    )
  );
}
