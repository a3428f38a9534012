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
 * for 1.1 so Office 2016 loads the add-in; the rest is detected at run time. Which Excel has which
 * set (Microsoft Learn, "Excel JavaScript API requirement sets"): volume-licensed Office 2016 stops
 * at 1.1 or 1.2, Office 2019 at 1.7 (so 1.8, dropdowns, is Office 2021), Office 2021 at 1.14;
 * Microsoft 365, the web and Mac have the rest.
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
  /** `NamedItem.formula` writable (the highlight kill switch without delete and add). */
  nameFormula: "1.7",
  workbookProtection: "1.7",
  dataValidation: "1.8",
  liveMode: "1.9",
  /** `Worksheet.getRanges`: one conditional format over many areas. */
  rangeAreas: "1.9",
  /** `Worksheet.getRanges`: several areas selected at once (a report figure's rows). */
  multiAreaSelect: "1.9",
  /** `Range.getMergedAreasOrNullObject`: the history layout's producer blocks (readMerges.ts). */
  mergedAreas: "1.13",
} as const;

export type Feature = keyof typeof FEATURE_SETS;

export interface Requirements {
  has(feature: Feature): boolean;
  capabilities: PortCapabilities;
}

/** Office's name for the platform ("PC", "Mac", "OfficeOnline", "iOS"…), or undefined outside Office. */
export function officePlatform(): string | undefined {
  try {
    return String(Office.context.diagnostics.platform);
  } catch {
    return undefined;
  }
}

/** WKWebView (Excel on Mac and iPad) ignores `a.download` (office-js #2700). */
export function downloadsWork(platform: string | undefined): boolean {
  return platform !== "Mac" && platform !== "iOS";
}

export function detectRequirements(supported: ApiSupport, platform?: string): Requirements {
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
      ...(platform === undefined ? {} : { platform, canDownload: downloadsWork(platform) }),
      missing,
    },
  };
}
