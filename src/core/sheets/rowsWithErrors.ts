import type { Finding, RecordKind } from "../findings/finding";
import type { TypedWorkbook } from "./rows";

/**
 * The data rows that carry an error finding, per record sheet (the tracking and activity sheets): the rows the report leaves
 * out. Reading fills it from its own findings; the whole check refines it with the rules' (and
 * a dismissed error was reviewed by the user, so its row counts again).
 */
export function rowsWithErrors(
  locations: TypedWorkbook["locations"],
  findings: readonly Finding[]
): TypedWorkbook["rowsWithErrors"] {
  const out: TypedWorkbook["rowsWithErrors"] = {};
  const kinds = [
    "fairs",
    "exhibits",
    "products",
    "training",
    "councils",
  ] as const satisfies RecordKind[];
  for (const kind of kinds) {
    const location = locations[kind];
    if (!location) continue;
    const rows = new Set<number>();
    for (const f of findings)
      if (f.severity === "error" && f.sheet === location.sheet && f.row > location.headerRow)
        rows.add(f.row);
    out[kind] = [...rows].sort((a, b) => a - b);
  }
  return out;
}
