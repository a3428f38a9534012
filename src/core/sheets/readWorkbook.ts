import type { Finding } from "../rules/finding";
import type { Settings } from "../settings";
import type { RawWorkbook } from "./rawSheet";
import type { TypedWorkbook } from "./rows";

/**
 * Raw grids → typed rows + reading findings (sheet identification, header detection, coercion).
 * PLACEHOLDER until the validation engine lands: finds nothing.
 */
export function readWorkbook(
  _raw: RawWorkbook,
  _settings: Settings,
  _options: { today: string }
): { typed: TypedWorkbook; findings: Finding[] } {
  return { typed: { fairs: [], exhibits: [], products: [], locations: {} }, findings: [] };
}
