import type { FairRow } from "../sheets/rows";
import { joinList } from "../text/wording";
import type { RowRef } from "./model";
import { figure, joinPhrases, type Phrase } from "./phrase";
import { provinceText } from "./placeInRunningText";

/**
 * "tỉnh Sóc Trăng (tháng 3 và tháng 10/2024), thành phố Hà Nội (tháng 12/2024)": fairs (in date
 * order) grouped by the province they were held in, under its name in force on the fair's date
 * (a 2026 fair in "Hậu Giang" is in thành phố Cần Thơ), groups in order of their first fair.
 * Each place is a figure listing its fairs' rows.
 */
export function fairPlaces(
  fairs: readonly FairRow[],
  asOf: string,
  ref: (f: FairRow) => RowRef
): Phrase {
  const groups = new Map<string, FairRow[]>();
  for (const fair of fairs) {
    const place = fair.province
      ? provinceText(fair.province, fair.startDate ?? asOf)
      : (fair.name ?? "");
    groups.set(place, [...(groups.get(place) ?? []), fair]);
  }
  return joinPhrases(
    [...groups.entries()].map(([place, members]) => [
      figure(`${place} (${months(members)})`, members.map(ref)),
    ])
  );
}

interface Span {
  startYear: number;
  startMonth: number;
  endYear: number;
  endMonth: number;
}

/**
 * The months of a place's fairs: "tháng 9/2023", "tháng 9-10/2023", "tháng 3 và tháng 10/2024"
 * when all fall in one year; a fair across the new year reads "từ tháng 12/2024 đến tháng
 * 1/2025". The same month twice is said once.
 */
export function months(fairs: readonly FairRow[]): string {
  const spans = fairs.map((f) => spanOf(f.startDate ?? "", f.endDate));
  const years = new Set(spans.flatMap((s) => [s.startYear, s.endYear]));
  if (years.size === 1) {
    const [year] = years;
    const each = unique(
      spans.map((s) =>
        s.startMonth === s.endMonth
          ? `tháng ${s.startMonth}`
          : `tháng ${s.startMonth}-${s.endMonth}`
      )
    );
    return `${joinList(each)}/${year}`;
  }
  return joinList(
    unique(
      spans.map((s) =>
        s.startYear !== s.endYear
          ? `từ tháng ${s.startMonth}/${s.startYear} đến tháng ${s.endMonth}/${s.endYear}`
          : s.startMonth === s.endMonth
            ? `tháng ${s.startMonth}/${s.startYear}`
            : `tháng ${s.startMonth}-${s.endMonth}/${s.startYear}`
      )
    )
  );
}

function spanOf(startIso: string, endIso: string = startIso): Span {
  const [startYear, startMonth] = startIso.split("-").map(Number);
  const [endYear, endMonth] = (endIso < startIso ? startIso : endIso).split("-").map(Number);
  return { startYear, startMonth, endYear, endMonth };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
