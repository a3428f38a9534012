import type { Finding } from "../../findings/finding";
import { raise } from "../../findings/raise";
import { columnLetter } from "../address";
import { isBlank } from "../cellText";
import { PRODUCTS, type ColumnSpec } from "../columns";
import { coerceNumber } from "../coerceNumber";
import { columnReader, type ReadContext } from "../columnReader";
import { isExcelError, type CellValue, type RawSheet } from "../rawSheet";
import { columnCode } from "../readerCodes";
import { readSheetRows, type SheetRows } from "../readSheetRows";
import { lookupStars } from "../referenceLookup";
import { sheetOrigin } from "../sheetFindings";
import { ROUND_KEYS, type HistoryLayout, type RoundColumns } from "./historyHeader";
import { fillProducerBlocks } from "./producerBlocks";

const column = (key: string): ColumnSpec => PRODUCTS.columns.find((c) => c.key === key)!;

/** The latest round holding anything (its stars, date, number or body), or round 1. */
function latestRound(cells: CellValue[], rounds: readonly RoundColumns[]): number {
  for (let k = rounds.length - 1; k > 0; k--) {
    const round = rounds[k];
    if (ROUND_KEYS.some((key) => round[key] !== undefined && !isBlank(cells[round[key]!])))
      return k;
  }
  return 0;
}

/**
 * The ranked list in the history layout, read as the ranked-products sheet: one typed row per
 * product, its decision the latest round's (findings on those cells point at that round), its
 * status from the round before (higher stars: "nâng hạng"; else "đánh giá lại"; one round:
 * "mới"), continuation rows holding their merged producer. Beside the usual reading findings:
 * a year that is not its date's, current stars that are not the latest round's, and the earlier
 * rounds' unreadable stars and dates, each at its cell.
 */
export function readHistoryRows(
  sheet: RawSheet,
  layout: HistoryLayout,
  ctx: ReadContext
): SheetRows {
  const { header, rounds } = layout;
  const blocks = fillProducerBlocks(
    sheet,
    header.columns,
    header.headerIndex + 1,
    header.columns.get("product")
  );
  const grid: RawSheet = { ...sheet, values: blocks.values };
  const latest = new Map<number, number>();
  const read = readSheetRows(grid, PRODUCTS, header, ctx, (r, cells) => {
    const k = latestRound(cells, rounds);
    latest.set(r, k);
    if (k === 0) return undefined;
    const moved = new Map<string, number>();
    for (const key of ROUND_KEYS) {
      const index = rounds[k][key];
      if (index !== undefined) moved.set(key, index);
    }
    return moved;
  });

  const origin = sheetOrigin(sheet);
  const letter = (index: number) => columnLetter(origin.column + index);
  const filledAt = new Set(
    [...blocks.filled].map((key) => {
      const [r, c] = key.split(":").map(Number);
      return `${origin.row + r}:${letter(c)}`;
    })
  );
  // A continuation cell holds its block's value: what that value has is found once, at the top.
  const findings: Finding[] = read.findings.filter((f) => !filledAt.has(`${f.row}:${f.column}`));
  const place = (row: number, index: number, columnKey?: string) => ({
    sheet: sheet.name,
    sheetKind: "products" as const,
    row,
    column: letter(index),
    ...(columnKey ? { columnKey } : {}),
  });
  const readStars = columnReader(column("stars"), ctx);
  const readDate = columnReader(column("decisionDate"), ctx);

  for (const typed of read.rows) {
    const r = typed.row - origin.row;
    const cells = sheet.values[r] ?? [];
    const formats = sheet.numberFormats?.[r];
    const k = latest.get(r) ?? 0;
    const dates: (string | undefined)[] = [];
    let previousStars: number | undefined;
    // Earlier rounds are history: read for their stars and dates, their problems at their cells.
    for (let j = 0; j < k; j++) {
      const round = rounds[j];
      for (const [key, index, reader] of [
        ["stars", round.stars, readStars],
        ["decisionDate", round.decisionDate, readDate],
      ] as const) {
        const cell = index === undefined ? "" : (cells[index] ?? "");
        if (index === undefined || isBlank(cell) || isExcelError(cell)) continue;
        const outcome = reader(cell, formats?.[index]);
        if (key === "stars" && j === k - 1 && typeof outcome.value === "number")
          previousStars = outcome.value;
        if (key === "decisionDate" && typeof outcome.value === "string") dates[j] = outcome.value;
        for (const issue of outcome.issues ?? []) {
          const code = columnCode("products", key, issue.what);
          if (code)
            findings.push(raise(code, place(typed.row, index, key), { ...issue, value: cell }));
        }
      }
    }
    dates[k] = typeof typed.decisionDate === "string" ? typed.decisionDate : undefined;
    const stars = typeof typed.stars === "number" ? typed.stars : undefined;
    if (k === 0) typed.status = "mới";
    else if (stars !== undefined && previousStars !== undefined)
      typed.status = stars > previousStars ? "nâng hạng" : "đánh giá lại";

    rounds.slice(0, k + 1).forEach((round, j) => {
      const date = dates[j];
      if (round.year === undefined || !date) return;
      const cell = cells[round.year] ?? "";
      const year = isBlank(cell) ? undefined : coerceNumber(cell);
      if (year === undefined || year === Number(date.slice(0, 4))) return;
      findings.push(
        raise("products.decisionDate.yearMismatch", place(typed.row, round.year), {
          value: cell,
          params: { year, decisionDate: date, round: j + 1 },
          suggestion: Number(date.slice(0, 4)),
          fixable: true,
        })
      );
    });

    if (layout.currentStars !== undefined && stars !== undefined) {
      const cell = cells[layout.currentStars] ?? "";
      const current = isBlank(cell) ? undefined : lookupStars(cell);
      if (current !== undefined && current !== stars)
        findings.push(
          raise("products.stars.currentMismatch", place(typed.row, layout.currentStars), {
            value: cell,
            params: { currentStars: current, stars, round: k + 1 },
            suggestion: stars,
            fixable: true,
          })
        );
    }
  }
  return { ...read, findings };
}
