import { loadNationalReference } from "../../../src/core/reference/national";
import type { NationalReference } from "../../../src/core/reference/nationalReference";
import { buildReport, defaultReportOptions, type ReportModel } from "../../../src/core/report";
import { runsText } from "../../../src/core/report/model";
import { parseSettings } from "../../../src/core/settings";
import type { FairRow, ProductRow, TypedWorkbook } from "../../../src/core/sheets/rows";
import { aFairRow, anExhibitRow, aProductRow, aTypedWorkbook, someOptions } from "./typedRows";

/**
 * Issue 10's cases, each with the exact sentence it must give. Rows are valid An Giang rows
 * (typedRows) unless a case says otherwise.
 */
let reference: NationalReference;
beforeAll(async () => {
  reference = await loadNationalReference();
});

const RANKING = "Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP: ";
const PROMOTION =
  "Công tác giới thiệu, quảng bá và xúc tiến thương mại cho các sản phẩm OCOP trên địa bàn tỉnh An Giang: ";

function paragraph(model: ReportModel, id: "ranking" | "promotion"): string | undefined {
  const p = model.paragraphs.find((x) => x.id === id);
  return p && runsText(p.runs);
}

const fair = (code: string, province: string, start: string, end = start): FairRow =>
  aFairRow({ fairCode: code, name: `Hội chợ ${code}`, province, startDate: start, endDate: end });

interface Case {
  name: string;
  typed: () => TypedWorkbook;
  year?: number;
  reportDate?: string;
  id: "ranking" | "promotion";
  sentence: string;
}

const CASES: Case[] = [
  {
    name: "zero ranked products in the year, no earlier rows",
    typed: () => aTypedWorkbook(),
    id: "ranking",
    sentence: `${RANKING}trong năm 2023, toàn tỉnh không có sản phẩm nào được công nhận đạt chuẩn OCOP.`,
  },
  {
    name: "zero fairs in the year",
    typed: () => aTypedWorkbook({ fairs: [fair("A", "Sóc Trăng", "2022-05-01")] }),
    id: "promotion",
    sentence: `${PROMOTION}trong năm 2023, không tham gia kỳ Hội chợ Triển lãm nào.`,
  },
  {
    name: "one product: no counts of one, its unit and status named",
    typed: () => aTypedWorkbook({ products: [aProductRow({ stars: 4, score: 75 })] }),
    id: "ranking",
    sentence: `${RANKING}trong năm 2023, toàn tỉnh có 01 sản phẩm được công nhận đạt chuẩn OCOP 4 sao, thuộc huyện Chợ Mới, là sản phẩm công nhận mới.`,
  },
  {
    name: "one fair: named, its products listed in full (not as examples)",
    typed: () =>
      aTypedWorkbook({
        fairs: [fair("ST", "Sóc Trăng", "2023-09-20", "2023-09-24")],
        exhibits: [
          anExhibitRow({ fairCode: "ST", product: "Đường thốt nốt", count: 2 }),
          anExhibitRow({ fairCode: "ST", product: "Khô bò", count: 1, category: "OCOP" }),
        ],
      }),
    id: "promotion",
    sentence: `${PROMOTION}tham gia trưng bày quảng bá 03 lượt sản phẩm đặc thù và sản phẩm OCOP của tỉnh gồm: Đường thốt nốt và khô bò tại Hội chợ ST trong năm 2023, tổ chức ở tỉnh Sóc Trăng (tháng 9/2023).`,
  },
  {
    name: "duplicates: the same product and producer twice counts once, everywhere",
    typed: () =>
      aTypedWorkbook({
        products: [
          aProductRow({ product: "Khô bò", producer: "Cơ sở A", district: "Chợ Mới" }),
          aProductRow({ product: "Kho bo", producer: "Co so A", district: "Chợ Mới" }),
          aProductRow({ product: "Mắm cá", producer: "Cơ sở B", district: "Tri Tôn" }),
          aProductRow({ decisionDate: "2022-02-01", district: "An Phú" }),
        ],
      }),
    id: "ranking",
    sentence: `${RANKING}trong năm 2023, toàn tỉnh có 02 sản phẩm được công nhận đạt chuẩn OCOP 3 sao, thuộc 02 huyện (huyện Chợ Mới và huyện Tri Tôn mỗi địa phương 01 sản phẩm); tất cả đều là sản phẩm công nhận mới. Lũy kế đến ngày 31/12/2023, toàn tỉnh có 03 sản phẩm OCOP còn hiệu lực công nhận.`,
  },
  {
    name: "blank statuses are counted, so the parts add up",
    typed: () =>
      aTypedWorkbook({
        products: [
          aProductRow({ status: "mới" }),
          aProductRow({ status: "mới" }),
          aProductRow({ status: "đánh giá lại" }),
          aProductRow({ status: undefined }),
        ],
      }),
    id: "ranking",
    sentence: `${RANKING}trong năm 2023, toàn tỉnh có 04 sản phẩm được công nhận đạt chuẩn OCOP 3 sao, đều thuộc huyện Chợ Mới; trong đó 02 sản phẩm công nhận mới, 01 sản phẩm đánh giá lại và 01 sản phẩm chưa ghi tình trạng công nhận.`,
  },
  {
    name: "only this year's rows: no cumulative total (a note says why)",
    typed: () =>
      aTypedWorkbook({
        products: [aProductRow({ district: "Chợ Mới" }), aProductRow({ district: "Tri Tôn" })],
      }),
    id: "ranking",
    sentence: `${RANKING}trong năm 2023, toàn tỉnh có 02 sản phẩm được công nhận đạt chuẩn OCOP 3 sao, thuộc 02 huyện (huyện Chợ Mới và huyện Tri Tôn mỗi địa phương 01 sản phẩm); tất cả đều là sản phẩm công nhận mới.`,
  },
  {
    name: "a fair across the new year",
    year: 2024,
    typed: () => aTypedWorkbook({ fairs: [fair("HN", "Hà Nội", "2024-12-28", "2025-01-03")] }),
    id: "promotion",
    sentence: `${PROMOTION}tham gia Hội chợ HN trong năm 2024, tổ chức ở thành phố Hà Nội (từ tháng 12/2024 đến tháng 1/2025).`,
  },
  {
    name: "12 fairs in 8 provinces, grouped by province in order of their first fair",
    year: 2024,
    typed: () =>
      aTypedWorkbook({
        fairs: [
          fair("1", "Sóc Trăng", "2024-03-05"),
          fair("2", "Cần Thơ", "2024-04-10"),
          fair("3", "Hà Nội", "2024-04-20"),
          fair("4", "Đồng Tháp", "2024-05-02"),
          fair("5", "Cần Thơ", "2024-06-15"),
          fair("6", "Vĩnh Long", "2024-07-01"),
          fair("7", "Hà Nội", "2024-08-08"),
          fair("8", "Bạc Liêu", "2024-09-09"),
          fair("9", "Sóc Trăng", "2024-10-10"),
          fair("10", "Hồ Chí Minh", "2024-11-11"),
          fair("11", "Kiên Giang", "2024-11-20"),
          fair("12", "Hà Nội", "2024-12-01", "2024-12-05"),
        ],
      }),
    id: "promotion",
    sentence: `${PROMOTION}tham gia 12 kỳ Hội chợ Triển lãm trong năm 2024, tổ chức ở tỉnh Sóc Trăng (tháng 3 và tháng 10/2024), thành phố Cần Thơ (tháng 4 và tháng 6/2024), thành phố Hà Nội (tháng 4, tháng 8 và tháng 12/2024), tỉnh Đồng Tháp (tháng 5/2024), tỉnh Vĩnh Long (tháng 7/2024), tỉnh Bạc Liêu (tháng 9/2024), thành phố Hồ Chí Minh (tháng 11/2024) và tỉnh Kiên Giang (tháng 11/2024).`,
  },
  {
    name: "11 units with equal counts: grouped by type, and 11/11 when every unit has products",
    typed: () =>
      aTypedWorkbook({
        products: [
          "Long Xuyên",
          "Châu Đốc",
          "Tân Châu",
          "Tịnh Biên",
          "An Phú",
          "Châu Phú",
          "Châu Thành",
          "Chợ Mới",
          "Phú Tân",
          "Thoại Sơn",
          "Tri Tôn",
        ].map((district) => aProductRow({ district })),
      }),
    id: "ranking",
    sentence: `${RANKING}trong năm 2023, toàn tỉnh có 11 sản phẩm được công nhận đạt chuẩn OCOP 3 sao, thuộc 11/11 huyện, thị xã, thành phố (huyện An Phú, huyện Châu Phú, huyện Châu Thành, huyện Chợ Mới, huyện Phú Tân, huyện Thoại Sơn, huyện Tri Tôn, thị xã Tân Châu, thị xã Tịnh Biên, thành phố Châu Đốc và thành phố Long Xuyên mỗi địa phương 01 sản phẩm); tất cả đều là sản phẩm công nhận mới.`,
  },
  {
    name: "a 2026 year: communes with their types, never huyện; a fair in Hậu Giang is in Cần Thơ",
    year: 2026,
    typed: () =>
      aTypedWorkbook({
        products: [
          aProductRow({ district: "Phú Quốc", decisionDate: "2026-03-01" }),
          aProductRow({ district: "đặc khu Phú Quốc", decisionDate: "2026-03-02" }),
          aProductRow({ district: "Rạch Giá", decisionDate: "2026-03-01" }),
          aProductRow({ district: "phường Rạch Giá", decisionDate: "2026-03-01" }),
          aProductRow({ district: "xã Mỹ Hoà Hưng", decisionDate: "2026-03-01" }),
          aProductRow({ district: "huyện Chợ Mới", decisionDate: "2026-03-01" }),
        ],
      }),
    id: "ranking",
    sentence: `${RANKING}trong năm 2026, toàn tỉnh có 06 sản phẩm được công nhận đạt chuẩn OCOP 3 sao, thuộc 04 xã, phường, đặc khu (phường Rạch Giá và đặc khu Phú Quốc mỗi địa phương 02 sản phẩm; xã Chợ Mới và xã Mỹ Hòa Hưng mỗi địa phương 01 sản phẩm); tất cả đều là sản phẩm công nhận mới.`,
  },
  {
    name: "a 2026 fair recorded as Hậu Giang reads thành phố Cần Thơ",
    year: 2026,
    typed: () => aTypedWorkbook({ fairs: [fair("HG", "Hậu Giang", "2026-04-01", "2026-04-03")] }),
    id: "promotion",
    sentence: `${PROMOTION}tham gia Hội chợ HG trong năm 2026, tổ chức ở thành phố Cần Thơ (tháng 4/2026).`,
  },
  {
    name: "a year across 01/7/2025: districts before, communes from then",
    year: 2025,
    typed: () =>
      aTypedWorkbook({
        products: [
          aProductRow({ district: "Chợ Mới", decisionDate: "2025-03-01" }),
          aProductRow({ district: "Chợ Mới", decisionDate: "2025-04-01" }),
          aProductRow({ district: "Tri Tôn", decisionDate: "2025-03-01" }),
          aProductRow({ district: "Mỹ Hòa Hưng", decisionDate: "2025-09-01" }),
          aProductRow({ district: "Phú Quốc", decisionDate: "2025-09-01" }),
        ],
      }),
    id: "ranking",
    sentence: `${RANKING}trong năm 2025, toàn tỉnh có 05 sản phẩm được công nhận đạt chuẩn OCOP 3 sao, thuộc 02 huyện (huyện Chợ Mới 02 sản phẩm và huyện Tri Tôn 01 sản phẩm) trước ngày 01/07/2025 và 02 xã, đặc khu (xã Mỹ Hòa Hưng và đặc khu Phú Quốc mỗi địa phương 01 sản phẩm) từ ngày 01/07/2025; tất cả đều là sản phẩm công nhận mới.`,
  },
  {
    name: "under QĐ 26/2026/QĐ-TTg the re-evaluation sentence gives the filing window",
    year: 2026,
    typed: () =>
      aTypedWorkbook({
        products: [
          aProductRow({ decisionDate: "2024-03-01" }),
          aProductRow({ decisionDate: "2026-02-01" }),
        ],
      }),
    id: "ranking",
    sentence: `${RANKING}trong năm 2026, toàn tỉnh có 01 sản phẩm được công nhận đạt chuẩn OCOP 3 sao, thuộc xã Chợ Mới, là sản phẩm công nhận mới. Lũy kế đến ngày 31/12/2026, toàn tỉnh có 02 sản phẩm OCOP còn hiệu lực công nhận, trong đó 01 sản phẩm sẽ hết hạn trong năm 2027, cần được đánh giá lại (hồ sơ nộp từ 180 đến 120 ngày trước ngày hết hạn).`,
  },
];

describe("every case has its sentence", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const model = buildReport(
      c.typed(),
      someOptions({ year: c.year ?? 2023, approximate: false, reference })
    );
    expect(paragraph(model, c.id)).toBe(c.sentence);
  });

  it("says why the cumulative total is left out, and which rows were counted once", () => {
    const only = buildReport(
      aTypedWorkbook({ products: [aProductRow(), aProductRow({ product: "X", producer: "Y" })] }),
      someOptions({ reference })
    );
    expect(only.notes.map((n) => n.id)).toEqual(["cumulativeNeedsEarlierRows"]);
    const twice = aProductRow({ product: "Khô bò", producer: "A" });
    const again = aProductRow({ product: "Khô bò", producer: "A" });
    const dup = buildReport(aTypedWorkbook({ products: [twice, again] }), someOptions());
    expect(dup.notes).toContainEqual({
      id: "duplicatesCountedOnce",
      // The first row stands for the product (same decision date); the repeat is named.
      rows: [{ sheet: "Sản phẩm OCOP", row: again.row }],
    });
  });

  it("names no huyện or thị xã for 2026 rows, even from a pre-reform list in settings", () => {
    const products: ProductRow[] = ["huyện Chợ Mới", "thị xã Tịnh Biên", "Tân Châu"].map(
      (district) => aProductRow({ district, decisionDate: "2026-06-01" })
    );
    const model = buildReport(
      aTypedWorkbook({ products }),
      someOptions({ year: 2026, reference, units: undefined })
    );
    const text = paragraph(model, "ranking") ?? "";
    expect(text).not.toMatch(/huyện|thị xã/);
    expect(text).toContain("xã Chợ Mới");
  });

  it("takes the units of the Danh mục sheet and of settings into the report", () => {
    const typed = aTypedWorkbook({
      products: [aProductRow({ district: "Bình Mỹ" }), aProductRow({ district: "Bình Mỹ" })],
      listUnits: [{ name: "Bình Mỹ", type: "xã", aliases: [], formerTypes: [] }],
    });
    const fromList = defaultReportOptions(typed, parseSettings({ province: "An Giang" }));
    expect(paragraph(buildReport(typed, { ...fromList, reference }), "ranking")).toContain(
      "đều thuộc xã Bình Mỹ"
    );
    const fromSettings = defaultReportOptions(
      typed,
      parseSettings({ units: [{ name: "Bình Mỹ", type: "thị trấn" }] })
    );
    expect(paragraph(buildReport(typed, { ...fromSettings, reference }), "ranking")).toContain(
      "đều thuộc thị trấn Bình Mỹ"
    );
  });
});
