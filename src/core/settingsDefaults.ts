import type { Settings } from "./settings";

/**
 * The settings before the user sets anything: what `SettingsSchema.parse({})` gives, written out
 * so that a module needing only the defaults (the pane's session) does not load zod
 * (tests/core/settingsDefaults.test.ts holds the two equal).
 */
export function defaultSettings(): Settings {
  return { version: 1, province: "An Giang", agency: "Sở Công Thương", dismissed: [] };
}
