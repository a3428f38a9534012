import { buildReport, leftOutMessage, leftOutTotal } from "../../../src/core/report";
import { runsText } from "../../../src/core/report/model";
import { aFairRow, anExhibitRow, aProductRow, aTypedWorkbook, someOptions } from "./typedRows";

describe("rows with errors", () => {
  const fairs = [
    aFairRow({ row: 2, fairCode: "ST" }),
    aFairRow({ row: 3, fairCode: "HG", province: "Hậu Giang", startDate: "2023-10-18" }),
  ];
  const exhibits = [
    anExhibitRow({ row: 2, fairCode: "ST", count: 4 }),
    anExhibitRow({ row: 3, fairCode: "ST", count: 30 }),
    anExhibitRow({ row: 4, fairCode: "HG", count: 50 }),
    anExhibitRow({ row: 5, fairCode: "XX", count: 70 }),
  ];
  const products = [aProductRow({ row: 2 }), aProductRow({ row: 3 })];
  const typed = aTypedWorkbook({
    fairs,
    exhibits,
    products,
    rowsWithErrors: { fairs: [3], exhibits: [3], products: [3] },
  });
  const model = buildReport(typed, someOptions());
  const text = model.paragraphs.map((p) => runsText(p.runs)).join("\n");

  it("do not count, nor do exhibits of a fair left out or not on the fairs sheet", () => {
    expect(text).toContain("khoảng 04 lượt");
    // The one fair left is named, with its province.
    expect(text).toContain(
      "tại Hội chợ Triển lãm sản phẩm OCOP trong năm 2023, tổ chức ở tỉnh Sóc Trăng"
    );
    expect(text).not.toContain("Hậu Giang");
    expect(text).toContain("có 01 sản phẩm được công nhận");
  });

  it("are listed per sheet with the reason", () => {
    expect(model.leftOut).toEqual([
      { kind: "fairs", sheet: "Hội chợ", reason: "errors", rows: [3] },
      { kind: "exhibits", sheet: "Sản phẩm trưng bày", reason: "errors", rows: [3] },
      { kind: "exhibits", sheet: "Sản phẩm trưng bày", reason: "fairLeftOut", rows: [4, 5] },
      { kind: "products", sheet: "Sản phẩm OCOP", reason: "errors", rows: [3] },
    ]);
    expect(leftOutTotal(model.leftOut)).toBe(5);
  });

  it("make one warning line a door can show, in Vietnamese and English", () => {
    expect(leftOutMessage(model.leftOut, "vi")).toBe(
      "Báo cáo không tính 5 dòng: 'Hội chợ' dòng 3 (có lỗi); 'Sản phẩm trưng bày' dòng 3 (có lỗi); " +
        "'Sản phẩm trưng bày' dòng 4, 5 (hội chợ của dòng có lỗi hoặc không có trong sheet hội chợ); 'Sản phẩm OCOP' dòng 3 (có lỗi)."
    );
    expect(leftOutMessage(model.leftOut, "en")).toMatch(
      /^The report leaves out 5 rows: 'Hội chợ' row 3 \(they have errors\)/
    );
    expect(leftOutMessage([], "vi")).toBe("");
  });
});

describe("fairs without a place or a date", () => {
  it("are left out as incomplete, with their exhibits, rather than named as places", () => {
    const typed = aTypedWorkbook({
      fairs: [
        aFairRow({ row: 2, fairCode: "ST" }),
        aFairRow({ row: 3, fairCode: "HN", name: "Hội chợ OCOP Hà Nội", province: undefined }),
      ],
      exhibits: [
        anExhibitRow({ row: 2, fairCode: "ST", count: 4 }),
        anExhibitRow({ row: 3, fairCode: "HN", count: 9 }),
      ],
    });
    const model = buildReport(typed, someOptions());
    const text = model.paragraphs.map((p) => runsText(p.runs)).join("\n");
    expect(text).toContain("tổ chức ở tỉnh Sóc Trăng (tháng 9/2023).");
    expect(text).not.toContain("Hội chợ OCOP Hà Nội");
    expect(model.leftOut).toEqual([
      { kind: "fairs", sheet: "Hội chợ", reason: "incomplete", rows: [3] },
      { kind: "exhibits", sheet: "Sản phẩm trưng bày", reason: "fairLeftOut", rows: [3] },
    ]);
  });
});
