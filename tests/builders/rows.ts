import type { CellValue } from "../../src/core/sheets/rawSheet";

/**
 * One sheet row as a user typed it, keyed by column key (`columns.ts`). Builders start from a
 * row that is valid for An Giang in 2023 and take overrides: `aFair({ endDate: "2023-08-01" })`.
 * Dates are ISO text by default (a reading the engine accepts); use `excelSerial` for real
 * Excel dates. A key set to `undefined` leaves its cell blank.
 */
export type RawRow = Record<string, CellValue | undefined>;

export function aFair(overrides: RawRow = {}): RawRow {
  return {
    fairCode: "HC01",
    name: "Hội chợ Triển lãm sản phẩm OCOP vùng Đồng bằng sông Cửu Long",
    province: "Sóc Trăng",
    startDate: "2023-09-14",
    endDate: "2023-09-18",
    organizer: "Sở Công Thương tỉnh Sóc Trăng",
    booths: 12,
    note: "",
    ...overrides,
  };
}

export function anExhibit(overrides: RawRow = {}): RawRow {
  return {
    fairCode: "HC01",
    product: "Đường thốt nốt",
    producer: "Hợp tác xã Đường thốt nốt Tịnh Biên",
    district: "Tịnh Biên",
    category: "OCOP",
    stars: 4,
    count: 2,
    note: "",
    ...overrides,
  };
}

export function aProduct(overrides: RawRow = {}): RawRow {
  return {
    seq: 1,
    productCode: "89-890-30280-1-2023",
    product: "Đường thốt nốt",
    producer: "Hợp tác xã Đường thốt nốt Tịnh Biên",
    producerType: "Hợp tác xã",
    district: "Tịnh Biên",
    group: "Thực phẩm",
    productSet: "Mật ong, mật khác và nông sản thực phẩm khác",
    score: 75,
    stars: 4,
    decisionNo: "1234/QĐ-UBND",
    decisionDate: "2023-06-15",
    level: "tỉnh",
    expiryDate: "",
    status: "mới",
    ...overrides,
  };
}

/** A training class where the Sở spoke, as the seed's 2023 classes (issue 11). */
export function aTraining(overrides: RawRow = {}): RawRow {
  return {
    date: "2023-05-10",
    title: "Tập huấn triển khai chính sách khuyến công cho các đối tượng thuộc Chương trình OCOP",
    organizer: "Văn phòng Điều phối xây dựng nông thôn mới tỉnh",
    role: "báo cáo viên",
    participants: 60,
    note: "",
    ...overrides,
  };
}

/** A district council the Sở sat on in 2023 (issue 11). */
export function aCouncil(overrides: RawRow = {}): RawRow {
  return {
    date: "2023-08-20",
    level: "cấp huyện",
    unit: "Tịnh Biên",
    kind: "tham dự hội đồng",
    note: "",
    ...overrides,
  };
}

const MS_PER_DAY = 86_400_000;

/** The Excel serial of an ISO date (1900 system, or 1904 when asked). */
export function excelSerial(iso: string, date1904 = false): number {
  const [y, m, d] = iso.split("-").map(Number);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (Date.UTC(y, m - 1, d) - epoch) / MS_PER_DAY;
}
