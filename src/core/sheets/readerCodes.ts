import type { FindingCode } from "../findings/codes";
import type { ActivityKind, RecordKind, TrackingKind } from "../findings/finding";
import type { ColumnKey } from "./rows";
import type { Problem } from "./sheetIssue";

/**
 * The codes reading each tracking sheet can raise: per column, the problem a cell can have
 * (`sheetIssue.ts`); per sheet, the sheet-level ones. The registry (`core/findings`) holds their
 * severity and messages; this table is where the reader takes them from, so no code is built
 * from parts. A column lacks a problem it cannot have (an optional column is never "required").
 */
export const COLUMN_CODES = {
  fairs: {
    fairCode: {
      required: "fairs.fairCode.required",
      formulaError: "fairs.fairCode.formulaError",
      uncalculated: "fairs.fairCode.uncalculated",
      legacyEncoding: "fairs.fairCode.legacyEncoding",
      decomposed: "fairs.fairCode.decomposed",
      spaces: "fairs.fairCode.spaces",
    },
    name: {
      required: "fairs.name.required",
      formulaError: "fairs.name.formulaError",
      uncalculated: "fairs.name.uncalculated",
      legacyEncoding: "fairs.name.legacyEncoding",
      decomposed: "fairs.name.decomposed",
      spaces: "fairs.name.spaces",
    },
    province: {
      required: "fairs.province.required",
      formulaError: "fairs.province.formulaError",
      uncalculated: "fairs.province.uncalculated",
      legacyEncoding: "fairs.province.legacyEncoding",
      decomposed: "fairs.province.decomposed",
      spaces: "fairs.province.spaces",
      unknown: "fairs.province.unknown",
      outdated: "fairs.province.outdated",
    },
    startDate: {
      required: "fairs.startDate.required",
      formulaError: "fairs.startDate.formulaError",
      uncalculated: "fairs.startDate.uncalculated",
      invalid: "fairs.startDate.invalid",
    },
    endDate: {
      required: "fairs.endDate.required",
      formulaError: "fairs.endDate.formulaError",
      uncalculated: "fairs.endDate.uncalculated",
      invalid: "fairs.endDate.invalid",
    },
    organizer: {
      formulaError: "fairs.organizer.formulaError",
      uncalculated: "fairs.organizer.uncalculated",
      legacyEncoding: "fairs.organizer.legacyEncoding",
      decomposed: "fairs.organizer.decomposed",
      spaces: "fairs.organizer.spaces",
    },
    booths: {
      formulaError: "fairs.booths.formulaError",
      uncalculated: "fairs.booths.uncalculated",
      notNumber: "fairs.booths.notNumber",
      notInteger: "fairs.booths.notInteger",
      outOfRange: "fairs.booths.outOfRange",
    },
    note: {
      formulaError: "fairs.note.formulaError",
      uncalculated: "fairs.note.uncalculated",
      legacyEncoding: "fairs.note.legacyEncoding",
      decomposed: "fairs.note.decomposed",
      spaces: "fairs.note.spaces",
    },
  },
  exhibits: {
    fairCode: {
      required: "exhibits.fairCode.required",
      formulaError: "exhibits.fairCode.formulaError",
      uncalculated: "exhibits.fairCode.uncalculated",
      legacyEncoding: "exhibits.fairCode.legacyEncoding",
      decomposed: "exhibits.fairCode.decomposed",
      spaces: "exhibits.fairCode.spaces",
    },
    product: {
      required: "exhibits.product.required",
      formulaError: "exhibits.product.formulaError",
      uncalculated: "exhibits.product.uncalculated",
      legacyEncoding: "exhibits.product.legacyEncoding",
      decomposed: "exhibits.product.decomposed",
      spaces: "exhibits.product.spaces",
    },
    producer: {
      required: "exhibits.producer.required",
      formulaError: "exhibits.producer.formulaError",
      uncalculated: "exhibits.producer.uncalculated",
      legacyEncoding: "exhibits.producer.legacyEncoding",
      decomposed: "exhibits.producer.decomposed",
      spaces: "exhibits.producer.spaces",
    },
    district: {
      required: "exhibits.district.required",
      formulaError: "exhibits.district.formulaError",
      uncalculated: "exhibits.district.uncalculated",
      legacyEncoding: "exhibits.district.legacyEncoding",
      decomposed: "exhibits.district.decomposed",
      spaces: "exhibits.district.spaces",
      unknown: "exhibits.district.unknown",
      elsewhere: "exhibits.district.elsewhere",
      wrongType: "exhibits.district.wrongType",
      ambiguous: "exhibits.district.ambiguous",
      levelEnded: "exhibits.district.levelEnded",
    },
    category: {
      required: "exhibits.category.required",
      formulaError: "exhibits.category.formulaError",
      uncalculated: "exhibits.category.uncalculated",
      legacyEncoding: "exhibits.category.legacyEncoding",
      decomposed: "exhibits.category.decomposed",
      spaces: "exhibits.category.spaces",
      unknown: "exhibits.category.unknown",
    },
    stars: {
      required: "exhibits.stars.required",
      formulaError: "exhibits.stars.formulaError",
      uncalculated: "exhibits.stars.uncalculated",
      legacyEncoding: "exhibits.stars.legacyEncoding",
      decomposed: "exhibits.stars.decomposed",
      spaces: "exhibits.stars.spaces",
      unknown: "exhibits.stars.unknown",
    },
    count: {
      formulaError: "exhibits.count.formulaError",
      uncalculated: "exhibits.count.uncalculated",
      notNumber: "exhibits.count.notNumber",
      notInteger: "exhibits.count.notInteger",
      outOfRange: "exhibits.count.outOfRange",
    },
    note: {
      formulaError: "exhibits.note.formulaError",
      uncalculated: "exhibits.note.uncalculated",
      legacyEncoding: "exhibits.note.legacyEncoding",
      decomposed: "exhibits.note.decomposed",
      spaces: "exhibits.note.spaces",
    },
  },
  products: {
    seq: {
      formulaError: "products.seq.formulaError",
      uncalculated: "products.seq.uncalculated",
      notNumber: "products.seq.notNumber",
      notInteger: "products.seq.notInteger",
    },
    productCode: {
      formulaError: "products.productCode.formulaError",
      uncalculated: "products.productCode.uncalculated",
      legacyEncoding: "products.productCode.legacyEncoding",
      decomposed: "products.productCode.decomposed",
      spaces: "products.productCode.spaces",
    },
    product: {
      required: "products.product.required",
      formulaError: "products.product.formulaError",
      uncalculated: "products.product.uncalculated",
      legacyEncoding: "products.product.legacyEncoding",
      decomposed: "products.product.decomposed",
      spaces: "products.product.spaces",
    },
    producer: {
      required: "products.producer.required",
      formulaError: "products.producer.formulaError",
      uncalculated: "products.producer.uncalculated",
      legacyEncoding: "products.producer.legacyEncoding",
      decomposed: "products.producer.decomposed",
      spaces: "products.producer.spaces",
    },
    producerType: {
      required: "products.producerType.required",
      formulaError: "products.producerType.formulaError",
      uncalculated: "products.producerType.uncalculated",
      legacyEncoding: "products.producerType.legacyEncoding",
      decomposed: "products.producerType.decomposed",
      spaces: "products.producerType.spaces",
      unknown: "products.producerType.unknown",
    },
    district: {
      required: "products.district.required",
      formulaError: "products.district.formulaError",
      uncalculated: "products.district.uncalculated",
      legacyEncoding: "products.district.legacyEncoding",
      decomposed: "products.district.decomposed",
      spaces: "products.district.spaces",
      unknown: "products.district.unknown",
      elsewhere: "products.district.elsewhere",
      wrongType: "products.district.wrongType",
      ambiguous: "products.district.ambiguous",
      levelEnded: "products.district.levelEnded",
    },
    group: {
      required: "products.group.required",
      formulaError: "products.group.formulaError",
      uncalculated: "products.group.uncalculated",
      legacyEncoding: "products.group.legacyEncoding",
      decomposed: "products.group.decomposed",
      spaces: "products.group.spaces",
      unknown: "products.group.unknown",
      oldName: "products.group.oldName",
    },
    productSet: {
      formulaError: "products.productSet.formulaError",
      uncalculated: "products.productSet.uncalculated",
      legacyEncoding: "products.productSet.legacyEncoding",
      decomposed: "products.productSet.decomposed",
      spaces: "products.productSet.spaces",
      unknown: "products.productSet.unknown",
      renamed: "products.productSet.renamed",
    },
    score: {
      required: "products.score.required",
      formulaError: "products.score.formulaError",
      uncalculated: "products.score.uncalculated",
      notNumber: "products.score.notNumber",
    },
    stars: {
      required: "products.stars.required",
      formulaError: "products.stars.formulaError",
      uncalculated: "products.stars.uncalculated",
      legacyEncoding: "products.stars.legacyEncoding",
      decomposed: "products.stars.decomposed",
      spaces: "products.stars.spaces",
      unknown: "products.stars.unknown",
    },
    decisionNo: {
      required: "products.decisionNo.required",
      formulaError: "products.decisionNo.formulaError",
      uncalculated: "products.decisionNo.uncalculated",
      legacyEncoding: "products.decisionNo.legacyEncoding",
      decomposed: "products.decisionNo.decomposed",
      spaces: "products.decisionNo.spaces",
    },
    decisionDate: {
      required: "products.decisionDate.required",
      formulaError: "products.decisionDate.formulaError",
      uncalculated: "products.decisionDate.uncalculated",
      invalid: "products.decisionDate.invalid",
    },
    level: {
      formulaError: "products.level.formulaError",
      uncalculated: "products.level.uncalculated",
      legacyEncoding: "products.level.legacyEncoding",
      decomposed: "products.level.decomposed",
      spaces: "products.level.spaces",
      unknown: "products.level.unknown",
      formerMinistry: "products.level.formerMinistry",
    },
    expiryDate: {
      formulaError: "products.expiryDate.formulaError",
      uncalculated: "products.expiryDate.uncalculated",
      invalid: "products.expiryDate.invalid",
    },
    status: {
      formulaError: "products.status.formulaError",
      uncalculated: "products.status.uncalculated",
      legacyEncoding: "products.status.legacyEncoding",
      decomposed: "products.status.decomposed",
      spaces: "products.status.spaces",
      unknown: "products.status.unknown",
    },
  },
  // activity sheets (issue 11)
  training: {
    date: {
      required: "training.date.required",
      formulaError: "training.date.formulaError",
      uncalculated: "training.date.uncalculated",
      invalid: "training.date.invalid",
    },
    title: {
      required: "training.title.required",
      formulaError: "training.title.formulaError",
      uncalculated: "training.title.uncalculated",
      legacyEncoding: "training.title.legacyEncoding",
      decomposed: "training.title.decomposed",
      spaces: "training.title.spaces",
    },
    organizer: {
      required: "training.organizer.required",
      formulaError: "training.organizer.formulaError",
      uncalculated: "training.organizer.uncalculated",
      legacyEncoding: "training.organizer.legacyEncoding",
      decomposed: "training.organizer.decomposed",
      spaces: "training.organizer.spaces",
    },
    role: {
      required: "training.role.required",
      formulaError: "training.role.formulaError",
      uncalculated: "training.role.uncalculated",
      legacyEncoding: "training.role.legacyEncoding",
      decomposed: "training.role.decomposed",
      spaces: "training.role.spaces",
      unknown: "training.role.unknown",
    },
    participants: {
      formulaError: "training.participants.formulaError",
      uncalculated: "training.participants.uncalculated",
      notNumber: "training.participants.notNumber",
      notInteger: "training.participants.notInteger",
      outOfRange: "training.participants.outOfRange",
    },
    note: {
      formulaError: "training.note.formulaError",
      uncalculated: "training.note.uncalculated",
      legacyEncoding: "training.note.legacyEncoding",
      decomposed: "training.note.decomposed",
      spaces: "training.note.spaces",
    },
  },
  councils: {
    date: {
      required: "councils.date.required",
      formulaError: "councils.date.formulaError",
      uncalculated: "councils.date.uncalculated",
      invalid: "councils.date.invalid",
    },
    level: {
      required: "councils.level.required",
      formulaError: "councils.level.formulaError",
      uncalculated: "councils.level.uncalculated",
      legacyEncoding: "councils.level.legacyEncoding",
      decomposed: "councils.level.decomposed",
      spaces: "councils.level.spaces",
      unknown: "councils.level.unknown",
      notInForce: "councils.level.notInForce",
    },
    unit: {
      required: "councils.unit.required",
      formulaError: "councils.unit.formulaError",
      uncalculated: "councils.unit.uncalculated",
      legacyEncoding: "councils.unit.legacyEncoding",
      decomposed: "councils.unit.decomposed",
      spaces: "councils.unit.spaces",
      unknown: "councils.unit.unknown",
      elsewhere: "councils.unit.elsewhere",
      wrongType: "councils.unit.wrongType",
      ambiguous: "councils.unit.ambiguous",
      levelEnded: "councils.unit.levelEnded",
    },
    kind: {
      required: "councils.kind.required",
      formulaError: "councils.kind.formulaError",
      uncalculated: "councils.kind.uncalculated",
      legacyEncoding: "councils.kind.legacyEncoding",
      decomposed: "councils.kind.decomposed",
      spaces: "councils.kind.spaces",
      unknown: "councils.kind.unknown",
    },
    note: {
      formulaError: "councils.note.formulaError",
      uncalculated: "councils.note.uncalculated",
      legacyEncoding: "councils.note.legacyEncoding",
      decomposed: "councils.note.decomposed",
      spaces: "councils.note.spaces",
    },
  },
} as const satisfies {
  // Any cell may hold a formula: every column names its formula error and its formula saved
  // without a result, so a new column without them is a type error rather than a throw.
  [K in RecordKind]: Record<
    ColumnKey<K>,
    Partial<Record<Problem, FindingCode>> & Record<"formulaError" | "uncalculated", FindingCode>
  >;
};

/** Raised once per sheet, at its unit column's header, when the settings' province is unknown. */
export const PROVINCE_UNKNOWN_CODES = {
  exhibits: "exhibits.district.provinceUnknown",
  products: "products.district.provinceUnknown",
} as const satisfies Partial<Record<TrackingKind, FindingCode>>;

export const SHEET_CODES = {
  fairs: {
    missing: "fairs.sheet.missing",
    missingColumn: "fairs.sheet.missingColumn",
    noHeader: "fairs.sheet.noHeader",
    rowsAfterGap: "fairs.sheet.rowsAfterGap",
    columnsFarRight: "fairs.sheet.columnsFarRight",
  },
  exhibits: {
    missing: "exhibits.sheet.missing",
    missingColumn: "exhibits.sheet.missingColumn",
    noHeader: "exhibits.sheet.noHeader",
    rowsAfterGap: "exhibits.sheet.rowsAfterGap",
    columnsFarRight: "exhibits.sheet.columnsFarRight",
  },
  products: {
    missing: "products.sheet.missing",
    missingColumn: "products.sheet.missingColumn",
    noHeader: "products.sheet.noHeader",
    rowsAfterGap: "products.sheet.rowsAfterGap",
    columnsFarRight: "products.sheet.columnsFarRight",
  },
} as const satisfies Record<TrackingKind, Record<string, FindingCode>>;

/** The activity sheets' sheet-level codes: never "missing" (they are optional, issue 11). */
export const ACTIVITY_SHEET_CODES = {
  training: {
    missingColumn: "training.sheet.missingColumn",
    noHeader: "training.sheet.noHeader",
  },
  councils: {
    missingColumn: "councils.sheet.missingColumn",
    noHeader: "councils.sheet.noHeader",
  },
} as const satisfies Record<ActivityKind, Record<string, FindingCode>>;

/** Raised once per activity sheet at its unit column's header when the province is unknown. */
export const ACTIVITY_PROVINCE_UNKNOWN_CODE =
  "councils.unit.provinceUnknown" as const satisfies FindingCode;

/** The code of `problem` in a column, or undefined when that column cannot have it. */
export function columnCode(
  kind: RecordKind,
  columnKey: string,
  problem: Problem
): FindingCode | undefined {
  const codes = (COLUMN_CODES[kind] as Record<string, Partial<Record<Problem, FindingCode>>>)[
    columnKey
  ];
  return codes?.[problem];
}
