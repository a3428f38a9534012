import { fold } from "../text/fold";
import { nearest } from "../text/suggest";
import { PRODUCT_SETS, type ProductSet } from "./ocop";

/**
 * Phụ lục I of QĐ 26/2026/QĐ-TTg: 6 sản phẩm › 17 nhóm › phân nhóm, 26 leaves. The six
 * sản phẩm keep QĐ 148's group names (`GROUPS` in ocop.ts, same ids); each leaf keeps the id of
 * the QĐ 148 product set it renames, so a 2025 row and a 2026 row of one product line up.
 */
export interface OcopGroup26 {
  /** "1.3": sản phẩm 1 (Thực phẩm), nhóm 3 (Thực phẩm chế biến). */
  id: string;
  /** The sản phẩm: `GROUPS` id in ocop.ts. */
  product: number;
  name: string;
}
export interface OcopLeaf26 {
  /** The QĐ 148 product set id (1–26) this leaf renames. */
  id: number;
  product: number;
  /** The nhóm's id ("1.3"). */
  group: string;
  /** The phân nhóm's name, or the nhóm's when it has no phân nhóm ("Cà phê, ca cao"). */
  name: string;
  /** QĐ 148's name for the same leaf. */
  oldName: string;
  /** Cơ quan chủ trì quản lý (Phụ lục I, per Nghị định 15/2018/NĐ-CP). */
  agencies: readonly string[];
}

const NN = "Bộ Nông nghiệp và Môi trường";
const CT = "Bộ Công Thương";
const YT = "Bộ Y tế";
const VH = "Bộ Văn hóa, Thể thao và Du lịch";

// QĐ 26/2026/QĐ-TTg Phụ lục I: [product, nhóm, phân nhóm names (none: the nhóm is the leaf),
// agencies per leaf]; leaves in the order of QĐ 148's 26 product sets.
type GroupRow = readonly [
  product: number,
  name: string,
  leaves: readonly (readonly [name: string, agencies: readonly string[]])[],
];
const PHU_LUC_I: readonly GroupRow[] = [
  [
    1,
    "Thực phẩm tươi sống",
    [
      ["Rau, củ, quả, hạt tươi", [NN]],
      ["Thịt, thủy sản, trứng, sữa tươi", [NN]],
    ],
  ],
  [
    1,
    "Thực phẩm thô, sơ chế",
    [
      ["Gạo, ngũ cốc, hạt sơ chế khác", [NN]],
      ["Mật ong, mật khác và nông sản thực phẩm khác", [NN]],
    ],
  ],
  [
    1,
    "Thực phẩm chế biến",
    [
      ["Đồ ăn nhanh", [CT]],
      ["Chế biến từ gạo, ngũ cốc", [NN, CT]],
      ["Chế biến từ rau, củ, quả, hạt", [NN]],
      [
        "Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác",
        [NN, CT],
      ],
    ],
  ],
  [
    1,
    "Gia vị",
    [
      ["Tương, nước mắm, gia vị dạng lỏng khác", [NN]],
      ["Gia vị khác", [NN]],
    ],
  ],
  [
    1,
    "Chè",
    [
      ["Chè tươi, chế biến", [NN]],
      ["Sản phẩm chè từ thực vật khác", [NN]],
    ],
  ],
  [1, "Cà phê, ca cao", [["Cà phê, ca cao", [NN]]]],
  [
    2,
    "Đồ uống có cồn",
    [
      ["Rượu trắng", [CT]],
      ["Đồ uống có cồn khác", [CT]],
    ],
  ],
  [
    2,
    "Đồ uống không cồn",
    [
      ["Nước khoáng thiên nhiên, nước uống đóng chai", [YT]],
      ["Đồ uống không cồn", [CT]],
    ],
  ],
  [
    3,
    "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
    [["Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền", [YT]]],
  ],
  [3, "Mỹ phẩm có thành phần từ dược liệu", [["Mỹ phẩm có thành phần từ dược liệu", [YT]]]],
  [3, "Tinh dầu và dược liệu khác", [["Tinh dầu và dược liệu khác", [YT, CT]]]],
  [4, "Thủ công mỹ nghệ gia dụng, trang trí", [["Thủ công mỹ nghệ gia dụng, trang trí", [CT, NN]]]],
  [4, "Vải, may mặc", [["Vải, may mặc", [CT]]]],
  [5, "Hoa", [["Hoa", [NN]]]],
  [5, "Cây cảnh", [["Cây cảnh", [NN]]]],
  [5, "Động vật cảnh", [["Động vật cảnh", [NN]]]],
  [
    6,
    "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    [["Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", [VH, NN]]],
  ],
];

export const GROUPS_26: readonly OcopGroup26[] = PHU_LUC_I.map(([product, name], i) => ({
  id: `${product}.${1 + PHU_LUC_I.slice(0, i).filter((g) => g[0] === product).length}`,
  product,
  name,
}));

export const LEAVES_26: readonly OcopLeaf26[] = PHU_LUC_I.flatMap(([, , leaves], i) =>
  leaves.map(([name, agencies]) => ({ name, agencies, group: GROUPS_26[i] }))
).map(({ name, agencies, group }, i) => ({
  id: PRODUCT_SETS[i].id,
  product: group.product,
  group: group.id,
  name,
  oldName: PRODUCT_SETS[i].name,
  agencies,
}));

export type ClassificationMatch =
  | { kind: "leaf"; leaf: OcopLeaf26 }
  | { kind: "group"; group: OcopGroup26 }
  | { kind: "old"; leaf: OcopLeaf26; oldName: string }
  | { kind: "unknown"; suggestion?: string };

/**
 * A classification cell read against Phụ lục I: a phân nhóm (or a nhóm that is its own leaf),
 * a nhóm, or QĐ 148's name for a leaf ("Sản phẩm trà từ thực vật khác" → old, now "Sản phẩm chè
 * từ thực vật khác"; on a 2026 row an info finding). Enumerators such as "a)", "(7)", "3.",
 * and the words "Nhóm:", "Phân nhóm:" are ignored.
 */
export function resolveClassification26(text: string): ClassificationMatch {
  const key = bare(text);
  if (key === "") return { kind: "unknown" };
  const leaf = LEAVES_26.find((l) => fold(l.name) === key);
  if (leaf) return { kind: "leaf", leaf };
  const group = GROUPS_26.find((g) => fold(g.name) === key);
  if (group) return { kind: "group", group };
  const old = LEAVES_26.find((l) => fold(l.oldName) === key);
  if (old) return { kind: "old", leaf: old, oldName: old.oldName };
  const names = [...LEAVES_26.map((l) => l.name), ...GROUPS_26.map((g) => g.name)];
  const near = nearest(key, [...names, ...LEAVES_26.map((l) => l.oldName)]);
  if (near === undefined) return { kind: "unknown" };
  const renamed = LEAVES_26.find((l) => l.oldName === near && !names.includes(near));
  return { kind: "unknown", suggestion: renamed ? renamed.name : near };
}

/** The leaf a QĐ 148 product set became. */
export function leafOfProductSet(set: ProductSet): OcopLeaf26 | undefined {
  return LEAVES_26.find((l) => l.id === set.id);
}

function bare(text: string): string {
  return fold(text)
    .replace(/^(phan nhom|nhom|bo san pham|bo sp)\s+/, "")
    .replace(/^(\d{1,2}|[a-d]|[ivx]{1,3})\s+(?=\D)/, "")
    .replace(/^(phan nhom|nhom)\s+/, "");
}
