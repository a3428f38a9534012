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
