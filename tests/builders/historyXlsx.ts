import ExcelJS from "exceljs";

/**
 * A ranked-products list in the history layout offices keep (issue 13), as real .xlsx bytes with
 * merged cells: a sheet "Loc" under title rows, a two-row header whose "Đánh giá lần 1" and
 * "Đánh giá lần 2/nâng hạng" span Hạng sao · Ngày công nhận · Năm · Số QĐ · Cơ quan công nhận,
 * the producer's cells merged over its products, no score column, a "Tổng cộng" row at the end.
 */
export interface HistoryRound {
  stars: number | string;
  date: string;
  year?: number | string;
  decisionNo: string;
  body: string;
}

export interface HistoryProduct {
  product: string;
  group?: string;
  rounds: HistoryRound[];
  currentStars?: number | string;
  expiry?: string;
}

export interface HistoryProducer {
  type: string;
  /** "" leaves the cell blank. */
  name: string;
  commune: string;
  products: HistoryProduct[];
}

/** Columns: A STT · B-G producer · H product · I group · J-N round 1 · O-S round 2 · T · U. */
export const HISTORY_COLUMNS = {
  producer: "C",
  round1: { stars: "J", date: "K", year: "L", decisionNo: "M", body: "N" },
  round2: { stars: "O", date: "P", year: "Q", decisionNo: "R", body: "S" },
  currentStars: "T",
  expiry: "U",
} as const;

/** The first data row (rows 1–2 title, 3–4 header). */
export const HISTORY_FIRST_ROW = 5;

const utc = (iso: string): Date => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

export async function historyXlsx(producers: readonly HistoryProducer[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Loc");
  ws.getCell("A1").value = "DANH SÁCH SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN TRÊN ĐỊA BÀN";
  ws.mergeCells("A1:U1");
  const upper = [
    "STT",
    "Loại hình",
    "Chủ thể",
    "Xã/phường",
    "Địa chỉ",
    "Người đại diện",
    "Điện thoại",
    "Tên sản phẩm",
    "Nhóm sản phẩm",
  ];
  upper.forEach((text, i) => {
    ws.getCell(3, i + 1).value = text;
    ws.mergeCells(3, i + 1, 4, i + 1);
  });
  const parts = ["Hạng sao", "Ngày công nhận", "Năm", "Số QĐ", "Cơ quan công nhận"];
  ["Đánh giá lần 1", "Đánh giá lần 2/nâng hạng"].forEach((text, k) => {
    const first = 10 + k * 5;
    ws.getCell(3, first).value = text;
    ws.mergeCells(3, first, 3, first + 4);
    parts.forEach((part, i) => (ws.getCell(4, first + i).value = part));
  });
  ws.getCell("T3").value = "Hạng sao hiện tại";
  ws.mergeCells("T3:T4");
  ws.getCell("U3").value = "Ngày hết hạn";
  ws.mergeCells("U3:U4");

  let row = HISTORY_FIRST_ROW;
  let seq = 0;
  for (const producer of producers) {
    const top = row;
    for (const p of producer.products) {
      ws.getCell(row, 1).value = ++seq;
      ws.getCell(row, 8).value = p.product;
      ws.getCell(row, 9).value = p.group ?? "Thực phẩm";
      p.rounds.forEach((round, k) => {
        const first = 10 + k * 5;
        ws.getCell(row, first).value = round.stars;
        const date = ws.getCell(row, first + 1);
        date.value = utc(round.date);
        date.numFmt = "dd/mm/yyyy";
        ws.getCell(row, first + 2).value = round.year ?? Number(round.date.slice(0, 4));
        ws.getCell(row, first + 3).value = round.decisionNo;
        ws.getCell(row, first + 4).value = round.body;
      });
      ws.getCell(row, 20).value = p.currentStars ?? p.rounds[p.rounds.length - 1].stars;
      if (p.expiry) {
        const expiry = ws.getCell(row, 21);
        expiry.value = utc(p.expiry);
        expiry.numFmt = "dd/mm/yyyy";
      }
      row++;
    }
    const values = [
      producer.type,
      producer.name,
      producer.commune,
      `${producer.commune}, An Giang`,
      "Nguyễn Văn A",
      "0901234567",
    ];
    values.forEach((v, i) => {
      if (v) ws.getCell(top, i + 2).value = v;
      if (row - 1 > top) ws.mergeCells(top, i + 2, row - 1, i + 2);
    });
  }
  ws.getCell(row, 1).value = "Tổng cộng";
  ws.mergeCells(row, 1, row, 7);
  ws.getCell(row, 8).value = `${seq} sản phẩm`;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A clean list: a 4★ → 5★ upgrade, a re-evaluation at 3★, and new products, 2025–2026. */
export const CLEAN_HISTORY: HistoryProducer[] = [
  {
    type: "Doanh nghiệp",
    name: "Công ty TNHH Nước mắm Hưng Thịnh Phú Quốc",
    commune: "đặc khu Phú Quốc",
    products: [
      {
        product: "Nước mắm cá cơm",
        rounds: [
          { stars: 4, date: "2023-06-15", decisionNo: "1234/QĐ-UBND", body: "UBND tỉnh" },
          {
            stars: 5,
            date: "2026-09-10",
            decisionNo: "456/QĐ-BNNMT",
            body: "Bộ Nông nghiệp và Môi trường",
          },
        ],
        expiry: "2029-09-10",
      },
      {
        product: "Nước mắm cá cơm 40 độ đạm",
        rounds: [{ stars: 4, date: "2026-06-30", decisionNo: "1501/QĐ-UBND", body: "UBND tỉnh" }],
        expiry: "2029-06-30",
      },
    ],
  },
  {
    type: "Hợp tác xã",
    name: "Hợp tác xã Hồ tiêu Cửa Dương",
    commune: "đặc khu Phú Quốc",
    products: [
      {
        product: "Tiêu Phú Quốc",
        rounds: [
          { stars: 3, date: "2023-08-01", decisionNo: "1890/QĐ-UBND", body: "UBND tỉnh" },
          { stars: 3, date: "2026-07-20", decisionNo: "1702/QĐ-UBND", body: "UBND tỉnh" },
        ],
        expiry: "2029-07-20",
      },
    ],
  },
  {
    type: "Hộ sản xuất, kinh doanh",
    name: "Cơ sở Khô cá Năm Rạch Giá",
    commune: "phường Rạch Giá",
    products: [
      {
        product: "Khô cá sặc rằn",
        rounds: [{ stars: 3, date: "2026-10-05", decisionNo: "2210/QĐ-UBND", body: "UBND tỉnh" }],
        expiry: "2029-10-05",
      },
      {
        product: "Khô cá lóc",
        rounds: [{ stars: 4, date: "2025-12-15", decisionNo: "3050/QĐ-UBND", body: "UBND tỉnh" }],
        expiry: "2028-12-15",
      },
    ],
  },
];
