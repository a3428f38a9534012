import { buildReport, type ReportModel } from "../../../src/core/report";
import { runsText } from "../../../src/core/report/model";
import { promotionParagraph } from "../../../src/core/report/promotionParagraph";
import { refsOf } from "../../../src/core/report/rowRefs";
import { aFairRow, anExhibitRow, aTypedWorkbook, someOptions } from "./typedRows";

function promotion(model: ReportModel): string | undefined {
  const p = model.paragraphs.find((x) => x.id === "promotion");
  return p && runsText(p.runs);
}

const threeFairs = [
  aFairRow({ fairCode: "HN", province: "Hà Nội", startDate: "2023-12-06", endDate: "2023-12-10" }),
  aFairRow({
    fairCode: "ST",
    province: "Sóc Trăng",
    startDate: "2023-09-20",
    endDate: "2023-09-24",
  }),
  aFairRow({
    fairCode: "HG",
    province: "Hậu Giang",
    startDate: "2023-10-18",
    endDate: "2023-10-22",
  }),
];

describe("the promotion paragraph", () => {
  it("lists the fairs of the year in date order with their province and month", () => {
    const text = promotion(
      buildReport(
        aTypedWorkbook({ fairs: threeFairs, exhibits: [anExhibitRow({ fairCode: "ST" })] }),
        someOptions()
      )
    );
    expect(text).toContain(
      "tại 03 kỳ Hội chợ Triển lãm trong năm 2023, tổ chức ở tỉnh Sóc Trăng (tháng 9/2023), tỉnh Hậu Giang (tháng 10/2023) và thành phố Hà Nội (tháng 12/2023)."
    );
  });

  it("counts lượt as the sum of the count column, approximately by default", () => {
    const exhibits = [
      anExhibitRow({ fairCode: "ST", count: 7 }),
      anExhibitRow({ fairCode: "HG", product: "Khô bò", count: 5 }),
    ];
    const typed = aTypedWorkbook({ fairs: threeFairs, exhibits });
    expect(promotion(buildReport(typed, someOptions()))).toContain("khoảng 12 lượt sản phẩm");
    expect(promotion(buildReport(typed, someOptions({ approximate: false })))).toContain(
      "trưng bày quảng bá 12 lượt sản phẩm"
    );
  });

  it("names only the categories present, in the seed's order", () => {
    const exhibits = [
      anExhibitRow({ fairCode: "ST", category: "CNNTTB" }),
      anExhibitRow({ fairCode: "ST", category: "OCOP", stars: 3, product: "Khô bò" }),
    ];
    const text = promotion(
      buildReport(aTypedWorkbook({ fairs: threeFairs, exhibits }), someOptions())
    );
    expect(text).toContain(
      "lượt sản phẩm OCOP và sản phẩm công nghiệp nông thôn tiêu biểu của tỉnh gồm:"
    );
    expect(text).not.toContain("đặc thù");
  });

  it("gives the most shown products as examples, the first capitalised, the others not", () => {
    const exhibits = [
      anExhibitRow({ fairCode: "ST", product: "khô cá lóc", count: 2 }),
      anExhibitRow({ fairCode: "ST", product: "Đường thốt nốt", count: 5 }),
      anExhibitRow({ fairCode: "HG", product: "Khô bò", count: 3 }),
      anExhibitRow({ fairCode: "HN", product: "Khô cá lóc", count: 2 }),
    ];
    const text = promotion(
      buildReport(aTypedWorkbook({ fairs: threeFairs, exhibits }), someOptions())
    );
    expect(text).toContain("gồm: Đường thốt nốt, khô cá lóc và khô bò tại");
  });

  it('stops at the number of examples asked and ends the list with ",..."', () => {
    const exhibits = ["A", "B", "C", "D"].map((p, i) =>
      anExhibitRow({ fairCode: "ST", product: `Sản phẩm ${p}`, count: 10 - i })
    );
    const text = promotion(
      buildReport(aTypedWorkbook({ fairs: threeFairs, exhibits }), someOptions({ examples: 2 }))
    );
    expect(text).toContain("như: Sản phẩm A, sản phẩm B,... tại");
  });

  it('reads a fair over two months as "tháng 9-10/2023"', () => {
    const fairs = [aFairRow({ fairCode: "ST", startDate: "2023-09-28", endDate: "2023-10-02" })];
    const text = promotion(
      buildReport(
        aTypedWorkbook({ fairs, exhibits: [anExhibitRow({ fairCode: "ST" })] }),
        someOptions()
      )
    );
    expect(text).toContain(
      "tại Hội chợ Triển lãm sản phẩm OCOP trong năm 2023, tổ chức ở tỉnh Sóc Trăng (tháng 9-10/2023)."
    );
  });

  it("leaves out fairs of other years and their exhibits", () => {
    const fairs = [
      ...threeFairs,
      aFairRow({ fairCode: "OLD", startDate: "2022-11-01", endDate: "2022-11-05" }),
    ];
    const exhibits = [
      anExhibitRow({ fairCode: "ST", count: 4 }),
      anExhibitRow({ fairCode: "OLD", count: 50 }),
    ];
    const text = promotion(buildReport(aTypedWorkbook({ fairs, exhibits }), someOptions()));
    expect(text).toContain("khoảng 04 lượt");
    expect(text).toContain("03 kỳ");
  });

  it("matches exhibits to their fair by the code folded, as the checker does", () => {
    const fairs = [aFairRow({ fairCode: "HC-01" })];
    const exhibits = [
      anExhibitRow({ fairCode: "HC 01", count: 3 }),
      anExhibitRow({ fairCode: "hc-01", count: 4 }),
      anExhibitRow({ fairCode: "HC01", count: 50 }), // another code: the checker flags it
    ];
    const model = buildReport(aTypedWorkbook({ fairs, exhibits }), someOptions());
    expect(promotion(model)).toContain("khoảng 07 lượt");
    expect(model.leftOut).toEqual([
      expect.objectContaining({ kind: "exhibits", reason: "fairLeftOut", rows: [exhibits[2].row] }),
    ]);
    const alone = promotionParagraph(
      fairs,
      exhibits.slice(0, 2),
      someOptions(),
      refsOf(aTypedWorkbook())
    );
    expect(alone && runsText(alone.runs)).toContain("khoảng 07 lượt");
  });

  it("says so when no fair of the year counts", () => {
    const model = buildReport(aTypedWorkbook({ fairs: threeFairs }), someOptions({ year: 2024 }));
    expect(promotion(model)).toBe(
      "Công tác giới thiệu, quảng bá và xúc tiến thương mại cho các sản phẩm OCOP trên địa bàn tỉnh An Giang: trong năm 2024, không tham gia kỳ Hội chợ Triển lãm nào."
    );
  });

  it("speaks of the province from the options, as a city when it is one", () => {
    const text = promotion(
      buildReport(aTypedWorkbook({ fairs: threeFairs }), someOptions({ province: "Cần Thơ" }))
    );
    expect(text).toContain("trên địa bàn thành phố Cần Thơ:");
  });
});
