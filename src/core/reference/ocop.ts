import type { CellValue } from "../sheets/rawSheet";
import { fold } from "../text/fold";
import { nearest } from "../text/suggest";

/** OCOP facts (domain.md §3.3): groups, product sets, star bands, levels, validity. */
export interface OcopGroup {
  id: number;
  name: string;
  /** Names from the 2019 set (QĐ 1048/QĐ-TTg) that now mean this group. */
  oldNames: string[];
}
export interface ProductSet {
  id: number;
  group: number;
  name: string;
}

// QĐ 148/QĐ-TTg (24/02/2023), Phụ lục: 6 groups; the 2019 names from QĐ 1048/QĐ-TTg (21/8/2019).
export const GROUPS: readonly OcopGroup[] = [
  { id: 1, name: "Thực phẩm", oldNames: [] },
  { id: 2, name: "Đồ uống", oldNames: [] },
  { id: 3, name: "Dược liệu và sản phẩm từ dược liệu", oldNames: ["Thảo dược"] },
  {
    id: 4,
    name: "Hàng thủ công mỹ nghệ",
    oldNames: ["Vải và may mặc", "Lưu niệm - nội thất - trang trí"],
  },
  { id: 5, name: "Sinh vật cảnh", oldNames: [] },
  {
    id: 6,
    name: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    oldNames: ["Dịch vụ du lịch nông thôn, bán hàng"],
  },
];

// QĐ 148/QĐ-TTg (24/02/2023), Phụ lục: the 26 product sets, numbered across groups.
export const PRODUCT_SETS: readonly ProductSet[] = [
  [1, "Rau, củ, quả, hạt tươi"],
  [1, "Thịt, thủy sản, trứng, sữa tươi"],
  [1, "Gạo, ngũ cốc, hạt sơ chế khác"],
  [1, "Mật ong, mật khác và nông sản thực phẩm khác"],
  [1, "Đồ ăn nhanh"],
  [1, "Chế biến từ gạo, ngũ cốc"],
  [1, "Chế biến từ rau, củ, quả, hạt"],
  [1, "Chế biến từ thịt, thủy sản, trứng, sữa, mật ong"],
  [1, "Tương, nước mắm, gia vị dạng lỏng khác"],
  [1, "Gia vị khác"],
  [1, "Chè tươi, chè chế biến"],
  [1, "Sản phẩm trà từ thực vật khác"],
  [1, "Cà phê, ca cao"],
  [2, "Rượu trắng"],
  [2, "Đồ uống có cồn khác"],
  [2, "Nước khoáng thiên nhiên, nước uống đóng chai"],
  [2, "Đồ uống không cồn khác"],
  [3, "Thực phẩm chức năng, thuốc từ dược liệu, thuốc y học cổ truyền"],
  [3, "Mỹ phẩm có thành phần từ thảo dược"],
  [3, "Tinh dầu và thảo dược khác"],
  [4, "Thủ công mỹ nghệ gia dụng, trang trí"],
  [4, "Vải, may mặc"],
  [5, "Hoa"],
  [5, "Cây cảnh"],
  [5, "Động vật cảnh"],
  [6, "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"],
].map(([group, name], i) => ({ id: i + 1, group: group as number, name: name as string }));

export type GroupMatch =
  | { kind: "ok"; group: OcopGroup }
  | { kind: "old"; group: OcopGroup; oldName: string }
  | { kind: "unknown"; suggestion?: string };

/** "1", "Nhóm 1", "Nhóm Thực phẩm", "1. Thực phẩm", or a 2019 name ("Thảo dược" → old). */
export function resolveGroup(text: string): GroupMatch {
  const { id, name } = numberAndName(fold(text).replace(/^(nhom|nganh)( san pham)? /, ""));
  if (name !== "") {
    for (const group of GROUPS) {
      if (fold(group.name) === name) return { kind: "ok", group };
      const old = group.oldNames.find((o) => fold(o) === name);
      if (old !== undefined) return { kind: "old", group, oldName: old };
    }
  }
  if (id !== undefined) {
    const group = GROUPS.find((g) => g.id === id);
    if (group && name === "") return { kind: "ok", group };
  }
  const names = GROUPS.flatMap((g) => [g.name, ...g.oldNames]);
  const near = nearest(name, names);
  const group = GROUPS.find((g) => g.name === near || g.oldNames.includes(near ?? ""));
  return group ? { kind: "unknown", suggestion: group.name } : { kind: "unknown" };
}

/** "7", "(7) Chế biến từ rau, củ, quả, hạt", or the set's name alone. */
export function resolveProductSet(
  text: string
): { kind: "ok"; set: ProductSet } | { kind: "unknown"; suggestion?: string } {
  const { id, name } = numberAndName(fold(text).replace(/^(bo san pham|bo sp|bo) /, ""));
  if (name !== "") {
    const set = PRODUCT_SETS.find((s) => fold(s.name) === name);
    if (set && (id === undefined || id === set.id)) return { kind: "ok", set };
  } else if (id !== undefined) {
    const set = PRODUCT_SETS.find((s) => s.id === id);
    if (set) return { kind: "ok", set };
  }
  const near = nearest(
    name,
    PRODUCT_SETS.map((s) => s.name)
  );
  return near !== undefined ? { kind: "unknown", suggestion: near } : { kind: "unknown" };
}

/** Splits a folded "7 che bien tu rau" into its leading number and the rest. */
function numberAndName(folded: string): { id?: number; name: string } {
  const m = /^(\d{1,2})(?: (.*))?$/.exec(folded);
  if (!m) return { name: folded };
  return { id: Number(m[1]), name: m[2] ?? "" };
}

// QĐ 148/QĐ-TTg (24/02/2023): 1★ < 30 · 2★ [30, 50) · 3★ [50, 70) · 4★ [70, 90) · 5★ [90, 100].
export function starsForScore(score: number): 1 | 2 | 3 | 4 | 5 {
  if (!(score >= 30)) return 1;
  if (score < 50) return 2;
  if (score < 70) return 3;
  if (score < 90) return 4;
  return 5;
}

const STAR_TEXT = /^([1-5])(?:\s*(?:sao|\*|★|☆|⭐))?$/u;
const STAR_SYMBOLS = /^(?:★{1,5}|⭐{1,5}|\*{1,5})$/u;

/** 3, "3", "3 sao", "3★", "★★★", "3*", " 4 SAO "; anything else is undefined. */
export function resolveStars(value: CellValue): 1 | 2 | 3 | 4 | 5 | undefined {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1 && value <= 5 ? (value as 1) : undefined;
  }
  if (typeof value !== "string") return undefined;
  const text = value.normalize("NFC").trim().toLowerCase();
  const m = STAR_TEXT.exec(text);
  if (m) return Number(m[1]) as 1;
  if (STAR_SYMBOLS.test(text)) return [...text].length as 1;
  return undefined;
}

// The closed lists a sheet's cells name (domain.md §2): rows hold these canonical spellings.
export const CATEGORIES = ["OCOP", "CNNTTB", "Đặc thù", "Tiềm năng OCOP", "Khác"] as const;
export const PRODUCER_TYPES = [
  "Doanh nghiệp",
  "Hợp tác xã",
  "Tổ hợp tác",
  "Hộ sản xuất, kinh doanh",
] as const;
export const LEVELS = ["huyện", "tỉnh", "trung ương"] as const;
export const STATUSES = ["mới", "nâng hạng", "đánh giá lại"] as const;

export type ProducerType = (typeof PRODUCER_TYPES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Level = (typeof LEVELS)[number];
export type Status = (typeof STATUSES)[number];

/** Looks the folded text up in a table of folded spellings. */
function pick<T>(text: string, table: readonly (readonly [T, readonly string[]])[]): T | undefined {
  const key = fold(text);
  if (key === "") return undefined;
  for (const [value, spellings] of table) if (spellings.includes(key)) return value;
  return undefined;
}

// Producer forms (domain.md §3.3): companies count as doanh nghiệp, cơ sở as hộ sản xuất.
const PRODUCER_SPELLINGS: readonly (readonly [ProducerType, readonly string[]])[] = [
  ["Doanh nghiệp", ["doanh nghiep", "dn", "dntn", "doanh nghiep tu nhan", "cong ty", "cty"]],
  ["Hợp tác xã", ["hop tac xa", "htx"]],
  ["Tổ hợp tác", ["to hop tac", "tht"]],
  [
    "Hộ sản xuất, kinh doanh",
    [
      "ho san xuat kinh doanh",
      "ho san xuat",
      "ho kinh doanh",
      "ho kinh doanh co dang ky",
      "ho san xuat kinh doanh co dang ky",
      "ho sx kd",
      "ho sxkd",
      "hkd",
      "hsx",
      "cssx",
      "co so san xuat",
      "co so san xuat kinh doanh",
      "co so",
      "ca the",
      "ho ca the",
    ],
  ],
];

/** DN, HTX, THT, HKD, CSSX, "Cơ sở sản xuất", "Hộ kinh doanh", "Công ty TNHH", "Công ty CP"... */
export function resolveProducerType(text: string): ProducerType | undefined {
  const found = pick(text, PRODUCER_SPELLINGS);
  if (found) return found;
  // "Công ty TNHH", "Công ty cổ phần", "Cty CP": every company is a doanh nghiệp.
  return /^(cong ty|cty|doanh nghiep)( |$)/.test(fold(text)) ? "Doanh nghiệp" : undefined;
}

const CATEGORY_SPELLINGS: readonly (readonly [Category, readonly string[]])[] = [
  ["OCOP", ["ocop", "san pham ocop", "sp ocop"]],
  [
    "CNNTTB",
    [
      "cnnttb",
      "sp cnnttb",
      "san pham cnnttb",
      "cong nghiep nong thon tieu bieu",
      "san pham cong nghiep nong thon tieu bieu",
      "sp cong nghiep nong thon tieu bieu",
    ],
  ],
  ["Đặc thù", ["dac thu", "san pham dac thu", "sp dac thu", "dac san"]],
  [
    "Tiềm năng OCOP",
    [
      "tiem nang ocop",
      "tiem nang",
      "san pham tiem nang",
      "san pham tiem nang ocop",
      "sp tiem nang",
    ],
  ],
  ["Khác", ["khac", "san pham khac", "sp khac"]],
];

export function resolveCategory(text: string): Category | undefined {
  return pick(text, CATEGORY_SPELLINGS);
}

const LEVEL_SPELLINGS: readonly (readonly [Level, readonly string[]])[] = [
  ["huyện", ["huyen", "cap huyen", "ubnd huyen", "ubnd cap huyen", "thi xa", "cap thi xa"]],
  ["tỉnh", ["tinh", "cap tinh", "ubnd tinh", "ubnd cap tinh"]],
  [
    "trung ương",
    [
      "trung uong",
      "cap trung uong",
      "tw",
      "cap tw",
      "quoc gia",
      "cap quoc gia",
      "bo nn ptnt",
      "bo nong nghiep va phat trien nong thon",
      // NQ 176/2025/QH15: Bộ Nông nghiệp và Môi trường replaces Bộ NN&PTNT from 01/3/2025.
      "bo nn mt",
      "bo nong nghiep va moi truong",
    ],
  ],
];

/** "huyện", "cấp huyện", "Tỉnh", "TW", "trung ương", "Bộ NN&PTNT". */
export function resolveLevel(text: string): Level | undefined {
  return pick(text, LEVEL_SPELLINGS);
}

const STATUS_SPELLINGS: readonly (readonly [Status, readonly string[]])[] = [
  ["mới", ["moi", "cong nhan moi", "cap moi", "danh gia moi", "sp moi", "san pham moi"]],
  ["nâng hạng", ["nang hang", "nang sao", "nang hang sao", "nang cap"]],
  [
    "đánh giá lại",
    [
      "danh gia lai",
      "tai danh gia",
      "cong nhan lai",
      "danh gia lai cong nhan lai",
      "tai cong nhan",
    ],
  ],
];

/** "mới", "công nhận mới", "nâng hạng", "nâng sao", "đánh giá lại", "tái đánh giá". */
export function resolveStatus(text: string): Status | undefined {
  return pick(text, STATUS_SPELLINGS);
}

// QĐ 1489/QĐ-TTg (06/7/2025) with the end of districts on 01/7/2025: the province recognises 3★.
const PROVINCE_RECOGNISES_3_FROM = "2025-07-01";

/**
 * Who may recognise a product of these stars on that date. QĐ 148/QĐ-TTg (24/02/2023): 5★ the
 * central level, 4★ the province, 3★ the district (provinces also did: practice varied).
 */
export function expectedLevels(stars: 3 | 4 | 5, decisionDate: string): Level[] {
  if (stars === 5) return ["trung ương"];
  if (stars === 4) return ["tỉnh"];
  return decisionDate >= PROVINCE_RECOGNISES_3_FROM ? ["tỉnh"] : ["huyện", "tỉnh"];
}

// QĐ 148/QĐ-TTg (24/02/2023): a certificate is valid 36 months from its decision.
export const VALIDITY_MONTHS = 36;

/**
 * The decision date plus 36 months, ISO; a day missing in the target month falls to the month's
 * last day (2020-02-29 → 2023-02-28). An input that is not an ISO date gives "".
 */
export function expiryDate(decisionDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(decisionDate);
  if (!m) return "";
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return "";
  const total = year * 12 + (month - 1) + VALIDITY_MONTHS;
  const y = Math.floor(total / 12);
  const mo = (total % 12) + 1;
  const d = Math.min(day, daysIn(y, mo));
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
