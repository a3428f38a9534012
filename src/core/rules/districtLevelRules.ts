import { defaultUnits, DISTRICT_LEVEL_ENDED, isDistrictLevel } from "../reference/units";
import type { Unit } from "../settings";
import { fairsByCode } from "./crossSheetRules";
import type { Finding } from "../findings/finding";
import type { RuleContext } from "./ruleContext";

const LEVEL_ENDED = {
  exhibits: "exhibits.district.levelEnded",
  products: "products.district.levelEnded",
} as const;

/**
 * Rows dated from 01/7/2025 on that still name a district-level unit (huyện, thị xã, thành phố):
 * that level no longer exists, so the row should name its commune (domain.md §3.1). Products are
 * dated by their decision, exhibits by their fair. Silent when the user lists their own units
 * (settings or the lists sheet): those are the units they mean.
 */
export function districtLevelAfterItEnded(ctx: RuleContext): Finding[] {
  if (ctx.settings.units || ctx.typed.locations.lists?.columns.districts) return [];
  const units = defaultUnits(ctx.settings.province);
  if (!units) return [];
  const districtLevel = new Map<string, Unit>();
  for (const u of units) if (isDistrictLevel(u)) districtLevel.set(u.name, u);
  const out: Finding[] = [];
  const check = (kind: "exhibits" | "products", row: number, district: string, date: string) => {
    if (date < DISTRICT_LEVEL_ENDED || !districtLevel.has(district)) return;
    const finding = ctx.at(kind, row, "district", {
      code: LEVEL_ENDED[kind],
      value: district,
      params: { district, date },
    });
    if (finding) out.push(finding);
  };
  for (const p of ctx.typed.products)
    if (p.district && p.decisionDate) check("products", p.row, p.district, p.decisionDate);
  const fairs = fairsByCode(ctx);
  for (const e of ctx.typed.exhibits) {
    const date = e.fairCode ? fairs.get(ctx.key(e.fairCode))?.startDate : undefined;
    if (e.district && date) check("exhibits", e.row, e.district, date);
  }
  return out;
}
