import type { ActivityKind, SheetKind, TrackingKind } from "../findings/finding";
import { COLUMN_LABELS, SHEET_LABELS } from "../findings/labels";
import { COUNCILS, TRAINING } from "./activityColumns";
import type { ColumnKey } from "./rows";

/**
 * The columns of the three tracking sheets and the lists sheet (domain.md §2). Header detection,
 * coercion, the templates both doors write, and the findings all read from here.
 */
export type ColumnType =
  | "text"
  | "code"
  | "date"
  | "integer"
  | "number"
  | "stars"
  | "district"
  | "province"
  | "category"
  | "group"
  | "productSet"
  | "producerType"
  | "level"
  | "status"
  // activity sheets (issue 11)
  | "trainingRole"
  | "councilLevel"
  | "councilKind";

/** Reference lists a column draws its values from (dropdowns in the template). */
export type ListName =
  | "districts"
  | "provinces"
  | "categories"
  | "stars"
  | "groups"
  | "productSets"
  | "producerTypes"
  | "levels"
  | "statuses"
  // activity sheets (issue 11)
  | "trainingRoles"
  | "councilLevels"
  | "councilKinds";

/** A column of a sheet; `Key` is the row field it fills (`keyof FairRow`, ...). */
export interface ColumnSpec<Key extends string = string> {
  key: Key;
  /** The header the template writes (for the tracking sheets, the label findings name it by). */
  header: string;
  /** Other headers that mean this column (compared folded: no case, diacritics, punctuation). */
  synonyms: readonly string[];
  type: ColumnType;
  /** "whenOcop": required when the exhibit's category is OCOP. */
  required: boolean | "whenOcop";
  list?: ListName;
  /** Template column width in characters. */
  width: number;
}

/** The keys a sheet kind's columns may have: its row's fields, or the lists it names. */
interface SheetColumnKeys {
  fairs: ColumnKey<"fairs">;
  exhibits: ColumnKey<"exhibits">;
  products: ColumnKey<"products">;
  lists: ListName;
  training: ColumnKey<"training">;
  councils: ColumnKey<"councils">;
}

export interface SheetSpec<K extends SheetKind = SheetKind> {
  kind: K;
  defaultName: string;
  nameSynonyms: readonly string[];
  columns: readonly ColumnSpec<SheetColumnKeys[K]>[];
}

// Columns two sheets share word for word.
const PRODUCT_COLUMN: ColumnSpec<"product"> = {
  key: "product",
  header: COLUMN_LABELS.product.vi,
  synonyms: ["Sản phẩm", "Product"],
  type: "text",
  required: true,
  width: 36,
};

const DISTRICT_COLUMN: ColumnSpec<"district"> = {
  key: "district",
  header: COLUMN_LABELS.district.vi,
  // Since 01/7/2025 sheets name the commune level; older ones the district level.
  synonyms: [
    "Địa phương",
    "Huyện",
    "Xã",
    "Xã/phường",
    "Xã/phường/đặc khu",
    "Đơn vị hành chính",
    "Địa bàn",
    "District",
    "Commune",
  ],
  type: "district",
  required: true,
  list: "districts",
  width: 20,
};

const NOTE_COLUMN: ColumnSpec<"note"> = {
  key: "note",
  header: COLUMN_LABELS.note.vi,
  synonyms: ["Note"],
  type: "text",
  required: false,
  width: 24,
};

export const FAIRS: SheetSpec<"fairs"> = {
  kind: "fairs",
  defaultName: SHEET_LABELS.fairs.vi,
  nameSynonyms: ["Hoi cho", "Hội chợ triển lãm", "HC", "Fairs"],
  columns: [
    {
      key: "fairCode",
      header: COLUMN_LABELS.fairCode.vi,
      synonyms: ["Mã HC", "Mã", "Fair code"],
      type: "code",
      required: true,
      width: 14,
    },
    {
      key: "name",
      header: COLUMN_LABELS.name.vi,
      synonyms: ["Tên hội chợ", "Hội chợ", "Tên hội chợ triển lãm", "Fair"],
      type: "text",
      required: true,
      width: 44,
    },
    {
      key: "province",
      header: COLUMN_LABELS.province.vi,
      synonyms: ["Nơi tổ chức", "Địa điểm (tỉnh)", "Địa điểm", "Tỉnh", "Province"],
      type: "province",
      required: true,
      list: "provinces",
      width: 22,
    },
    {
      key: "startDate",
      header: COLUMN_LABELS.startDate.vi,
      synonyms: ["Ngày bắt đầu", "Thời gian từ ngày", "Start date"],
      type: "date",
      required: true,
      width: 12,
    },
    {
      key: "endDate",
      header: COLUMN_LABELS.endDate.vi,
      synonyms: ["Ngày kết thúc", "Thời gian đến ngày", "End date"],
      type: "date",
      required: true,
      width: 12,
    },
    {
      key: "organizer",
      header: COLUMN_LABELS.organizer.vi,
      synonyms: ["Cơ quan tổ chức", "Organizer"],
      type: "text",
      required: false,
      width: 30,
    },
    {
      key: "booths",
      header: COLUMN_LABELS.booths.vi,
      synonyms: ["Gian hàng", "Booths"],
      type: "integer",
      required: false,
      width: 10,
    },
    NOTE_COLUMN,
  ],
};

export const EXHIBITS: SheetSpec<"exhibits"> = {
  kind: "exhibits",
  defaultName: SHEET_LABELS.exhibits.vi,
  nameSynonyms: ["San pham trung bay", "Trưng bày", "SPTB", "Exhibits"],
  columns: [
    {
      key: "fairCode",
      header: COLUMN_LABELS.fairCode.vi,
      synonyms: ["Mã HC", "Fair code"],
      type: "code",
      required: true,
      width: 14,
    },
    PRODUCT_COLUMN,
    {
      key: "producer",
      header: COLUMN_LABELS.producer.vi,
      synonyms: ["Cơ sở", "Đơn vị sản xuất", "Tên chủ thể", "Producer"],
      type: "text",
      required: true,
      width: 32,
    },
    DISTRICT_COLUMN,
    {
      key: "category",
      header: COLUMN_LABELS.category.vi,
      synonyms: ["Phân loại", "Loại", "Category"],
      type: "category",
      required: true,
      list: "categories",
      width: 16,
    },
    {
      key: "stars",
      header: COLUMN_LABELS.stars.vi,
      synonyms: ["Số sao", "Sao", "Stars"],
      type: "stars",
      required: "whenOcop",
      list: "stars",
      width: 10,
    },
    {
      key: "count",
      header: COLUMN_LABELS.count.vi,
      synonyms: ["Lượt trưng bày", "Số lượt trưng bày", "Count"],
      type: "integer",
      required: false,
      width: 10,
    },
    NOTE_COLUMN,
  ],
};

export const PRODUCTS: SheetSpec<"products"> = {
  kind: "products",
  defaultName: SHEET_LABELS.products.vi,
  nameSynonyms: [
    "San pham OCOP",
    "Phân hạng",
    "Ranked products",
    "OCOP",
    "Sản phẩm OCOP được công nhận",
  ],
  columns: [
    {
      key: "seq",
      header: COLUMN_LABELS.seq.vi,
      synonyms: ["TT", "Số TT", "No"],
      type: "integer",
      required: false,
      width: 6,
    },
    {
      key: "productCode",
      header: COLUMN_LABELS.productCode.vi,
      synonyms: ["Mã SP", "Product code"],
      type: "code",
      required: false,
      width: 22,
    },
    PRODUCT_COLUMN,
    {
      key: "producer",
      header: COLUMN_LABELS.producer.vi,
      synonyms: ["Tên chủ thể", "Chủ thể sản xuất", "Producer"],
      type: "text",
      required: true,
      width: 32,
    },
    {
      key: "producerType",
      header: COLUMN_LABELS.producerType.vi,
      synonyms: ["Loại chủ thể", "Loại hình", "Producer type"],
      type: "producerType",
      required: true,
      list: "producerTypes",
      width: 18,
    },
    DISTRICT_COLUMN,
    {
      key: "group",
      header: COLUMN_LABELS.group.vi,
      synonyms: ["Ngành", "Nhóm", "Group"],
      type: "group",
      required: true,
      list: "groups",
      width: 24,
    },
    {
      key: "productSet",
      header: COLUMN_LABELS.productSet.vi,
      synonyms: ["Bộ SP", "Product set"],
      type: "productSet",
      required: false,
      list: "productSets",
      width: 28,
    },
    {
      key: "score",
      header: COLUMN_LABELS.score.vi,
      synonyms: ["Tổng điểm", "Số điểm", "Điểm đánh giá", "Score"],
      type: "number",
      required: true,
      width: 8,
    },
    {
      key: "stars",
      header: COLUMN_LABELS.stars.vi,
      synonyms: ["Xếp hạng", "Số sao", "Hạng", "Stars"],
      type: "stars",
      required: true,
      list: "stars",
      width: 10,
    },
    {
      key: "decisionNo",
      header: COLUMN_LABELS.decisionNo.vi,
      synonyms: ["Số QĐ", "Quyết định công nhận số", "Quyết định số", "Decision no"],
      type: "code",
      required: true,
      width: 18,
    },
    {
      key: "decisionDate",
      header: COLUMN_LABELS.decisionDate.vi,
      synonyms: ["Ngày công nhận", "Ngày QĐ", "Quyết định công nhận ngày", "Decision date"],
      type: "date",
      required: true,
      width: 14,
    },
    {
      key: "level",
      header: COLUMN_LABELS.level.vi,
      synonyms: ["Cấp", "Level"],
      type: "level",
      required: false,
      list: "levels",
      width: 14,
    },
    {
      key: "expiryDate",
      header: COLUMN_LABELS.expiryDate.vi,
      synonyms: ["Hiệu lực đến", "Hết hạn", "Expiry date"],
      type: "date",
      required: false,
      width: 14,
    },
    {
      key: "status",
      header: COLUMN_LABELS.status.vi,
      synonyms: ["Ghi chú", "Status"],
      type: "status",
      required: false,
      list: "statuses",
      width: 16,
    },
  ],
};

/** The optional lists sheet: one column per list the user may edit. */
export const LISTS: SheetSpec<"lists"> = {
  kind: "lists",
  defaultName: "Danh mục",
  nameSynonyms: ["Danh muc", "Lists"],
  columns: [
    {
      key: "districts",
      header: "Huyện/thị xã/thành phố",
      synonyms: ["Đơn vị hành chính", "Xã/phường", "Districts"],
      type: "text",
      required: false,
      width: 24,
    },
    {
      key: "provinces",
      header: "Tỉnh/thành phố",
      synonyms: ["Provinces"],
      type: "text",
      required: false,
      width: 24,
    },
    {
      key: "categories",
      header: "Loại sản phẩm",
      synonyms: ["Categories"],
      type: "text",
      required: false,
      width: 20,
    },
    {
      key: "groups",
      header: "Nhóm sản phẩm",
      synonyms: ["Groups"],
      type: "text",
      required: false,
      width: 40,
    },
    {
      key: "productSets",
      header: "Bộ sản phẩm",
      synonyms: ["Product sets"],
      type: "text",
      required: false,
      width: 44,
    },
    {
      key: "producerTypes",
      header: "Loại hình chủ thể",
      synonyms: ["Producer types"],
      type: "text",
      required: false,
      width: 28,
    },
    {
      key: "stars",
      header: "Hạng sao",
      synonyms: ["Stars"],
      type: "text",
      required: false,
      width: 10,
    },
    {
      key: "levels",
      header: "Cấp công nhận",
      synonyms: ["Levels"],
      type: "text",
      required: false,
      width: 14,
    },
    {
      key: "statuses",
      header: "Tình trạng",
      synonyms: ["Statuses"],
      type: "text",
      required: false,
      width: 16,
    },
    // activity sheets (issue 11)
    {
      key: "trainingRoles",
      header: "Vai trò của Sở",
      synonyms: ["Training roles"],
      type: "text",
      required: false,
      width: 16,
    },
    {
      key: "councilLevels",
      header: "Cấp hội đồng",
      synonyms: ["Council levels"],
      type: "text",
      required: false,
      width: 14,
    },
    {
      key: "councilKinds",
      header: "Nội dung đánh giá",
      synonyms: ["Council kinds"],
      type: "text",
      required: false,
      width: 18,
    },
  ],
};

export const TRACKING_SHEETS: readonly SheetSpec<TrackingKind>[] = [FAIRS, EXHIBITS, PRODUCTS];
/** The optional activity sheets (issue 11), after the tracking sheets in the template. */
export const ACTIVITY_SHEETS: readonly SheetSpec<ActivityKind>[] = [TRAINING, COUNCILS];
export const ALL_SHEETS: readonly SheetSpec[] = [
  FAIRS,
  EXHIBITS,
  PRODUCTS,
  LISTS,
  ...ACTIVITY_SHEETS,
];
