import type { CouncilLevel } from "../reference/activities";
import { formatCount } from "../text/wording";
import type { EligibleActivities } from "./eligibleActivities";
import type { ReportOptions, ReportParagraph } from "./model";
import { figure, joinPhrases, toParagraph, type Phrase } from "./phrase";
import type { RefOf } from "./rowRefs";
import { unitsFigure } from "./unitsFigure";

export const EVALUATION_LEAD = "Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP:";

type Council = EligibleActivities["councils"][number];

/** Councils below the province name the units they sat for; the province's are counted. */
const LEVEL_ORDER: readonly CouncilLevel[] = ["cấp huyện", "cấp xã", "cấp tỉnh"];

/**
 * The document's evaluation topic from the `Hội đồng` sheet (issue 11), in the seed's words:
 * "tham gia đóng góp ý kiến cho hồ sơ sản phẩm tham gia Chương trình OCOP năm 2023 của 10
 * huyện, thị xã, thành phố; tham dự Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện của
 * 10 huyện, thị xã, thành phố". Distinct units per kind of work (and per council level), with
 * the units' types on the rows' dates; councils of the province by their number of sittings.
 */
export function evaluationParagraph(
  rows: readonly Council[],
  options: ReportOptions,
  refOf: RefOf
): ReportParagraph {
  const y = options.year;
  const ofYear = rows.filter((c) => c.date.startsWith(`${y}-`));
  if (ofYear.length === 0)
    return toParagraph("evaluation", EVALUATION_LEAD, [
      `trong năm ${y}, không có hội đồng hay hồ sơ nào được ghi nhận.`,
    ]);
  const count = (n: number): string => formatCount(n, options.leadingZeros);
  const ref = (row: number) => refOf("councils", row);

  const parts: Phrase[] = [];
  const dossiers = ofYear.filter((c) => c.kind === "góp ý hồ sơ");
  if (dossiers.length > 0)
    parts.push([
      `tham gia đóng góp ý kiến cho hồ sơ sản phẩm tham gia Chương trình OCOP năm ${y} của `,
      ...unitsFigure(dossiers, options, count, ref),
    ]);
  const sat = ofYear.filter((c) => c.kind === "tham dự hội đồng");
  for (const level of LEVEL_ORDER) {
    const councils = sat.filter((c) => c.level === level);
    if (councils.length === 0) continue;
    const council = `Hội đồng đánh giá, phân hạng sản phẩm OCOP ${level}`;
    if (level === "cấp tỉnh")
      parts.push([
        "tham dự ",
        figure(
          `${count(councils.length)} phiên họp`,
          councils.map((c) => ref(c.row))
        ),
        ` ${council}`,
      ]);
    else parts.push([`tham dự ${council} của `, ...unitsFigure(councils, options, count, ref)]);
  }
  return toParagraph("evaluation", EVALUATION_LEAD, [
    `trong năm ${y}, `,
    ...joinPhrases(parts, "; ", "; "),
    ".",
  ]);
}
