import {
  createNationalReference,
  type NationalData,
  type NationalReference,
} from "./nationalReference";

export type {
  NationalReference,
  ProvinceFound,
  UnitElsewhere,
  UnitLookup,
} from "./nationalReference";
export type { UnitFinding } from "./findUnit";
// Province look-ups need no unit data: usable before (or without) loading it.
export { isProvinceName, nearestProvinceNames, provinceByName, provinceOn } from "./provinceLookup";

/*
 * Use:
 *   const ref = await loadNationalReference();        // once; cached
 *   ref.unitsOf("An Giang", "2026-03-10");             // 102 communes (xã, phường, đặc khu)
 *   ref.unitsOf("Kiên Giang", "2024-06-15");           // its 15 districts of 01/3/2025
 *   ref.findUnit("huyện Chợ Mới", "An Giang", "2026-03-10");
 *     // → { kind: "formerDistrict", unit: xã Chợ Mới, district: huyện Chợ Mới }
 *   ref.whereElse("Ninh Kiều", "2026-03-10", "An Giang");  // → phường Ninh Kiều, TP Cần Thơ
 * Dates are ISO (yyyy-mm-dd): a row's fair start date or decision date. Province look-ups
 * (provinceByName, provinceOn, nearestProvinceNames) work without loading.
 */
let loading: Promise<NationalReference> | undefined;

/**
 * Every province's units before and after 01/7/2025 (scripts/reference/README.md for the
 * sources). The data (~20 KiB gzip) is a separate chunk fetched on the first call, so the pane's
 * first load does not carry it; later calls share the same loaded reference.
 */
export function loadNationalReference(): Promise<NationalReference> {
  loading ??= import(/* webpackChunkName: "national-reference" */ "./data/national.json").then(
    (module) => createNationalReference(dataOf(module)),
    (error: unknown) => {
      // A failed fetch (offline pane) may be retried by the next call.
      loading = undefined;
      throw error;
    }
  );
  return loading;
}

/** Bundlers hand JSON over as the module's default export; CommonJS (jest) as the module. */
function dataOf(module: unknown): NationalData {
  const m = module as { default?: NationalData } & Partial<NationalData>;
  return (m.default ?? m) as NationalData;
}
