import type { CellValue } from "../sheets/rawSheet";

/** One sheet row keyed by column key (`columns.ts`); dates are ISO and become Excel dates. */
export type SampleRow = Record<string, CellValue>;

/** A deliberate mistake on one row: the cell `key` holds `value` instead of the right one. */
export interface PlantedMistake {
  key: string;
  value: CellValue;
  /** What is wrong, as the validator should tell it. */
  what: { vi: string; en: string };
}

export interface SampleEntry {
  row: SampleRow;
  mistake?: PlantedMistake;
}

const FAIR_DEFAULTS: SampleRow = { organizer: "", booths: "", note: "" };

export function aSampleFair(row: SampleRow): SampleEntry {
  return { row: { ...FAIR_DEFAULTS, ...row } };
}

export function anExhibitAt(
  fairCode: string,
  product: ExhibitedProduct,
  count: number
): SampleEntry {
  return {
    row: {
      fairCode,
      product: product.product,
      producer: product.producer,
      district: product.district,
      category: product.category,
      stars: product.stars ?? "",
      count,
      note: "",
    },
  };
}

/** A product as it is shown at fairs: the same name, producer and stars at each one. */
export interface ExhibitedProduct {
  product: string;
  producer: string;
  district: string;
  category: "OCOP" | "CNNTTB" | "Đặc thù" | "Tiềm năng OCOP" | "Khác";
  stars?: number;
}

/** A recognition decision: who signed it, its number and its date. */
export interface Decision {
  decisionNo: string;
  decisionDate: string;
  level: "huyện" | "tỉnh" | "trung ương";
}

export interface RankedProduct {
  product: string;
  producer: string;
  producerType: string;
  district: string;
  group: string;
  productSet: string;
  score: number;
  stars: number;
  status: "mới" | "nâng hạng" | "đánh giá lại";
}

export function aRankedProduct(product: RankedProduct, decision: Decision): SampleEntry {
  return {
    row: {
      seq: "",
      productCode: "",
      ...product,
      ...decision,
      expiryDate: "",
    },
  };
}

/** The same entry with a planted mistake. */
export function withMistake(entry: SampleEntry, mistake: PlantedMistake): SampleEntry {
  return { ...entry, mistake };
}

/** The producer types the samples use (QĐ 26 keeps QĐ 148's three). */
export const HTX = "Hợp tác xã";
export const DN = "Doanh nghiệp";
export const HKD = "Hộ sản xuất, kinh doanh";

/** A ranked product in one line, as the sample tables list them. */
export const r = (
  product: string,
  producer: string,
  producerType: string,
  district: string,
  group: string,
  productSet: string,
  score: number,
  stars: number,
  status: RankedProduct["status"] = "mới"
): RankedProduct => ({
  product,
  producer,
  producerType,
  district,
  group,
  productSet,
  score,
  stars,
  status,
});
