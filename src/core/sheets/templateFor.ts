import { loadNationalReference } from "../reference/national";
import { DISTRICT_LEVEL_ENDED } from "../reference/units";
import type { Settings } from "../settings";
import { buildTemplate, templateLists, type Template } from "./template";

/**
 * The template for the settings' province on `asOf` (ISO), as both doors and the CLI offer it.
 * From 01/7/2025, unless the user listed their own units, the unit dropdown offers the
 * province's communes in force that day, read from the national reference (loaded on demand,
 * so the pane's first load does not carry it). Before, or for a province the reference does
 * not know, the template is the one `templateLists` describes.
 */
export async function templateFor(settings: Settings, asOf: string): Promise<Template> {
  const lists = templateLists(settings, asOf);
  if (asOf < DISTRICT_LEVEL_ENDED || settings.units) return buildTemplate(lists, { asOf });
  const reference = await loadNationalReference();
  const units = reference.unitsOf(settings.province, asOf);
  if (!units || units.length === 0) return buildTemplate(lists, { asOf });
  const communes = units.map((u) => `${u.type} ${u.name}`);
  // The communes live on the hidden sheet; the 2023 districts have no place in a 2026 Danh mục.
  return buildTemplate({ ...lists, districts: [] }, { asOf, communes });
}
