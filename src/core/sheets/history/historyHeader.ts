import { fold } from "../../text/fold";
import { cellText } from "../cellText";
import { PRODUCTS, type SheetSpec } from "../columns";
import { findHeader, HEADER_SEARCH_ROWS, type HeaderMatch } from "../findHeader";
import type { CellValue } from "../rawSheet";

/** One recognition round's cells: 0-based grid columns under its merged parent header. */
export interface RoundColumns {
  /** "Điểm": the round's score, where the list keeps one (the template does). */
  score?: number;
  stars?: number;
  decisionDate?: number;
  /** "Năm": the decision's year, typed beside its date. */
  year?: number;
  decisionNo?: number;
  level?: number;
}

/** The columns each round repeats; the typed row takes them from its latest round. */
export const ROUND_KEYS = ["score", "stars", "decisionDate", "decisionNo", "level"] as const;

/**
 * A ranked-products list kept as a recognition history (a layout from the field): a two-row
 * header in which "Đánh giá lần 1" and "Đánh giá lần 2/nâng hạng" each span Hạng sao, Ngày
 * công nhận, Năm, Số QĐ and Cơ quan công nhận, beside "Hạng sao hiện tại" and "Ngày hết hạn".
 */
export interface HistoryLayout {
  /** The shared columns and round 1's, as a header match (headerIndex: the lower header row). */
  header: HeaderMatch;
  /** In order: lần 1, lần 2, ... */
  rounds: RoundColumns[];
  /** "Hạng sao hiện tại": must equal the latest round's stars. */
  currentStars?: number;
}

// The columns no round repeats (a score kept once, beside the rounds, too). The status is the history's to tell (nâng hạng, đánh giá lại),
// so a "Ghi chú" column keeps its free notes.
const SHARED: SheetSpec<"products"> = {
  ...PRODUCTS,
  columns: PRODUCTS.columns.filter(
    (c) =>
      c.key === "score" ||
      (!(ROUND_KEYS as readonly string[]).includes(c.key) && c.key !== "status")
  ),
};

const isRoundParent = (text: string): boolean => /^danh gia lan \d|nang hang/.test(text);

function roundPart(text: string): keyof RoundColumns | undefined {
  if (/^(diem|tong diem|so diem|diem danh gia)$/.test(text)) return "score";
  if (/^(hang sao|so sao|xep hang|hang|sao)$/.test(text)) return "stars";
  if (/^ngay/.test(text)) return "decisionDate";
  if (/^nam\b/.test(text)) return "year";
  if (/^(so qd|so quyet dinh|quyet dinh|so)\b/.test(text)) return "decisionNo";
  if (/co quan|^cap\b/.test(text)) return "level";
  return undefined;
}

const folded = (row: CellValue[] | undefined, c: number): string => fold(cellText(row?.[c]));

/** The history layout's header within the first rows, or undefined when the sheet has another. */
export function findHistoryLayout(values: CellValue[][]): HistoryLayout | undefined {
  const last = Math.min(values.length - 1, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const upper = values[r] ?? [];
    const lower = values[r + 1] ?? [];
    const parents: number[] = [];
    upper.forEach((_, c) => {
      if (isRoundParent(folded(upper, c))) parents.push(c);
    });
    if (parents.length < 2) continue;
    const rounds = parents.map((p) => roundOf(upper, lower, p));
    if (rounds.some((round) => round.stars === undefined || round.decisionDate === undefined))
      continue;
    const shared = findHeader(values.slice(0, r + 2), SHARED);
    const columns = new Map(shared?.columns ?? []);
    for (const key of ROUND_KEYS) {
      const index = rounds[0][key];
      if (index !== undefined) columns.set(key, index);
    }
    const width = Math.max(upper.length, lower.length);
    let currentStars: number | undefined;
    for (let c = 0; c < width && currentStars === undefined; c++)
      if (/hien tai|hien nay/.test(folded(upper, c) || folded(lower, c))) currentStars = c;
    return {
      header: { headerIndex: r + 1, rowSpan: 2, columns, score: shared?.score ?? 0 },
      rounds,
      ...(currentStars !== undefined ? { currentStars } : {}),
    };
  }
  return undefined;
}

/** A round spans its parent's column and those right of it, until the next parent header. */
function roundOf(upper: CellValue[], lower: CellValue[], parent: number): RoundColumns {
  const round: RoundColumns = {};
  for (let c = parent; c < lower.length; c++) {
    if (c > parent && folded(upper, c)) break;
    const part = roundPart(folded(lower, c));
    if (part && round[part] === undefined) round[part] = c;
  }
  return round;
}
