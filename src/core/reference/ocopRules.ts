import type { LEVELS } from "./ocop";

/**
 * The OCOP rules as dated data: a row is judged by the decision in force on its decision date
 * (domain.md §3.3, §3.3a). Facts cite the decision's article; the extract of QĐ 26/2026/QĐ-TTg
 * is in scripts/reference/qd-26-2026-qd-ttg-trich.txt.
 */
type Level = (typeof LEVELS)[number];
export type RecognisedStars = 3 | 4 | 5;
export type DecisionId = "148/QĐ-TTg" | "26/2026/QĐ-TTg";

export interface OcopRules {
  decision: DecisionId;
  /** How the report cites it: "Quyết định số 26/2026/QĐ-TTg ngày 22/5/2026". */
  title: string;
  /** ISO date the decision took effect. */
  from: string;
  /** An amending decision in force on the date (QĐ 1489/QĐ-TTg under QĐ 148 from 01/7/2025). */
  amendedBy?: string;
  /**
   * The previous rules, still finishing dossiers filed before `from`, until their last day
   * (QĐ 26/2026/QĐ-TTg Điều 11.2, Điều 12.2): a decision in that window may follow either.
   */
  transition?: { previous: DecisionId; until: string };
  /** Stars that get a decision and a certificate; 1–2★ get neither. */
  recognisedStars: readonly RecognisedStars[];
  /** Who may recognise each star level on the date. */
  recognisers: Readonly<Record<RecognisedStars, readonly Level[]>>;
  /** The ministry that recognises 5★, under its name on the date. */
  centralBody: string;
  /** A certificate's validity from its decision date. */
  validityMonths: number;
}

// QĐ 148/QĐ-TTg (24/02/2023), in force from its signature; it replaced QĐ 1048/QĐ-TTg (2019).
const QD_148_FROM = "2023-02-24";
// QĐ 1489/QĐ-TTg (06/7/2025): with the district level gone (01/7/2025) the province recognises 3★.
const QD_1489_FROM = "2025-07-01";
// QĐ 26/2026/QĐ-TTg Điều 11.1: in force from 22/5/2026.
export const QD_26_FROM = "2026-05-22";
// QĐ 26/2026/QĐ-TTg Điều 11.2: QĐ 148 and QĐ 1489 lapse 60 days after 22/5/2026, i.e. from 21/7/2026.
export const QD_148_LAPSES = "2026-07-21";
// NQ 176/2025/QH15: Bộ Nông nghiệp và Môi trường replaces Bộ NN&PTNT from 01/3/2025.
const MINISTRY_RENAMED = "2025-03-01";
const MINISTRY_BEFORE = "Bộ Nông nghiệp và Phát triển nông thôn";
const MINISTRY_AFTER = "Bộ Nông nghiệp và Môi trường";

// QĐ 148/QĐ-TTg (24/02/2023) and QĐ 26/2026/QĐ-TTg Điều 4.3: valid 36 months from the decision.
export const VALIDITY_MONTHS_BY_DECISION: Readonly<Record<DecisionId, number>> = {
  "148/QĐ-TTg": 36,
  "26/2026/QĐ-TTg": 36,
};

/** The rules a decision dated `isoDate` is judged by. Earlier rows are judged by QĐ 148 too. */
export function rulesOn(isoDate: string): OcopRules {
  if (isoDate >= QD_26_FROM) return qd26(isoDate);
  return qd148(isoDate);
}

function qd148(isoDate: string): OcopRules {
  const amended = isoDate >= QD_1489_FROM;
  return {
    decision: "148/QĐ-TTg",
    title: "Quyết định số 148/QĐ-TTg ngày 24/02/2023",
    from: QD_148_FROM,
    ...(amended ? { amendedBy: "Quyết định số 1489/QĐ-TTg ngày 06/7/2025" } : {}),
    // QĐ 148/QĐ-TTg Phụ lục: only 3★ to 5★ are recognised and certified.
    recognisedStars: [3, 4, 5],
    recognisers: {
      // QĐ 148/QĐ-TTg: 3★ the district (provinces also did); QĐ 1489/QĐ-TTg: the province.
      3: amended ? ["tỉnh"] : ["huyện", "tỉnh"],
      // QĐ 148/QĐ-TTg: 4★ the province, 5★ the central level.
      4: ["tỉnh"],
      5: ["trung ương"],
    },
    centralBody: isoDate >= MINISTRY_RENAMED ? MINISTRY_AFTER : MINISTRY_BEFORE,
    validityMonths: VALIDITY_MONTHS_BY_DECISION["148/QĐ-TTg"],
  };
}

function qd26(isoDate: string): OcopRules {
  return {
    decision: "26/2026/QĐ-TTg",
    title: "Quyết định số 26/2026/QĐ-TTg ngày 22/5/2026",
    from: QD_26_FROM,
    ...(isoDate < QD_148_LAPSES
      ? { transition: { previous: "148/QĐ-TTg" as const, until: dayBefore(QD_148_LAPSES) } }
      : {}),
    // QĐ 26/2026/QĐ-TTg Điều 4.1a: 1★ and 2★ get no decision and no certificate.
    recognisedStars: [3, 4, 5],
    recognisers: {
      // QĐ 26/2026/QĐ-TTg Điều 4.1a: UBND cấp tỉnh recognises 3★ and 4★.
      3: ["tỉnh"],
      4: ["tỉnh"],
      // QĐ 26/2026/QĐ-TTg Điều 4.1b: Bộ Nông nghiệp và Môi trường recognises 5★.
      5: ["trung ương"],
    },
    centralBody: MINISTRY_AFTER,
    validityMonths: VALIDITY_MONTHS_BY_DECISION["26/2026/QĐ-TTg"],
  };
}

/**
 * The ministry's former name ("Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn") written
 * on a decision dated after the rename: on QĐ 26 rows a warning (domain.md §3.3a).
 */
export function isFormerMinistryName(folded: string): boolean {
  return /^(bo )?(nn ptnt|nong nghiep va phat trien nong thon|nnptnt)$/.test(folded);
}

// QĐ 26/2026/QĐ-TTg Điều 7.6a: re-evaluation dossiers are filed no earlier than 180 and no
// later than 120 days before the certificate expires.
export const REEVALUATION_OPENS_DAYS_BEFORE = 180;
export const REEVALUATION_CLOSES_DAYS_BEFORE = 120;
// QĐ 26/2026/QĐ-TTg Điều 12.3: a holder who missed the window keeps the certificate until the
// authority decides, at most 180 days past expiry.
export const MISSED_WINDOW_GRACE_DAYS = 180;

/** The filing window before an expiry (ISO): 2027-03-01 → opens 2026-09-02, closes 2026-11-01. */
export function reevaluationWindow(expiryIso: string): { opens: string; closes: string } {
  return {
    opens: addDays(expiryIso, -REEVALUATION_OPENS_DAYS_BEFORE),
    closes: addDays(expiryIso, -REEVALUATION_CLOSES_DAYS_BEFORE),
  };
}

export type ReevaluationState = "notYet" | "open" | "closed" | "expired";

/**
 * Where a certificate stands on `onIso`: before its window, in it, past it (window closed, not
 * yet expired), or expired. "open" and "closed" deserve a finding giving both window dates.
 */
export function reevaluationState(expiryIso: string, onIso: string): ReevaluationState {
  const { opens, closes } = reevaluationWindow(expiryIso);
  if (onIso < opens) return "notYet";
  if (onIso <= closes) return "open";
  if (onIso < expiryIso) return "closed";
  return "expired";
}

/** The last day a certificate whose holder missed the window may still run (Điều 12.3). */
export function missedWindowLastDay(expiryIso: string): string {
  return addDays(expiryIso, MISSED_WINDOW_GRACE_DAYS);
}

/**
 * Rounds of evaluation (QĐ 26/2026/QĐ-TTg Điều 5): the province at least twice a year, before
 * 30/6 (dossiers from the commune before 30/4) and before 30/12 (before 30/10); the ministry
 * before 30/9 (dossiers from the province before 30/7) and before 30/3 (before 30/01).
 */
export const ROUNDS = {
  province: [
    { before: "06-30", dossiersBefore: "04-30" },
    { before: "12-30", dossiersBefore: "10-30" },
  ],
  ministry: [
    { before: "09-30", dossiersBefore: "07-30" },
    { before: "03-30", dossiersBefore: "01-30" },
  ],
} as const;

function addDays(isoDate: string, days: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return "";
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

function dayBefore(isoDate: string): string {
  return addDays(isoDate, -1);
}
