import { fold } from "../text/fold";
import { DISTRICT_LEVEL_ENDED } from "./units";

/**
 * The closed lists of the two activity sheets (issue 11): the Sở's role at a training class,
 * the level of an evaluation council and the kind of evaluation work. Rows hold these spellings.
 */
export const TRAINING_ROLES = ["chủ trì", "báo cáo viên", "phối hợp"] as const;
export const COUNCIL_LEVELS = ["cấp huyện", "cấp xã", "cấp tỉnh"] as const;
export const COUNCIL_KINDS = ["tham dự hội đồng", "góp ý hồ sơ"] as const;

export type TrainingRole = (typeof TRAINING_ROLES)[number];
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];
export type CouncilKind = (typeof COUNCIL_KINDS)[number];

type Spellings<T> = readonly (readonly [T, readonly string[]])[];

const ROLE_SPELLINGS: Spellings<TrainingRole> = [
  ["chủ trì", ["chu tri", "to chuc", "chu tri to chuc"]],
  ["báo cáo viên", ["bao cao vien", "bcv", "bao cao chuyen de", "giang vien", "bao cao"]],
  ["phối hợp", ["phoi hop", "phoi hop to chuc", "tham gia"]],
];

const LEVEL_SPELLINGS: Spellings<CouncilLevel> = [
  ["cấp huyện", ["cap huyen", "huyen"]],
  ["cấp xã", ["cap xa", "xa"]],
  ["cấp tỉnh", ["cap tinh", "tinh"]],
];

const KIND_SPELLINGS: Spellings<CouncilKind> = [
  [
    "tham dự hội đồng",
    ["tham du hoi dong", "tham du", "hoi dong", "du hoi dong", "thanh vien hoi dong"],
  ],
  ["góp ý hồ sơ", ["gop y ho so", "gop y", "dong gop y kien ho so", "gop y kien ho so"]],
];

function pick<T>(text: string, table: Spellings<T>): T | undefined {
  const key = fold(text);
  for (const [value, spellings] of table) if (spellings.includes(key)) return value;
  return undefined;
}

/** "chủ trì", "báo cáo viên" (also "BCV", "báo cáo chuyên đề"), "phối hợp". */
export function resolveTrainingRole(text: string): TrainingRole | undefined {
  return pick(text, ROLE_SPELLINGS);
}

/** "cấp huyện", "cấp xã", "cấp tỉnh" (the word "cấp" may be left out). */
export function resolveCouncilLevel(text: string): CouncilLevel | undefined {
  return pick(text, LEVEL_SPELLINGS);
}

/** "tham dự hội đồng", "góp ý hồ sơ". */
export function resolveCouncilKind(text: string): CouncilKind | undefined {
  return pick(text, KIND_SPELLINGS);
}

/**
 * Whether a council of this level can sit on that date (issue 11): cấp huyện before 01/7/2025,
 * cấp xã from then, cấp tỉnh in both eras. The district level ended on 01/7/2025 (domain.md §3.1).
 */
export function councilLevelInForce(level: CouncilLevel, date: string): boolean {
  if (level === "cấp huyện") return date < DISTRICT_LEVEL_ENDED;
  if (level === "cấp xã") return date >= DISTRICT_LEVEL_ENDED;
  return true;
}
