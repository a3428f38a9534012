import { checkWorkbook } from "../../../src/core/check";
import { defaultSettings } from "../../../src/core/settings";
import type { RawSheet } from "../../../src/core/sheets/rawSheet";
import { ExhibitRow, FairRow, ProductRow, type TypedWorkbook } from "../../../src/core/sheets/rows";
import { aFair, aGrid, anExhibit, aProduct, excelSerial, type RawRow } from "../../builders";
import { nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

const TODAY = "2024-01-15";
const DATE = {
  numberFormats: { startDate: "dd/mm/yyyy", endDate: "dd/mm/yyyy", decisionDate: "dd/mm/yyyy" },
};

/** The same facts twice: typed as the template wants, and as district offices really send them. */
const fairs = [
  {
    code: "HC01",
    province: ["Sóc Trăng", "tỉnh Sóc Trăng"],
    start: "2023-09-14",
    end: "2023-09-18",
  },
  { code: "HC02", province: ["Hậu Giang", "Hau Giang"], start: "2023-10-05", end: "2023-10-09" },
  { code: "HC03", province: ["Hà Nội", "TP. Hà Nội"], start: "2023-12-01", end: "2023-12-05" },
];
const exhibits = [
  {
    fair: "HC01",
    product: "Đường thốt nốt",
    district: ["Tịnh Biên", "TX. Tịnh Biên"],
    stars: [4, "4 sao"],
    count: [1, ""],
  },
  {
    fair: "HC02",
    product: "Khô cá lóc",
    district: ["Chợ Mới", "H. Chợ Mới"],
    stars: [3, "3★"],
    count: [3, "3"],
  },
  {
    fair: "HC03",
    product: "Trà khổ qua rừng",
    district: ["Long Xuyên", "TP Long Xuyên"],
    stars: [5, "★★★★★"],
    count: [2, "2 lượt"],
  },
];
const products = [
  {
    product: "Đường thốt nốt",
    district: ["Tịnh Biên", "TX. Tịnh Biên"],
    score: [75, "75"],
    stars: [4, "4 sao"],
    level: "tỉnh",
    date: "2023-06-15",
    type: ["Hợp tác xã", "HTX"],
  },
  {
    product: "Khô cá lóc",
    district: ["Chợ Mới", "H. Chợ Mới"],
    score: [65.5, "65,5"],
    stars: [3, "3*"],
    level: "huyện",
    date: "2023-03-15",
    type: ["Hộ sản xuất, kinh doanh", "HKD"],
  },
  {
    product: "Trà khổ qua rừng",
    district: ["Long Xuyên", "TP Long Xuyên"],
    score: [91.5, "91,5"],
    stars: [5, "5 sao"],
    level: "trung ương",
    date: "2023-11-20",
    type: ["Doanh nghiệp", "Công ty TNHH Trà Việt"],
  },
];
const producerOf = (product: string) => `Cơ sở ${product}`;
const dmy = (iso: string) => iso.split("-").reverse().join("/");

function tidyWorkbook(): RawSheet[] {
  return [
    aGrid(
      "fairs",
      fairs.map((f) =>
        aFair({
          fairCode: f.code,
          province: f.province[0],
          startDate: excelSerial(f.start),
          endDate: excelSerial(f.end),
        })
      ),
      DATE
    ),
    aGrid(
      "exhibits",
      exhibits.map((e) =>
        anExhibit({
          fairCode: e.fair,
          product: e.product,
          producer: producerOf(e.product),
          district: e.district[0],
          stars: e.stars[0],
          count: e.count[0],
        })
      )
    ),
    aGrid(
      "products",
      products.map((p, i) =>
        aProduct({
          seq: i + 1,
          product: p.product,
          producer: producerOf(p.product),
          producerType: p.type[0],
          district: p.district[0],
          score: p.score[0],
          stars: p.stars[0],
          level: p.level,
          decisionDate: excelSerial(p.date),
        })
      ),
      DATE
    ),
  ];
}

function messyWorkbook(): RawSheet[] {
  const nfd = (s: string) => s.normalize("NFD");
  const messyFairs: RawRow[] = fairs.map((f) =>
    aFair({
      fairCode: f.code,
      province: f.province[1],
      startDate: dmy(f.start),
      endDate: dmy(f.end),
      booths: "12",
    })
  );
  const messyExhibits: RawRow[] = exhibits.map((e) =>
    anExhibit({
      fairCode: e.fair,
      product: nfd(e.product),
      producer: nfd(producerOf(e.product)),
      district: e.district[1],
      stars: e.stars[1],
      count: e.count[1],
      category: "Sản phẩm OCOP",
    })
  );
  const messyProducts: RawRow[] = products.map((p, i) =>
    aProduct({
      seq: String(i + 1),
      product: p.product,
      producer: producerOf(p.product),
      producerType: p.type[1],
      district: p.district[1],
      group: "Nhóm 1",
      productSet: "(4) Mật ong, mật khác và nông sản thực phẩm khác",
      score: p.score[1],
      stars: p.stars[1],
      level: `cấp ${p.level}`,
      decisionDate: dmy(p.date),
    })
  );
  const blank: string[] = [];
  return [
    aGrid("fairs", messyFairs, {
      name: "HC",
      titleRows: [["BIỂU TỔNG HỢP HỘI CHỢ, TRIỂN LÃM NĂM 2023"], blank, ["Đơn vị: Sở Công Thương"]],
      columns: [
        "note",
        "startDate",
        "endDate",
        "fairCode",
        "name",
        "province",
        "organizer",
        "booths",
      ],
      headers: {
        fairCode: "Ma HC",
        name: "Ten hoi cho",
        province: "Noi to chuc",
        startDate: "Tu ngay",
        endDate: "DEN NGAY",
        organizer: "Don vi to chuc",
        booths: "So gian hang",
        note: "Ghi chu",
      },
      extraColumns: ["Người phụ trách"],
    }),
    aGrid("exhibits", [...messyExhibits.slice(0, 2), {}, messyExhibits[2]], {
      name: "Trung bay",
      titleRows: [["DANH SÁCH SẢN PHẨM TRƯNG BÀY"], blank],
      columns: [
        "product",
        "fairCode",
        "producer",
        "district",
        "category",
        "stars",
        "count",
        "note",
      ],
      headers: {
        product: "San pham",
        fairCode: "Mã hội chợ (*)",
        district: "Huyện",
        category: "Phân loại",
        stars: "Số sao",
        count: "Lượt trưng bày",
      },
    }),
    aGrid(
      "products",
      [
        { seq: "(1)", productCode: "(2)", product: "(3)", producer: "(4)", producerType: "(5)" },
        ...messyProducts,
      ],
      {
        name: "Phân hạng",
        titleRows: [["BIỂU TỔNG HỢP SẢN PHẨM OCOP"], blank],
        twoRowHeader: { "Quyết định công nhận": { decisionNo: "Số", decisionDate: "Ngày" } },
        headers: { score: "Tổng điểm", stars: "Xếp hạng", producer: "Tên chủ thể", level: "Cấp" },
      }
    ),
  ];
}

function check(sheets: RawSheet[]) {
  return checkWorkbook({ sheets }, defaultSettings(), {
    today: TODAY,
    reference: national.current,
  });
}

/** Typed rows without their Excel row numbers (the messy sheets have title rows). */
function facts(typed: TypedWorkbook) {
  const strip = <T extends { row: number }>(rows: T[]) =>
    rows.map(({ row: _row, ...rest }) => rest);
  return {
    fairs: strip(typed.fairs),
    exhibits: strip(typed.exhibits),
    products: strip(typed.products),
  };
}

describe("a messy workbook reads as its tidy twin", () => {
  let tidy: ReturnType<typeof check>;
  let messy: ReturnType<typeof check>;
  beforeAll(() => {
    tidy = check(tidyWorkbook());
    messy = check(messyWorkbook());
  });

  it("finds no errors in either", () => {
    expect(tidy.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(messy.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("gives the same typed rows, with canonical names", () => {
    expect(facts(messy.typed)).toEqual(facts(tidy.typed));
    expect(tidy.typed.fairs).toHaveLength(3);
    expect(tidy.typed.exhibits.map((e) => e.district)).toEqual([
      "Tịnh Biên",
      "Chợ Mới",
      "Long Xuyên",
    ]);
    expect(tidy.typed.products.map((p) => p.score)).toEqual([75, 65.5, 91.5]);
    expect(tidy.typed.fairs.map((f) => f.startDate)).toEqual([
      "2023-09-14",
      "2023-10-05",
      "2023-12-01",
    ]);
  });

  it("keeps each row's own Excel row number, past title rows, numbering rows and blank rows", () => {
    expect(messy.typed.fairs.map((f) => f.row)).toEqual([5, 6, 7]);
    expect(messy.typed.exhibits.map((e) => e.row)).toEqual([4, 5, 7]);
    expect(messy.typed.products.map((p) => p.row)).toEqual([6, 7, 8]);
  });

  it("records where each sheet and column was found", () => {
    expect(messy.typed.locations.fairs).toMatchObject({
      sheet: "HC",
      headerRow: 4,
      columns: { note: "A", startDate: "B", fairCode: "D", booths: "H" },
    });
    expect(messy.typed.locations.products).toMatchObject({
      sheet: "Phân hạng",
      headerRow: 4,
      columns: { decisionNo: "K", decisionDate: "L" },
    });
  });

  it("only raises hygiene info for the decomposed names", () => {
    const infos = messy.findings.filter((f) => f.severity === "info");
    expect(new Set(infos.map((f) => f.code))).toEqual(
      new Set(["exhibits.product.decomposed", "exhibits.producer.decomposed"])
    );
  });

  it("gives typed rows that pass their zod schemas", () => {
    for (const w of [tidy.typed, messy.typed]) {
      for (const r of w.fairs) expect(FairRow.safeParse(r).success).toBe(true);
      for (const r of w.exhibits) expect(ExhibitRow.safeParse(r).success).toBe(true);
      for (const r of w.products) expect(ProductRow.safeParse(r).success).toBe(true);
    }
  });
});
