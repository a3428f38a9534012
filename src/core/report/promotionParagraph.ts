import type { Category } from "../reference/ocop";
import type { ExhibitRow, FairRow } from "../sheets/rows";
import { fold } from "../text/fold";
import { capitalizeFirst, formatCount, joinList, lowerFirst } from "../text/wording";
import { compareText } from "./compareText";
import { fairCodeMatcher } from "./fairCodeMatcher";
import { fairPlaces } from "./fairPlaces";
import type { ReportOptions, ReportParagraph } from "./model";
import { figure, toParagraph, type Phrase } from "./phrase";
import { provinceText } from "./placeInRunningText";
import { reportDateOf } from "./reportDate";
import { provinceWord } from "./provinceWord";
import type { RefOf } from "./rowRefs";

/** How the seed report names each category, in the order it names them. */
const CATEGORY_WORDS: ReadonlyArray<[Category, string]> = [
  ["Đặc thù", "sản phẩm đặc thù"],
  ["OCOP", "sản phẩm OCOP"],
  ["CNNTTB", "sản phẩm công nghiệp nông thôn tiêu biểu"],
  ["Tiềm năng OCOP", "sản phẩm tiềm năng OCOP"],
  ["Khác", "sản phẩm khác"],
];

const DEFAULT_EXAMPLES = 7;

export const PROMOTION_LEAD_START =
  "Công tác giới thiệu, quảng bá và xúc tiến thương mại cho các sản phẩm OCOP trên địa bàn";

/**
 * Paragraph 2 of domain.md §6: the fairs of the year in date order (a province's fairs named
 * together), the lượt shown there (the sum of the count column), the categories present and the
 * most shown products (all of them, when they are few). A year without a fair says so.
 */
export function promotionParagraph(
  fairs: readonly FairRow[],
  exhibits: readonly ExhibitRow[],
  options: ReportOptions,
  refOf: RefOf
): ReportParagraph {
  const yearFairs = fairs
    .filter((f) => f.startDate?.startsWith(`${options.year}-`))
    .sort(
      (a, b) =>
        compareText(a.startDate ?? "", b.startDate ?? "") ||
        compareText(a.endDate ?? "", b.endDate ?? "") ||
        a.row - b.row
    );
  const count = (n: number): string => formatCount(n, options.leadingZeros);
  const asOf = reportDateOf(options);
  const province = provinceText(options.province, asOf);
  const lead = `${PROMOTION_LEAD_START} ${province}:`;
  if (yearFairs.length === 0)
    return toParagraph("promotion", lead, [
      `trong năm ${options.year}, không tham gia kỳ Hội chợ Triển lãm nào.`,
    ]);

  const fairRef = (f: FairRow) => refOf("fairs", f.row);
  const ofYearFair = fairCodeMatcher(yearFairs);
  const shown = exhibits.filter((e) => ofYearFair(e.fairCode));
  const where: Phrase =
    yearFairs.length === 1
      ? [
          // Phụ lục 2 lists exactly these rows.
          {
            ...figure(yearFairs[0].name ?? `${count(1)} kỳ Hội chợ Triển lãm`, [
              fairRef(yearFairs[0]),
            ]),
            counts: "fairsInYear",
          },
          ` trong năm ${options.year}, tổ chức ở `,
          ...fairPlaces(yearFairs, asOf, fairRef),
        ]
      : [
          {
            ...figure(`${count(yearFairs.length)} kỳ Hội chợ Triển lãm`, yearFairs.map(fairRef)),
            counts: "fairsInYear",
          },
          ` trong năm ${options.year}, tổ chức ở `,
          ...fairPlaces(yearFairs, asOf, fairRef),
        ];

  const visits = shown.reduce((sum, e) => sum + e.count, 0);
  if (visits === 0) return toParagraph("promotion", lead, ["tham gia ", ...where, "."]);
  const present = new Set(shown.map((e) => e.category));
  const categories = CATEGORY_WORDS.filter(([c]) => present.has(c)).map(([, w]) => w);
  const whose =
    categories.length > 0 ? ` ${joinList(categories)} của ${provinceWord(province)}` : " sản phẩm";
  const examples = exampleNames(shown, options.examples ?? DEFAULT_EXAMPLES);
  return toParagraph("promotion", lead, [
    `tham gia trưng bày quảng bá ${options.approximate ? "khoảng " : ""}`,
    {
      ...figure(
        `${count(visits)} lượt`,
        shown.map((e) => refOf("exhibits", e.row))
      ),
      counts: "exhibitsShown",
    },
    `${whose}${examples} tại `,
    ...where,
    ".",
  ]);
}

/**
 * The most shown product names, most lượt first (ties by name), the first capitalised and the
 * others not: " như: a, b,..." when there are more than are named, else " gồm: a, b và c".
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
  // Examples only when some are left unnamed; when all are named they are the list itself.
  return ranked.length > limit ? ` như: ${named.join(", ")},...` : ` gồm: ${joinList(named)}`;
}
