import type { ByLang } from "./lang";

/**
 * What the tracking sheets' columns are called: the Vietnamese name is the header the template
 * writes (core/sheets/columns), the English one names the column in English messages.
 */
export const COLUMN_LABELS = {
  fairCode: { vi: "Mã hội chợ", en: "Fair code" },
  name: { vi: "Tên hội chợ/triển lãm", en: "Fair name" },
  province: { vi: "Tỉnh/thành phố", en: "Province" },
  startDate: { vi: "Từ ngày", en: "Start date" },
  endDate: { vi: "Đến ngày", en: "End date" },
  organizer: { vi: "Đơn vị tổ chức", en: "Organizer" },
  booths: { vi: "Số gian hàng", en: "Booths" },
  note: { vi: "Ghi chú", en: "Note" },
  product: { vi: "Tên sản phẩm", en: "Product" },
  producer: { vi: "Chủ thể", en: "Producer" },
  district: { vi: "Huyện/thị xã/thành phố", en: "District" },
  category: { vi: "Loại sản phẩm", en: "Category" },
  stars: { vi: "Hạng sao", en: "Stars" },
  count: { vi: "Số lượt", en: "Number of showings" },
  seq: { vi: "STT", en: "No." },
  productCode: { vi: "Mã sản phẩm", en: "Product code" },
  producerType: { vi: "Loại hình chủ thể", en: "Producer type" },
  group: { vi: "Nhóm sản phẩm", en: "Product group" },
  productSet: { vi: "Bộ sản phẩm", en: "Product set" },
  score: { vi: "Điểm", en: "Score" },
  decisionNo: { vi: "Số quyết định", en: "Decision no." },
  decisionDate: { vi: "Ngày quyết định", en: "Decision date" },
  level: { vi: "Cấp công nhận", en: "Recognition level" },
  expiryDate: { vi: "Ngày hết hạn", en: "Expiry date" },
  status: { vi: "Tình trạng", en: "Status" },
  // activity sheets (issue 11)
  date: { vi: "Ngày", en: "Date" },
  title: { vi: "Tên lớp tập huấn", en: "Class title" },
  role: { vi: "Vai trò của Sở", en: "The department's role" },
  participants: { vi: "Số người tham dự", en: "Participants" },
  councilLevel: { vi: "Cấp hội đồng", en: "Council level" },
  unit: { vi: "Đơn vị hành chính", en: "Administrative unit" },
  workKind: { vi: "Nội dung", en: "Kind of work" },
} as const satisfies Record<string, ByLang<string>>;

export type LabelledColumn = keyof typeof COLUMN_LABELS;
export type ColumnLabel = ByLang<string>;

/** The tracking sheets: the name the template gives each, and what English messages call it. */
export const SHEET_LABELS = {
  fairs: { vi: "Hội chợ", en: "Fairs" },
  exhibits: { vi: "Sản phẩm trưng bày", en: "Exhibits" },
  products: { vi: "Sản phẩm OCOP", en: "Ranked products" },
} as const satisfies Record<string, ByLang<string>>;

/** The optional activity sheets (issue 11): the name the template gives each, and its English. */
export const ACTIVITY_SHEET_LABELS = {
  training: { vi: "Tập huấn", en: "Training" },
  councils: { vi: "Hội đồng", en: "Evaluation councils" },
} as const satisfies Record<string, ByLang<string>>;
