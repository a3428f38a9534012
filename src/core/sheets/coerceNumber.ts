import type { CellValue } from "./rawSheet";

// Vietnamese form first (domain.md §5): a dot groups thousands, a comma marks decimals.
const INTEGER = /^[+-]?\d+$/;
const VI_THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+$/; // 1.234 = 1234
const VI_DECIMAL = /^[+-]?\d{1,3}(?:\.\d{3})*,\d+$|^[+-]?\d+,\d+$/; // 1.234,5 · 69,5
const PLAIN_DECIMAL = /^[+-]?\d*\.\d+$/; // 69.5
const EN_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+\.\d+$/; // 1,234.5 (the comma is never a decimal here)
// Units users type after a figure: "91,5 điểm", "3 lượt", "12 gian".
const UNIT_SUFFIX = /\s*(?:điểm|diem|lượt|luot|gian|gian hàng)$/i;

/** A number cell, or text holding a number as Vietnamese or plain notation; else undefined. */
export function coerceNumber(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const t = value.trim().normalize("NFC").replace(UNIT_SUFFIX, "").replace(/\s+/g, "");
  if (t === "") return undefined;
  if (INTEGER.test(t)) return Number(t);
  if (VI_THOUSANDS.test(t)) return Number(t.replace(/\./g, ""));
  if (VI_DECIMAL.test(t)) return Number(t.replace(/\./g, "").replace(",", "."));
  if (PLAIN_DECIMAL.test(t)) return Number(t);
  if (EN_GROUPED.test(t)) return Number(t.replace(/,/g, ""));
  return undefined;
}
