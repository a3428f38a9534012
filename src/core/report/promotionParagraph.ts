import type { Category } from "../reference/ocop";
import type { ExhibitRow, FairRow } from "../sheets/rows";
import { fold } from "../text/fold";
import { capitalizeFirst, formatCount, joinList, lowerFirst, monthSpan } from "../text/wording";
import { compareText } from "./compareText";
import { fairCodeMatcher } from "./fairCodeMatcher";
import type { ReportOptions, ReportParagraph } from "./model";
import { provinceText } from "./placeInRunningText";
import { reportDateOf } from "./reportDate";
import { provinceWord } from "./provinceWord";

/** How the seed report names each category, in the order it names them. */
const CATEGORY_WORDS: ReadonlyArray<[Category, string]> = [
  ["Đặc thù", "sản phẩm đặc thù"],
  ["OCOP", "sản phẩm OCOP"],
  ["CNNTTB", "sản phẩm công nghiệp nông thôn tiêu biểu"],
  ["Tiềm năng OCOP", "sản phẩm tiềm năng OCOP"],
  ["Khác", "sản phẩm khác"],
];

const DEFAULT_EXAMPLES = 7;

/**
 * Paragraph 2 of domain.md §6: the fairs of the year in date order, the lượt shown there (the
 * sum of the count column), the categories present and the most shown products as examples.
 * Absent when no fair of the year counts.
 */
export function promotionParagraph(
  fairs: readonly FairRow[],
  exhibits: readonly ExhibitRow[],
  options: ReportOptions
): ReportParagraph | undefined {
  const yearFairs = fairs
    .filter((f) => f.startDate?.startsWith(`${options.year}-`))
    .sort(
      (a, b) =>
        compareText(a.startDate ?? "", b.startDate ?? "") ||
        compareText(a.endDate ?? "", b.endDate ?? "") ||
        a.row - b.row
    );
  if (yearFairs.length === 0) return undefined;
  const ofYearFair = fairCodeMatcher(yearFairs);
  const shown = exhibits.filter((e) => ofYearFair(e.fairCode));

  const count = (n: number): string => formatCount(n, options.leadingZeros);
  const asOf = reportDateOf(options);
  const province = provinceText(options.province, asOf);
  const lead = `Công tác giới thiệu, quảng bá và xúc tiến thương mại cho các sản phẩm OCOP trên địa bàn ${province}:`;
  const places = yearFairs.map(
    (f) =>
      `${f.province ? provinceText(f.province, f.startDate ?? asOf) : (f.name ?? "")} (${monthSpan(f.startDate ?? "", f.endDate)})`
  );
  const where = `${count(yearFairs.length)} kỳ Hội chợ Triển lãm trong năm ${options.year} tổ chức tại ${joinList(places)}`;

  let body: string;
  const visits = shown.reduce((sum, e) => sum + e.count, 0);
  if (visits === 0) {
    body = `Tham gia ${where}.`;
  } else {
    const about = options.approximate ? "khoảng " : "";
    const present = new Set(shown.map((e) => e.category));
    const categories = CATEGORY_WORDS.filter(([c]) => present.has(c)).map(([, w]) => w);
    const whose =
      categories.length > 0
        ? ` ${joinList(categories)} của ${provinceWord(province)}`
        : " sản phẩm";
    const examples = exampleNames(shown, options.examples ?? DEFAULT_EXAMPLES);
    const like = examples ? ` như: ${examples}` : "";
    body = `Tham gia trưng bày quảng bá ${about}${count(visits)} lượt${whose}${like} tại ${where}.`;
  }
  return {
    id: "promotion",
    runs: [{ text: lead, italic: true }, { text: ` ${body}` }],
  };
}

/**
 * The most shown product names, most lượt first (ties by name), the first capitalised and the
 * others not; ",..." when there are more than are named.
 */
function exampleNames(exhibits: readonly ExhibitRow[], limit: number): string {
  // Sum by the text as written first: a sheet repeats few names many times, and folding
  // each distinct one once keeps 100k rows cheap.
  const byText = new Map<string, number>();
  for (const e of exhibits) {
    if (e.product) byText.set(e.product, (byText.get(e.product) ?? 0) + e.count);
  }
  const byName = new Map<string, { name: string; visits: number }>();
  for (const [text, visits] of byText) {
    const name = text.trim();
    if (!name) continue;
    const key = fold(name);
    const entry = byName.get(key) ?? { name, visits: 0 };
    entry.visits += visits;
    byName.set(key, entry);
  }
  const ranked = [...byName.entries()]
    .sort(([ka, a], [kb, b]) => b.visits - a.visits || compareText(ka, kb))
    .map(([, v]) => v.name);
  if (ranked.length === 0 || limit <= 0) return "";
  const named = ranked
    .slice(0, limit)
    .map((n, i) => (i === 0 ? capitalizeFirst(n) : lowerFirst(n)));
  return ranked.length > limit ? `${named.join(", ")},...` : joinList(named);
}
