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
      legacyEncoding: "fairs.fairCode.legacyEncoding",
      decomposed: "fairs.fairCode.decomposed",
      spaces: "fairs.fairCode.spaces",
    },
    name: {
      required: "fairs.name.required",
      formulaError: "fairs.name.formulaError",
      legacyEncoding: "fairs.name.legacyEncoding",
      decomposed: "fairs.name.decomposed",
      spaces: "fairs.name.spaces",
    },
    province: {
      required: "fairs.province.required",
      formulaError: "fairs.province.formulaError",
      legacyEncoding: "fairs.province.legacyEncoding",
      decomposed: "fairs.province.decomposed",
      spaces: "fairs.province.spaces",
      unknown: "fairs.province.unknown",
      outdated: "fairs.province.outdated",
    },
    startDate: {
      required: "fairs.startDate.required",
      formulaError: "fairs.startDate.formulaError",
      invalid: "fairs.startDate.invalid",
    },
    endDate: {
      required: "fairs.endDate.required",
      formulaError: "fairs.endDate.formulaError",
      invalid: "fairs.endDate.invalid",
    },
    organizer: {
      formulaError: "fairs.organizer.formulaError",
      legacyEncoding: "fairs.organizer.legacyEncoding",
      decomposed: "fairs.organizer.decomposed",
      spaces: "fairs.organizer.spaces",
    },
    booths: {
      formulaError: "fairs.booths.formulaError",
      notNumber: "fairs.booths.notNumber",
      notInteger: "fairs.booths.notInteger",
      outOfRange: "fairs.booths.outOfRange",
    },
    note: {
      formulaError: "fairs.note.formulaError",
      legacyEncoding: "fairs.note.legacyEncoding",
      decomposed: "fairs.note.decomposed",
      spaces: "fairs.note.spaces",
    },
  },
  exhibits: {
    fairCode: {
      required: "exhibits.fairCode.required",
      formulaError: "exhibits.fairCode.formulaError",
      legacyEncoding: "exhibits.fairCode.legacyEncoding",
      decomposed: "exhibits.fairCode.decomposed",
      spaces: "exhibits.fairCode.spaces",
    },
    product: {
      required: "exhibits.product.required",
      formulaError: "exhibits.product.formulaError",
      legacyEncoding: "exhibits.product.legacyEncoding",
      decomposed: "exhibits.product.decomposed",
      spaces: "exhibits.product.spaces",
    },
    producer: {
      required: "exhibits.producer.required",
      formulaError: "exhibits.producer.formulaError",
      legacyEncoding: "exhibits.producer.legacyEncoding",
      decomposed: "exhibits.producer.decomposed",
      spaces: "exhibits.producer.spaces",
    },
    district: {
      required: "exhibits.district.required",
      formulaError: "exhibits.district.formulaError",
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
      legacyEncoding: "exhibits.category.legacyEncoding",
      decomposed: "exhibits.category.decomposed",
      spaces: "exhibits.category.spaces",
      unknown: "exhibits.category.unknown",
    },
    stars: {
      required: "exhibits.stars.required",
      formulaError: "exhibits.stars.formulaError",
      legacyEncoding: "exhibits.stars.legacyEncoding",
      decomposed: "exhibits.stars.decomposed",
      spaces: "exhibits.stars.spaces",
      unknown: "exhibits.stars.unknown",
    },
    count: {
      formulaError: "exhibits.count.formulaError",
      notNumber: "exhibits.count.notNumber",
      notInteger: "exhibits.count.notInteger",
      outOfRange: "exhibits.count.outOfRange",
    },
    note: {
      formulaError: "exhibits.note.formulaError",
      legacyEncoding: "exhibits.note.legacyEncoding",
      decomposed: "exhibits.note.decomposed",
      spaces: "exhibits.note.spaces",
    },
  },
  products: {
    seq: {
      formulaError: "products.seq.formulaError",
      notNumber: "products.seq.notNumber",
      notInteger: "products.seq.notInteger",
    },
    productCode: {
      formulaError: "products.productCode.formulaError",
      legacyEncoding: "products.productCode.legacyEncoding",
      decomposed: "products.productCode.decomposed",
      spaces: "products.productCode.spaces",
    },
    product: {
      required: "products.product.required",
      formulaError: "products.product.formulaError",
      legacyEncoding: "products.product.legacyEncoding",
      decomposed: "products.product.decomposed",
      spaces: "products.product.spaces",
    },
    producer: {
      required: "products.producer.required",
      formulaError: "products.producer.formulaError",
      legacyEncoding: "products.producer.legacyEncoding",
      decomposed: "products.producer.decomposed",
      spaces: "products.producer.spaces",
    },
    producerType: {
      required: "products.producerType.required",
      formulaError: "products.producerType.formulaError",
      legacyEncoding: "products.producerType.legacyEncoding",
      decomposed: "products.producerType.decomposed",
      spaces: "products.producerType.spaces",
      unknown: "products.producerType.unknown",
    },
    district: {
      required: "products.district.required",
      formulaError: "products.district.formulaError",
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
      legacyEncoding: "products.group.legacyEncoding",
      decomposed: "products.group.decomposed",
      spaces: "products.group.spaces",
      unknown: "products.group.unknown",
      oldName: "products.group.oldName",
    },
    productSet: {
      formulaError: "products.productSet.formulaError",
      legacyEncoding: "products.productSet.legacyEncoding",
      decomposed: "products.productSet.decomposed",
      spaces: "products.productSet.spaces",
      unknown: "products.productSet.unknown",
      renamed: "products.productSet.renamed",
    },
    score: {
      required: "products.score.required",
      formulaError: "products.score.formulaError",
      notNumber: "products.score.notNumber",
    },
    stars: {
      required: "products.stars.required",
      formulaError: "products.stars.formulaError",
      legacyEncoding: "products.stars.legacyEncoding",
      decomposed: "products.stars.decomposed",
      spaces: "products.stars.spaces",
      unknown: "products.stars.unknown",
    },
    decisionNo: {
      required: "products.decisionNo.required",
      formulaError: "products.decisionNo.formulaError",
      legacyEncoding: "products.decisionNo.legacyEncoding",
      decomposed: "products.decisionNo.decomposed",
      spaces: "products.decisionNo.spaces",
    },
    decisionDate: {
      required: "products.decisionDate.required",
      formulaError: "products.decisionDate.formulaError",
      invalid: "products.decisionDate.invalid",
    },
    level: {
      formulaError: "products.level.formulaError",
      legacyEncoding: "products.level.legacyEncoding",
      decomposed: "products.level.decomposed",
      spaces: "products.level.spaces",
      unknown: "products.level.unknown",
      formerMinistry: "products.level.formerMinistry",
    },
    expiryDate: {
      formulaError: "products.expiryDate.formulaError",
      invalid: "products.expiryDate.invalid",
    },
    status: {
      formulaError: "products.status.formulaError",
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
      invalid: "training.date.invalid",
    },
    title: {
      required: "training.title.required",
      formulaError: "training.title.formulaError",
      legacyEncoding: "training.title.legacyEncoding",
      decomposed: "training.title.decomposed",
      spaces: "training.title.spaces",
    },
    organizer: {
      required: "training.organizer.required",
      formulaError: "training.organizer.formulaError",
      legacyEncoding: "training.organizer.legacyEncoding",
      decomposed: "training.organizer.decomposed",
      spaces: "training.organizer.spaces",
    },
    role: {
      required: "training.role.required",
      formulaError: "training.role.formulaError",
      legacyEncoding: "training.role.legacyEncoding",
      decomposed: "training.role.decomposed",
      spaces: "training.role.spaces",
      unknown: "training.role.unknown",
    },
    participants: {
      formulaError: "training.participants.formulaError",
      notNumber: "training.participants.notNumber",
      notInteger: "training.participants.notInteger",
      outOfRange: "training.participants.outOfRange",
    },
    note: {
      formulaError: "training.note.formulaError",
      legacyEncoding: "training.note.legacyEncoding",
      decomposed: "training.note.decomposed",
      spaces: "training.note.spaces",
    },
  },
  councils: {
    date: {
      required: "councils.date.required",
      formulaError: "councils.date.formulaError",
      invalid: "councils.date.invalid",
    },
    level: {
      required: "councils.level.required",
      formulaError: "councils.level.formulaError",
      legacyEncoding: "councils.level.legacyEncoding",
      decomposed: "councils.level.decomposed",
      spaces: "councils.level.spaces",
      unknown: "councils.level.unknown",
      notInForce: "councils.level.notInForce",
    },
    unit: {
      required: "councils.unit.required",
      formulaError: "councils.unit.formulaError",
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
      legacyEncoding: "councils.kind.legacyEncoding",
      decomposed: "councils.kind.decomposed",
      spaces: "councils.kind.spaces",
      unknown: "councils.kind.unknown",
    },
    note: {
      formulaError: "councils.note.formulaError",
      legacyEncoding: "councils.note.legacyEncoding",
      decomposed: "councils.note.decomposed",
      spaces: "councils.note.spaces",
    },
  },
} as const satisfies {
  [K in RecordKind]: Record<ColumnKey<K>, Partial<Record<Problem, FindingCode>>>;
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
  },
  exhibits: {
    missing: "exhibits.sheet.missing",
    missingColumn: "exhibits.sheet.missingColumn",
    noHeader: "exhibits.sheet.noHeader",
  },
  products: {
    missing: "products.sheet.missing",
    missingColumn: "products.sheet.missingColumn",
    noHeader: "products.sheet.noHeader",
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
