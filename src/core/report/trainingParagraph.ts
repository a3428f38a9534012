import type { TrainingRole } from "../reference/activities";
import { fold } from "../text/fold";
import { formatCount, lowerFirst } from "../text/wording";
import type { EligibleActivities } from "./eligibleActivities";
import type { ReportOptions, ReportParagraph } from "./model";
import { figure, joinPhrases, toParagraph, type Phrase } from "./phrase";
import type { RefOf } from "./rowRefs";

export const TRAINING_LEAD = "Công tác đào tạo tập huấn:";

type Training = EligibleActivities["training"][number];

/**
 * The document's training topic from the `Tập huấn` sheet (issue 11), in the seed's words:
 * "báo cáo chuyên đề tại 04 lớp tập huấn ... do Văn phòng Điều phối xây dựng nông thôn mới tỉnh
 * tổ chức". Classes of the year by the Sở's role (chủ trì, phối hợp, báo cáo viên), each role's
 * classes by organiser; a group whose classes share one title names it. Nothing else is said.
 */
export function trainingParagraph(
  rows: readonly Training[],
  options: ReportOptions,
  refOf: RefOf
): ReportParagraph {
  const y = options.year;
  const ofYear = rows.filter((t) => t.date.startsWith(`${y}-`));
  if (ofYear.length === 0)
    return toParagraph("training", TRAINING_LEAD, [
      `trong năm ${y}, không có lớp tập huấn nào được ghi nhận.`,
    ]);
  const count = (n: number): string => formatCount(n, options.leadingZeros);
  const classes = (group: readonly Training[]): Phrase => {
    const title = sharedTitle(group);
    return [
      figure(
        `${count(group.length)} lớp tập huấn`,
        group.map((t) => refOf("training", t.row))
      ),
      ...(title ? [` ${title}`] : []),
    ];
  };
  const byRole = (role: TrainingRole) => ofYear.filter((t) => t.role === role);

  const parts: Phrase[] = [];
  const hosted = byRole("chủ trì");
  if (hosted.length > 0) parts.push(["chủ trì tổ chức ", ...classes(hosted)]);
  const partnered = byOrganizer(byRole("phối hợp"));
  if (partnered.length > 0)
    parts.push(
      joinPhrases(
        partnered.map((g) => [`phối hợp với ${g.organizer} tổ chức `, ...classes(g.rows)])
      )
    );
  const spoken = byOrganizer(byRole("báo cáo viên"));
  if (spoken.length > 0)
    parts.push([
      "báo cáo chuyên đề tại ",
      ...joinPhrases(spoken.map((g) => [...classes(g.rows), ` do ${g.organizer} tổ chức`])),
    ]);
  return toParagraph("training", TRAINING_LEAD, [
    `trong năm ${y}, `,
    ...joinPhrases(parts, "; ", "; "),
    ".",
  ]);
}

/** Classes grouped by organiser (folded), in the order their first class comes. */
function byOrganizer(rows: readonly Training[]): { organizer: string; rows: Training[] }[] {
  const groups = new Map<string, { organizer: string; rows: Training[] }>();
  for (const t of [...rows].sort((a, b) => a.date.localeCompare(b.date) || a.row - b.row)) {
    const key = fold(t.organizer);
    const g = groups.get(key) ?? { organizer: t.organizer, rows: [] };
    g.rows.push(t);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/**
 * The title all the classes share, as running text ("triển khai chính sách khuyến công ..."): a
 * leading "Lớp tập huấn"/"Tập huấn" is dropped, as the sentence already says it. None when the
 * titles differ or are missing.
 */
function sharedTitle(rows: readonly Training[]): string | undefined {
  const titles = new Set(rows.map((t) => fold(t.title ?? "")));
  if (titles.size !== 1 || !rows[0].title) return undefined;
  const title = rows[0].title.trim().replace(/^(lớp\s+)?tập\s+huấn\s*:?\s*/iu, "");
  return title ? lowerFirst(title) : undefined;
}
