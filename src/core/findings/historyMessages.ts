import { shortDate } from "../text/wording";
import type { Messages } from "./spec";

/** The messages of the ranked list kept as a recognition history (core/sheets/history). */

export const noScoreColumn: Messages<void> = {
  vi: () =>
    `Sheet không có cột Điểm: chưa kiểm tra được hạng sao có đúng khung điểm hay không ` +
    `(thêm cột "Điểm" nếu có số liệu).`,
  en: () =>
    `The sheet has no score column: stars cannot be checked against the score bands ` +
    `(add a "Điểm" column if the scores are at hand).`,
};

export const yearMismatch: Messages<{ year: number; decisionDate: string; round: number }> = {
  vi: (p) =>
    `Năm ${p.year} (đánh giá lần ${p.round}) khác năm của ngày công nhận ` +
    `${shortDate(String(p.decisionDate))}.`,
  en: (p) =>
    `The year ${p.year} (round ${p.round}) differs from the recognition date ` +
    `${shortDate(String(p.decisionDate))}.`,
};

export const currentStarsMismatch: Messages<{
  currentStars: number;
  stars: number;
  round: number;
}> = {
  vi: (p) =>
    `Hạng sao hiện tại (${p.currentStars} sao) khác hạng sao của lần đánh giá gần nhất ` +
    `(lần ${p.round}: ${p.stars} sao).`,
  en: (p) =>
    `The current stars (${p.currentStars}) differ from the latest round's ` +
    `(round ${p.round}: ${p.stars} stars).`,
};
