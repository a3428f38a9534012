import type { PortCapabilities } from "../port";

/** Is `ExcelApi <version>` supported here? Production asks Office; tests pass their own. */
export type ApiSupport = (version: string) => boolean;

export function officeApiSupport(): ApiSupport {
  return (version) => {
    try {
      return Office.context.requirements.isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
}

/**
 * The ExcelApi sets each feature needs (Microsoft's requirement-set tables). The manifest asks only
 * for 1.1 so Office 2016 loads the add-in; the rest is detected at run time.
 */
export const FEATURE_SETS = {
  /** `getUsedRange(valuesOnly)`, `workbook.functions` (the 1904 probe), sheet protection state. */
  valuesOnly: "1.2",
  /** `RangeFormat.columnWidth`. */
  columnWidth: "1.2",
  /** `getItemOrNullObject`, `getUsedRangeOrNullObject`, `workbook.settings`, `names.add`. */
  nullObjects: "1.4",
  settings: "1.4",
  highlight: "1.6",
  freezePanes: "1.7",
  workbookProtection: "1.7",
  dataValidation: "1.8",
  liveMode: "1.9",
  /** `Worksheet.getRanges`: several areas selected at once (a report figure's rows). */
  multiAreaSelect: "1.9",
  delayForCellEdit: "1.11",
} as const;

export type Feature = keyof typeof FEATURE_SETS;

export interface Requirements {
  has(feature: Feature): boolean;
  capabilities: PortCapabilities;
}

export function detectRequirements(supported: ApiSupport): Requirements {
  const cache = new Map<Feature, boolean>();
  const has = (feature: Feature): boolean => {
    let yes = cache.get(feature);
    if (yes === undefined) {
      yes = supported(FEATURE_SETS[feature]);
      cache.set(feature, yes);
    }
    return yes;
  };
  const missing: Record<string, string> = {};
  for (const feature of ["highlight", "dataValidation", "liveMode", "freezePanes"] as const)
    if (!has(feature)) missing[feature] = `ExcelApi ${FEATURE_SETS[feature]}`;
  return {
    has,
    capabilities: {
      navigate: true,
      highlight: has("highlight"),
      dataValidation: has("dataValidation"),
      liveMode: has("liveMode"),
      missing,
    },
  };
}
