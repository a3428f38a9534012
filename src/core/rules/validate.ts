import type { Settings } from "../settings";
import type { TypedWorkbook } from "../sheets/rows";
import type { Finding } from "./finding";

/**
 * Row, cross-row and cross-sheet rules of domain.md §4 on typed rows.
 * PLACEHOLDER until the validation engine lands: finds nothing.
 */
export function validate(
  _typed: TypedWorkbook,
  _settings: Settings,
  _options: { today: string }
): Finding[] {
  return [];
}
