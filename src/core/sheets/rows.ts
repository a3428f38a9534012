import { z } from "zod";
import type { RecordKind, SheetKind } from "../findings/finding";
import { CATEGORIES, LEVELS, PRODUCER_TYPES, STATUSES } from "../reference/ocop";
import type { Unit } from "../settings";
import { CouncilRow, TrainingRow } from "./activityRows";

/**
 * Typed rows: what coercion makes of a sheet row once its cells are read (domain.md §2).
 * Dates are ISO `YYYY-MM-DD` strings (no time zones); names are canonical (a district reads
 * "Chợ Mới" whatever the cell said). `row` is the Excel row number the values came from.
 * A value that could not be read is absent and has an error finding.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const stars = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

export const FairRow = z.object({
  row: z.number().int().positive(),
  fairCode: z.string().optional(),
  name: z.string().optional(),
  /** Canonical province name as in the reference list in force on startDate. */
  province: z.string().optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  organizer: z.string().optional(),
  booths: z.number().int().nonnegative().optional(),
  note: z.string().optional(),
});
export type FairRow = z.infer<typeof FairRow>;

export const ExhibitRow = z.object({
  row: z.number().int().positive(),
  fairCode: z.string().optional(),
  product: z.string().optional(),
  producer: z.string().optional(),
  district: z.string().optional(),
  category: z.enum(CATEGORIES).optional(),
  stars: stars.optional(),
  /** Empty cell = 1 (domain.md §2.2). */
  count: z.number().int().positive(),
  note: z.string().optional(),
});
export type ExhibitRow = z.infer<typeof ExhibitRow>;

export const ProductRow = z.object({
  row: z.number().int().positive(),
  seq: z.number().int().optional(),
  productCode: z.string().optional(),
  product: z.string().optional(),
  producer: z.string().optional(),
  producerType: z.enum(PRODUCER_TYPES).optional(),
  district: z.string().optional(),
  /** Group number 1–6 (QĐ 148/QĐ-TTg). */
  group: z.number().int().min(1).max(6).optional(),
  /** Product set number 1–26 (QĐ 148/QĐ-TTg). */
  productSet: z.number().int().min(1).max(26).optional(),
  score: z.number().optional(),
  stars: stars.optional(),
  decisionNo: z.string().optional(),
  decisionDate: isoDate.optional(),
  level: z.enum(LEVELS).optional(),
  expiryDate: isoDate.optional(),
  status: z.enum(STATUSES).optional(),
});
export type ProductRow = z.infer<typeof ProductRow>;

/** The row each tracking sheet's records become. */
export interface RowsByKind {
  fairs: FairRow;
  exhibits: ExhibitRow;
  products: ProductRow;
  training: TrainingRow;
  councils: CouncilRow;
}

/** The keys of the columns a tracking sheet's row holds (all but its row number). */
export type ColumnKey<K extends keyof RowsByKind> = Exclude<keyof RowsByKind[K], "row"> & string;

/** Where a sheet kind was found in the workbook, and where its columns are. */
export interface SheetLocation {
  /** The sheet's actual name. */
  sheet: string;
  /** Excel row number of the (last) header row. */
  headerRow: number;
  /** Column key -> column letter, for the columns that were found. */
  columns: Record<string, string>;
  /**
   * Excel row -> column key -> letter, where a row holds a column elsewhere (the history
   * layout: a product's latest recognition round). Findings on that row point there.
   */
  rowColumns?: Record<number, Record<string, string>>;
}

export interface TypedWorkbook {
  fairs: FairRow[];
  exhibits: ExhibitRow[];
  products: ProductRow[];
  /** The optional activity sheets' rows (issue 11); absent or empty when the sheet is not there. */
  training?: TrainingRow[];
  councils?: CouncilRow[];
  /** Present for the sheets that were found. */
  locations: Partial<Record<SheetKind, SheetLocation>>;
  /** The units listed on the `Danh mục` sheet, when it has any (the report reads rows by them). */
  listUnits?: Unit[];
  /**
   * Rows carrying at least one error finding, per sheet kind (row numbers): the report leaves
   * them out. Always present, so typed rows never come without their error rows (readWorkbook
   * fills it from the reading findings, checkWorkbook from all of them).
   */
  rowsWithErrors: Partial<Record<RecordKind, number[]>>;
}
