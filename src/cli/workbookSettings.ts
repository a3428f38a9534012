import { defaultSettings, settingsFromJson, type Settings } from "../core/settings";
import { fold } from "../core/text/fold";
import type { CommonOptions } from "./options";

/**
 * The settings a command works with: the workbook's saved settings (broken JSON falls back to
 * defaults, as parseSettings does field by field), then the command-line options over them.
 */
export function workbookSettings(
  settingsJson: string | undefined,
  options: CommonOptions
): Settings {
  const settings = settingsJson === undefined ? defaultSettings() : settingsFromJson(settingsJson);
  if (options.year !== undefined) settings.reportYear = options.year;
  if (options.province !== undefined) {
    // Units saved for another province do not apply to this one.
    if (fold(options.province) !== fold(settings.province)) settings.units = undefined;
    settings.province = options.province;
  }
  return settings;
}
