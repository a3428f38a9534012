import type { SheetKind } from "../rules/finding";

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
  | "status";

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
  | "statuses";

export interface ColumnSpec {
  key: string;
  /** The header the template writes. */
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

export interface SheetSpec {
  kind: SheetKind;
  defaultName: string;
  nameSynonyms: readonly string[];
  columns: readonly ColumnSpec[];
}

// Columns two sheets share word for word.
const PRODUCT_COLUMN: ColumnSpec = {
  key: "product",
  header: "Tên sản phẩm",
  synonyms: ["Sản phẩm", "Product"],
  type: "text",
  required: true,
  width: 36,
};

const DISTRICT_COLUMN: ColumnSpec = {
  key: "district",
  header: "Huyện/thị xã/thành phố",
  synonyms: ["Địa phương", "Huyện", "Đơn vị hành chính", "District"],
  type: "district",
  required: true,
  list: "districts",
  width: 20,
};

const NOTE_COLUMN: ColumnSpec = {
  key: "note",
  header: "Ghi chú",
  synonyms: ["Note"],
  type: "text",
  required: false,
  width: 24,
};

export const FAIRS: SheetSpec = {
  kind: "fairs",
  defaultName: "Hội chợ",
  nameSynonyms: ["Hoi cho", "Hội chợ triển lãm", "HC", "Fairs"],
  columns: [
    {
      key: "fairCode",
      header: "Mã hội chợ",
      synonyms: ["Mã HC", "Mã", "Fair code"],
      type: "code",
      required: true,
      width: 14,
    },
    {
      key: "name",
      header: "Tên hội chợ/triển lãm",
      synonyms: ["Tên hội chợ", "Hội chợ", "Tên hội chợ triển lãm", "Fair"],
      type: "text",
      required: true,
      width: 44,
    },
    {
      key: "province",
      header: "Tỉnh/thành phố",
      synonyms: ["Nơi tổ chức", "Địa điểm (tỉnh)", "Địa điểm", "Tỉnh", "Province"],
      type: "province",
      required: true,
      list: "provinces",
      width: 22,
    },
    {
      key: "startDate",
      header: "Từ ngày",
      synonyms: ["Ngày bắt đầu", "Thời gian từ ngày", "Start date"],
      type: "date",
      required: true,
      width: 12,
    },
    {
      key: "endDate",
      header: "Đến ngày",
      synonyms: ["Ngày kết thúc", "Thời gian đến ngày", "End date"],
      type: "date",
      required: true,
      width: 12,
    },
    {
      key: "organizer",
      header: "Đơn vị tổ chức",
      synonyms: ["Cơ quan tổ chức", "Organizer"],
      type: "text",
      required: false,
      width: 30,
    },
    {
      key: "booths",
      header: "Số gian hàng",
      synonyms: ["Gian hàng", "Booths"],
      type: "integer",
      required: false,
      width: 10,
    },
    NOTE_COLUMN,
  ],
};

export const EXHIBITS: SheetSpec = {
  kind: "exhibits",
  defaultName: "Sản phẩm trưng bày",
  nameSynonyms: ["San pham trung bay", "Trưng bày", "SPTB", "Exhibits"],
  columns: [
    {
      key: "fairCode",
      header: "Mã hội chợ",
      synonyms: ["Mã HC", "Fair code"],
      type: "code",
      required: true,
      width: 14,
    },
    PRODUCT_COLUMN,
    {
      key: "producer",
      header: "Chủ thể",
      synonyms: ["Cơ sở", "Đơn vị sản xuất", "Tên chủ thể", "Producer"],
      type: "text",
      required: true,
      width: 32,
    },
    DISTRICT_COLUMN,
    {
      key: "category",
      header: "Loại sản phẩm",
      synonyms: ["Phân loại", "Loại", "Category"],
      type: "category",
      required: true,
      list: "categories",
      width: 16,
    },
    {
      key: "stars",
      header: "Hạng sao",
      synonyms: ["Số sao", "Sao", "Stars"],
      type: "stars",
      required: "whenOcop",
      list: "stars",
      width: 10,
    },
    {
      key: "count",
      header: "Số lượt",
      synonyms: ["Lượt trưng bày", "Số lượt trưng bày", "Count"],
      type: "integer",
      required: false,
      width: 10,
    },
    NOTE_COLUMN,
  ],
};

export const PRODUCTS: SheetSpec = {
  kind: "products",
  defaultName: "Sản phẩm OCOP",
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
      header: "STT",
      synonyms: ["TT", "Số TT", "No"],
      type: "integer",
      required: false,
      width: 6,
    },
    {
      key: "productCode",
      header: "Mã sản phẩm",
      synonyms: ["Mã SP", "Product code"],
      type: "code",
      required: false,
      width: 22,
    },
    PRODUCT_COLUMN,
    {
      key: "producer",
      header: "Chủ thể",
      synonyms: ["Tên chủ thể", "Chủ thể sản xuất", "Producer"],
      type: "text",
      required: true,
      width: 32,
    },
    {
      key: "producerType",
      header: "Loại hình chủ thể",
      synonyms: ["Loại chủ thể", "Loại hình", "Producer type"],
      type: "producerType",
      required: true,
      list: "producerTypes",
      width: 18,
    },
    DISTRICT_COLUMN,
    {
      key: "group",
      header: "Nhóm sản phẩm",
      synonyms: ["Ngành", "Nhóm", "Group"],
      type: "group",
      required: true,
      list: "groups",
      width: 24,
    },
    {
      key: "productSet",
      header: "Bộ sản phẩm",
      synonyms: ["Bộ SP", "Product set"],
      type: "productSet",
      required: false,
      list: "productSets",
      width: 28,
    },
    {
      key: "score",
      header: "Điểm",
      synonyms: ["Tổng điểm", "Số điểm", "Điểm đánh giá", "Score"],
      type: "number",
      required: true,
      width: 8,
    },
    {
      key: "stars",
      header: "Hạng sao",
      synonyms: ["Xếp hạng", "Số sao", "Hạng", "Stars"],
      type: "stars",
      required: true,
      list: "stars",
      width: 10,
    },
    {
      key: "decisionNo",
      header: "Số quyết định",
      synonyms: ["Số QĐ", "Quyết định công nhận số", "Quyết định số", "Decision no"],
      type: "code",
      required: true,
      width: 18,
    },
    {
      key: "decisionDate",
      header: "Ngày quyết định",
      synonyms: ["Ngày công nhận", "Ngày QĐ", "Quyết định công nhận ngày", "Decision date"],
      type: "date",
      required: true,
      width: 14,
    },
    {
      key: "level",
      header: "Cấp công nhận",
      synonyms: ["Cấp", "Level"],
      type: "level",
      required: false,
      list: "levels",
      width: 14,
    },
    {
      key: "expiryDate",
      header: "Ngày hết hạn",
      synonyms: ["Hiệu lực đến", "Hết hạn", "Expiry date"],
      type: "date",
      required: false,
      width: 14,
    },
    {
      key: "status",
      header: "Tình trạng",
      synonyms: ["Ghi chú", "Status"],
      type: "status",
      required: false,
      list: "statuses",
      width: 16,
    },
  ],
};

/** The optional lists sheet: one column per list the user may edit. */
export const LISTS: SheetSpec = {
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
  ],
};

export const TRACKING_SHEETS: readonly SheetSpec[] = [FAIRS, EXHIBITS, PRODUCTS];
export const ALL_SHEETS: readonly SheetSpec[] = [FAIRS, EXHIBITS, PRODUCTS, LISTS];
