import { checkWorkbook, type CheckOptions, type CheckResult } from "../check";
import { compareFindings } from "../findings/finding";
import { fairsAcross } from "./fairsAcross";
import { freshRows } from "./freshRows";
import { productsAcross } from "./productsAcross";
import { sourcesAcross } from "./sourcesAcross";
import { unitsAcross } from "./unitsAcross";
import { sourceRows, type RowsOfSource } from "./sourceRows";
import type { AcrossFinding, RollupSource } from "./types";

/** Each source checked alone, and its data rows as the merge and the across checks read them. */
export function readSources(
  sources: readonly RollupSource[],
  options: CheckOptions
): { perFile: { name: string; result: CheckResult }[]; rows: RowsOfSource[] } {
  const perFile = sources.map((s) => ({
    name: s.name,
    result: checkWorkbook(s.raw, s.settings, options),
  }));
  const rows = sources.map((s, i) => sourceRows(i, s.name, s.raw, perFile[i].result));
  return { perFile, rows };
}

/** The findings only several files read together give, in source order then cell order. */
export function acrossFindings(
  sources: readonly RollupSource[],
  read: ReturnType<typeof readSources>,
  options: CheckOptions
): AcrossFinding[] {
  const { rows, perFile } = read;
  const names = sources.map((s) => s.name);
  const provinces = sources.map((s) => s.settings.province);
  const fresh = freshRows(rows);
  const found = [
    ...productsAcross(fresh),
    ...fairsAcross(fresh),
    ...unitsAcross(rows, perFile, provinces, options.reference, options.today),
    ...sourcesAcross(rows, perFile, provinces),
  ];
  const order = new Map(names.map((name, i) => [name, i] as const));
  return found.sort(
    (a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || compareFindings(a, b)
  );
}

/** Checks across files only (`ocop check --across`): rollUp(...).across without the merge. */
export function checkAcross(
  sources: readonly RollupSource[],
  options: CheckOptions
): AcrossFinding[] {
  return acrossFindings(sources, readSources(sources, options), options);
}
