import { ACROSS_FINDINGS } from "./acrossCodes";
import { READING_FINDINGS } from "./readingCodes";
import { RULE_FINDINGS } from "./ruleCodes";
import type { FindingSpec } from "./spec";

/**
 * Every code the product can raise, declared once: its severity and its message in each
 * language. A code raised anywhere must be a key here (`FindingCode`), so a missing message is
 * a type error.
 */
export const FINDINGS = {
  ...READING_FINDINGS,
  ...RULE_FINDINGS,
  ...ACROSS_FINDINGS,
} satisfies Record<string, FindingSpec>;

export type FindingCode = keyof typeof FINDINGS;

/** The params a code's message reads (`void` when it needs none). */
export type FindingParams<C extends FindingCode> = Parameters<(typeof FINDINGS)[C]["vi"]>[0];

export function isFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDINGS, code);
}
