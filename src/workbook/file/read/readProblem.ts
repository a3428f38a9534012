/**
 * Why a workbook file cannot be read, as a reason code the doors branch on and a sentence in
 * each language the user may read. The class keeps the name the pane already tells apart
 * (`UnreadableWorkbookError`), so an error that crossed a Worker by name is still recognised.
 */

export type ReadProblemCode =
  "notWorkbook" | "encrypted" | "csv" | "zipBomb" | "tooManyCells" | "damaged";

export interface ReadProblemParams {
  /** The sheet concerned (tooManyCells). */
  sheet?: string;
  /** Cells counted or estimated (tooManyCells). */
  cells?: number;
  /** The limit that was passed: cells (tooManyCells) or bytes (zipBomb). */
  limit?: number;
  /** The zip part concerned (zipBomb). */
  part?: string;
}

type Lang = "vi" | "en";

const millions = (n: number | undefined, lang: Lang): string => {
  const m = (n ?? 0) / 1e6;
  const text = m >= 10 ? m.toFixed(0) : m.toFixed(1);
  return lang === "vi" ? text.replace(".", ",") : text;
};

const megabytes = (n: number | undefined): string => String(Math.round((n ?? 0) / 2 ** 20));

const MESSAGES: Record<ReadProblemCode, Record<Lang, (p: ReadProblemParams) => string>> = {
  notWorkbook: {
    vi: () =>
      "Tệp không phải bảng tính Excel (.xlsx, .xls, .xlsb) hay LibreOffice (.ods). Hãy mở tệp trong Excel và lưu thành .xlsx.",
    en: () =>
      "The file is not an Excel (.xlsx, .xls, .xlsb) or LibreOffice (.ods) workbook. Open it in Excel and save it as .xlsx.",
  },
  encrypted: {
    vi: () =>
      "Tệp được đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.",
    en: () =>
      "The file is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.",
  },
  csv: {
    vi: () =>
      "Tệp .csv không giữ được trang tính, định dạng ngày và kiểu ô. Hãy mở tệp trong Excel và lưu thành .xlsx (Tệp › Lưu thành › Sổ làm việc Excel).",
    en: () =>
      "A .csv file keeps no sheets, date formats or cell types. Open it in Excel and save it as .xlsx (File › Save As › Excel Workbook).",
  },
  zipBomb: {
    vi: (p) =>
      `Tệp bị từ chối: một phần bên trong (${p.part ?? "?"}) khi giải nén vượt quá ${megabytes(p.limit)} MB. Tệp có thể bị hỏng hoặc được tạo để làm treo máy.`,
    en: (p) =>
      `File refused: a part inside it (${p.part ?? "?"}) inflates to more than ${megabytes(p.limit)} MB. The file may be damaged or built to exhaust memory.`,
  },
  tooManyCells: {
    vi: (p) =>
      `Trang "${p.sheet ?? ""}" có khoảng ${millions(p.cells, "vi")} triệu ô có dữ liệu (giới hạn ${millions(p.limit, "vi")} triệu). Hãy tách thành nhiều tệp nhỏ hơn.`,
    en: (p) =>
      `Sheet "${p.sheet ?? ""}" has about ${millions(p.cells, "en")} million cells holding data (the limit is ${millions(p.limit, "en")} million). Split it into smaller files.`,
  },
  damaged: {
    vi: () => "Tệp bảng tính bị hỏng, không đọc được. Hãy mở tệp trong Excel và lưu lại.",
    en: () =>
      "The workbook file is damaged and cannot be read. Open it in Excel and save it again.",
  },
};

/** The sentence for a reason, in one language. */
export function readProblemText(
  code: ReadProblemCode,
  lang: Lang,
  params: ReadProblemParams = {}
): string {
  return MESSAGES[code][lang](params);
}

export class UnreadableWorkbookError extends Error {
  override name = "UnreadableWorkbookError";
  readonly reason: ReadProblemCode;
  readonly params: ReadProblemParams;
  constructor(reason: ReadProblemCode, params: ReadProblemParams = {}, detail?: string) {
    // The English sentence as the message: it is what crosses a Worker and what logs show.
    super(readProblemText(reason, "en", params) + (detail ? ` (${detail})` : ""));
    this.reason = reason;
    this.params = params;
  }
  /** The sentence for the user, in their language. */
  text(lang: Lang): string {
    return readProblemText(this.reason, lang, this.params);
  }
}
