import { ALL_SHEETS, TRACKING_SHEETS, type ColumnSpec, type ColumnType } from "../sheets/columns";
import { isIsoDate } from "../isoDate";
import { shortDate } from "../text/wording";
import type { MessageCatalogue, MessageEntry, Params } from "./catalogue";

/** English names of the columns (the Vietnamese name is the template header). */
const EN_LABELS: Record<string, string> = {
  fairCode: "Fair code",
  name: "Fair name",
  province: "Province",
  startDate: "Start date",
  endDate: "End date",
  organizer: "Organizer",
  booths: "Booths",
  note: "Note",
  product: "Product",
  producer: "Producer",
  district: "District",
  category: "Category",
  stars: "Stars",
  count: "Number of showings",
  seq: "No.",
  productCode: "Product code",
  producerType: "Producer type",
  group: "Product group",
  productSet: "Product set",
  score: "Score",
  decisionNo: "Decision no.",
  decisionDate: "Decision date",
  level: "Recognition level",
  expiryDate: "Expiry date",
  status: "Status",
};

const EN_SHEETS: Record<string, string> = {
  fairs: "Fairs",
  exhibits: "Exhibits",
  products: "Ranked products",
  lists: "Lists",
};

/** dd/mm/yyyy for an ISO date; anything else as it is. */
function dmy(value: string | number | undefined): string {
  const text = String(value ?? "");
  return isIsoDate(text) ? shortDate(text) : text;
}

const TEXT_BEARING: ReadonlySet<ColumnType> = new Set<ColumnType>([
  "text",
  "code",
  "stars",
  "district",
  "province",
  "category",
  "group",
  "productSet",
  "producerType",
  "level",
  "status",
]);

function nearestVi(p: Params): string {
  return p.nearest !== undefined ? `; có phải "${p.nearest}"?` : ".";
}
function nearestEn(p: Params): string {
  return p.nearest !== undefined ? `; did you mean "${p.nearest}"?` : ".";
}

function unknownEntry(col: ColumnSpec, vi: string, en: string): MessageEntry {
  if (col.type === "stars")
    return {
      vi: (p) =>
        `${vi} "${p.text ?? ""}" không đọc được: ghi 3, 4 hoặc 5 (ví dụ "4", "4 sao", "★★★★").`,
      en: (p) =>
        `${en} "${p.text ?? ""}" cannot be read: write 3, 4 or 5 (e.g. "4", "4 stars", "★★★★").`,
    };
  const viList: Partial<Record<ColumnType, string>> = {
    district: "không phải huyện, thị xã, thành phố (hay xã, phường) của tỉnh",
    province: "không có trong danh mục tỉnh, thành phố tại thời điểm tổ chức hội chợ",
    category: "không thuộc các loại: OCOP, CNNTTB, Đặc thù, Tiềm năng OCOP, Khác",
    group: "không thuộc 6 nhóm sản phẩm OCOP (Quyết định 148/QĐ-TTg)",
    productSet: "không thuộc 26 bộ sản phẩm OCOP (Quyết định 148/QĐ-TTg)",
    producerType: "không thuộc các loại hình: doanh nghiệp, hợp tác xã, tổ hợp tác, hộ sản xuất",
    level: "không phải cấp huyện, tỉnh hay trung ương",
    status: "không phải: mới, nâng hạng, đánh giá lại",
  };
  const enList: Partial<Record<ColumnType, string>> = {
    district: "is not a district (or commune) of the province",
    province: "is not a province in force on the fair's date",
    category: "is not one of: OCOP, CNNTTB, Đặc thù, Tiềm năng OCOP, Khác",
    group: "is not one of the 6 OCOP product groups (Decision 148/QĐ-TTg)",
    productSet: "is not one of the 26 OCOP product sets (Decision 148/QĐ-TTg)",
    producerType: "is not a producer type: enterprise, cooperative, cooperative group, household",
    level: "is not a level: district, province or central",
    status: "is not one of: new, upgraded, re-assessed",
  };
  return {
    vi: (p) =>
      `${vi} "${p.text ?? ""}" ${viList[col.type] ?? "không có trong danh mục"}${nearestVi(p)}`,
    en: (p) => `${en} "${p.text ?? ""}" ${enList[col.type] ?? "is not in the list"}${nearestEn(p)}`,
  };
}

function columnEntries(col: ColumnSpec): Record<string, MessageEntry> {
  const vi = col.header;
  const en = EN_LABELS[col.key] ?? col.key;
  const out: Record<string, MessageEntry> = {
    required: {
      vi: () => `Thiếu ${vi} (bắt buộc).`,
      en: () => `${en} is required but empty.`,
    },
    formulaError: {
      vi: (p) => `${vi}: ô có lỗi công thức ${p.error ?? ""}; số liệu báo cáo sẽ sai.`,
      en: (p) =>
        `${en}: the cell holds the formula error ${p.error ?? ""}; report figures would be wrong.`,
    },
  };
  if (TEXT_BEARING.has(col.type)) {
    out.legacyEncoding = {
      vi: (p) =>
        `${vi}: chữ ở bảng mã ${p.encoding ?? "cũ"}, cần chuyển sang Unicode: "${p.fixed ?? ""}".`,
      en: (p) =>
        `${en}: text in the legacy ${p.encoding ?? ""} encoding; in Unicode: "${p.fixed ?? ""}".`,
    };
    out.decomposed = {
      vi: () => `${vi}: chữ Unicode tổ hợp (NFD), nên chuyển sang Unicode dựng sẵn (NFC).`,
      en: () => `${en}: decomposed Unicode (NFD); convert to composed form (NFC).`,
    };
    out.spaces = {
      vi: () => `${vi}: thừa khoảng trắng.`,
      en: () => `${en}: stray spaces.`,
    };
  }
  if (col.type === "date")
    out.invalid = {
      vi: (p) =>
        `${vi} "${p.text ?? ""}": không đọc được ngày; ghi theo ngày/tháng/năm (dd/mm/yyyy).`,
      en: (p) => `${en} "${p.text ?? ""}": not a date; write day/month/year (dd/mm/yyyy).`,
    };
  if (col.type === "integer" || col.type === "number")
    out.notNumber = {
      vi: (p) => `${vi} phải là số, không phải "${p.text ?? ""}".`,
      en: (p) => `${en} must be a number, not "${p.text ?? ""}".`,
    };
  if (col.type === "integer") {
    out.notInteger = {
      vi: (p) => `${vi} phải là số nguyên, không phải ${p.text ?? ""}.`,
      en: (p) => `${en} must be a whole number, not ${p.text ?? ""}.`,
    };
    out.outOfRange = {
      vi: (p) => `${vi} phải từ ${p.min ?? 0} trở lên, không phải ${p.text ?? ""}.`,
      en: (p) => `${en} must be at least ${p.min ?? 0}, not ${p.text ?? ""}.`,
    };
  }
  if (
    col.type !== "text" &&
    col.type !== "code" &&
    col.type !== "date" &&
    col.type !== "integer" &&
    col.type !== "number"
  )
    out.unknown = unknownEntry(col, vi, en);
  if (col.type === "province")
    out.outdated = {
      vi: (p) =>
        `Tỉnh/thành phố "${p.name ?? ""}" không còn vào ngày ${dmy(p.date)} (sắp xếp đơn vị hành chính); nay thuộc ${p.successor ?? ""}.`,
      en: (p) =>
        `"${p.name ?? ""}" is no longer a province on ${dmy(p.date)} (administrative units were merged); it is now part of ${p.successor ?? ""}.`,
    };
  if (col.type === "group")
    out.oldName = {
      vi: (p) =>
        `"${p.oldName ?? ""}" là tên nhóm năm 2019; theo Quyết định 148/QĐ-TTg nay là "${p.newName ?? ""}".`,
      en: (p) =>
        `"${p.oldName ?? ""}" is the 2019 group name; under Decision 148/QĐ-TTg it is "${p.newName ?? ""}".`,
    };
  return out;
}

function build(): MessageCatalogue {
  const out: MessageCatalogue = {};
  for (const spec of ALL_SHEETS)
    for (const col of spec.columns)
      for (const [what, entry] of Object.entries(columnEntries(col)))
        out[`${spec.kind}.${col.key}.${what}`] = entry;
  for (const spec of TRACKING_SHEETS) {
    const en = EN_SHEETS[spec.kind];
    out[`${spec.kind}.sheet.missing`] = {
      vi: () => `Không tìm thấy sheet "${spec.defaultName}" (theo tên hay dòng tiêu đề).`,
      en: () => `No ${en} sheet ("${spec.defaultName}") found, by name or by header.`,
    };
    out[`${spec.kind}.sheet.missingColumn`] = {
      vi: (p) => `Sheet thiếu cột bắt buộc "${p.header ?? ""}".`,
      en: (p) =>
        `The sheet lacks the required column "${p.header ?? ""}" (${EN_LABELS[String(p.key)] ?? ""}).`,
    };
    out[`${spec.kind}.sheet.noHeader`] = {
      vi: () => `Không tìm thấy dòng tiêu đề trong 20 dòng đầu của sheet.`,
      en: () => `No header row found in the first 20 rows of the ${en} sheet.`,
    };
  }
  return out;
}

/** Messages for findings raised while reading sheets (core/sheets), one per code. */
export const sheetMessages: MessageCatalogue = build();
