import type { CliCatalogue } from "./catalogue";

/** The command line in Vietnamese, the default. Vietnamese nouns have no plural. */
export const vi: CliCatalogue = {
  lang: "vi",
  usageTitle: "ocop: kiểm tra sổ theo dõi OCOP và viết báo cáo",
  usageLang: "Thêm --lang en để hiện thông báo bằng tiếng Anh (English).",
  missingCommand: "thiếu lệnh",
  unknownCommand: (p) => `lệnh không rõ "${p.name}"`,
  unexpected: (p) => `lỗi không lường trước: ${p.why}`,

  unknownOption: (p) => `tùy chọn không rõ ${p.option}`,
  missingValue: (p) => `thiếu giá trị cho --${p.option}`,
  missingFile: (p) => `thiếu tên tệp: ${p.usage}`,
  tooManyFiles: (p) => `chỉ nhận một tệp: ${p.usage}`,
  badYear: (p) => `--year: cần năm từ 2000 đến 2100, không phải "${p.value}"`,
  badLang: (p) => `--lang: vi hoặc en, không phải "${p.value}"`,
  unknownProvince: (p) =>
    `--province: không có tỉnh, thành phố "${p.value}"` +
    (p.nearest ? `; có phải: ${p.nearest}?` : ""),
  badFormat: (p) => `--format: text, html hoặc docx, không phải "${p.value}"`,
  docxNeedsOut: "--format docx cần --out TỆP",

  noSuchFile: (p) => `không có tệp: ${p.file}`,
  readFolder: (p) => `là thư mục, không phải tệp .xlsx: ${p.file}`,
  noReadPermission: (p) => `không có quyền đọc: ${p.file}`,
  cannotRead: (p) => `không đọc được: ${p.file}${p.code ? ` (${p.code})` : ""}`,
  notXlsx: (p) => `không phải tệp bảng tính đọc được: ${p.file}`,
  unreadable: (p) => `không đọc được ${p.file}: ${p.reason}`,

  outputExists: (p) => `${p.file} đã có; thêm --force để ghi đè`,
  outputIsFolder: (p) => `là thư mục, không phải tệp: ${p.file}; hãy ghi tên một tệp`,
  noSuchFolder: (p) => `không có thư mục để ghi: ${p.file}`,
  noWritePermission: (p) => `không có quyền ghi: ${p.file}`,
  cannotWrite: (p) => `không ghi được: ${p.file}${p.code ? ` (${p.code})` : ""}`,

  severity: { error: "lỗi", warning: "cảnh báo", info: "thông tin" },
  count: {
    error: (n) => `${n} lỗi`,
    warning: (n) => `${n} cảnh báo`,
    info: (n) => `${n} thông tin`,
    file: (n) => `${n} tệp`,
  },
  noFindings: "Không có lỗi.",
  suggestion: (p) => `gợi ý: ${p.value}`,
  total: (p) => `Tổng cộng ${p.files}: ${p.summary}.`,
  internalError: (p) => `lỗi của chương trình khi kiểm tra ${p.file}: ${p.why}`,

  nothingToReport: (p) => `không có số liệu để báo cáo năm ${p.year}`,
  noReportYear: "không có dòng nào ghi ngày để biết năm báo cáo; dùng --year",
  wrote: (p) => `Đã ghi ${p.file}`,
  blanksOpen: (p) => `Còn ${p.count} chỗ trống cần điền:`,
  sampleWritten: (p) =>
    `Đã ghi ${p.file}: sổ mẫu An Giang ${p.year}${p.year >= 2026 ? " (sau sáp nhập)" : ""} ` +
    `với ${p.mistakes} lỗi cố ý để thử.`,
  templateWritten: (p) =>
    `Đã tạo mẫu: ${p.file}` +
    (p.units > 0 ? ` (${p.province}: ${p.units} đơn vị hành chính trong danh sách chọn)` : ""),
  sampleYears: (p) => `--year ${p.value}: chỉ có sổ mẫu các năm ${p.years}`,

  // roll-up (issue 15)
  mergeNeedsOut: "ocop merge cần --out TỆP.xlsx (tệp gộp của tỉnh)",
  mergeSource: (p) =>
    `${p.file}: ${p.fairs} hội chợ, ${p.exhibits} dòng trưng bày, ${p.products} sản phẩm OCOP`,
  fairsMerged: (p) => `Hội chợ có ở nhiều tệp, đã gộp làm một: ${p.count} dòng`,
  acrossTitle: "Giữa các tệp",
  acrossNone: "Không có vấn đề giữa các tệp.",
  acrossTotal: (p) => `Giữa các tệp: ${p.summary}.`,
  mergeWritten: (p) =>
    `Đã ghi bản gộp ${p.file}: ${p.fairs} hội chợ, ${p.exhibits} dòng trưng bày, ` +
    `${p.products} sản phẩm OCOP`,
  reportFromFiles: (p) => `Báo cáo từ ${p.files} gộp lại (không ghi tệp gộp).`,
};
