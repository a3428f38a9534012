import type { CheckOptions } from "../check";
import { summarize } from "../findings/finding";
import { acrossFindings, readSources } from "./checkAcross";
import { mergeGrids, type ListsOfSource } from "./mergeGrids";
import { mergeRows } from "./mergeRows";
import type { RollupResult, RollupSource } from "./types";

/**
 * Many unit workbooks into the province's one (issue 15): each checked alone, then read
 * together (across findings), then merged into one workbook's grids.
 */
export function rollUp(sources: readonly RollupSource[], options: CheckOptions): RollupResult {
  const read = readSources(sources, options);
  const { perFile, rows } = read;
  const across = acrossFindings(sources, read, options);
  const merged = mergeRows(rows);
  const lists: ListsOfSource[] = [];
  sources.forEach((source, i) => {
    const location = perFile[i].result.typed.locations.lists;
    const sheet = location && source.raw.sheets.find((s) => s.name === location.sheet);
    if (location && sheet) lists.push({ sheet, location });
  });
  const grids = mergeGrids(merged, lists);
  return {
    perFile,
    across,
    merged: grids.merged,
    headerRows: grids.headerRows,
    summary: {
      rows: rows.map((r, i) => ({
        file: sources[i].name,
        fairs: r.fairs.length,
        exhibits: r.exhibits.length,
        products: r.products.length,
      })),
      fairsMerged: merged.fairsMerged,
      acrossCounts: summarize(across),
    },
  };
}
