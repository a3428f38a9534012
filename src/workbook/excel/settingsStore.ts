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

export async function loadSettings(door: Door, fallback?: DocumentSettings): Promise<Settings> {
  if (!door.req.has("settings")) return decodeSettings(fallback?.get(SETTINGS_KEY));
  return door.batch(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    item.load("value");
    await context.sync();
    return decodeSettings(item.isNullObject ? undefined : item.value);
  });
}

export async function saveSettings(
  door: Door,
  settings: Settings,
  fallback?: DocumentSettings
): Promise<void> {
  const json = JSON.stringify(settings);
  if (door.req.has("settings")) {
    await door.batch(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, json);
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
