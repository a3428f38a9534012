import type { CheckResult } from "../check";
import type { NationalReference } from "../reference/national";
import { provinceOn } from "../reference/provinceLookup";
import { fold } from "../text/fold";
import { acrossAt } from "./acrossFinding";
import type { RowsOfSource, SourceRow } from "./sourceRows";
import type { AcrossFinding } from "./types";

type UnitRow = SourceRow<"exhibits"> | SourceRow<"products">;

/**
 * A unit a file's own check found in another province (`*.district.elsewhere`), when that
 * province is another source's: the file was most likely set to the wrong province, or its row
 * belongs in the other file. Named once per row, against the other source's first unit cell.
 */
export function unitsAcross(
  rows: readonly RowsOfSource[],
  perFile: readonly { result: CheckResult }[],
  provinces: readonly string[],
  reference: NationalReference,
  today: string
): AcrossFinding[] {
  const out: AcrossFinding[] = [];
  rows.forEach((mine, s) => {
    const elsewhere = perFile[s].result.findings.filter(
      (f) => f.code === "exhibits.district.elsewhere" || f.code === "products.district.elsewhere"
    );
    if (elsewhere.length === 0) return;
    const fairDates = new Map(
      mine.fairs.map((f) => [fold(f.typed.fairCode ?? ""), f.typed.startDate])
    );
    for (const finding of elsewhere) {
      const kind = finding.sheetKind === "exhibits" ? "exhibits" : "products";
      const row = (mine[kind] as UnitRow[]).find((r) => r.row === finding.row);
      const text = row?.typed.district ?? (typeof finding.value === "string" ? finding.value : "");
      if (!row || !text) continue;
      const date =
        (row.kind === "products"
          ? (row as SourceRow<"products">).typed.decisionDate
          : fairDates.get(fold(row.typed.fairCode ?? ""))) ?? today;
      const where = new Set(
        reference.whereElse(text, date, provinces[s]).map((e) => e.province.name)
      );
      const other = rows.findIndex(
        (_, o) =>
          o !== s &&
          fold(provinces[o]) !== fold(provinces[s]) &&
          where.has(provinceOn(provinces[o], date)?.name ?? "")
      );
      const at = other >= 0 ? firstUnitRow(rows[other]) : undefined;
      if (!at) continue;
      out.push(
        acrossAt("across.units.otherProvince", row, "district", at, "district", {
          unit: text,
          province: provinces[s],
          otherProvince: provinces[other],
        })
      );
    }
  });
  return out;
}

/** The first row of a source that names a unit (ranked products first, then exhibits). */
export function firstUnitRow(rows: RowsOfSource): UnitRow | undefined {
  return rows.products.find((r) => r.typed.district) ?? rows.exhibits.find((r) => r.typed.district);
}
