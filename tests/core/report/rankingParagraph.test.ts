import { buildReport, type ReportModel } from "../../../src/core/report";
import { runsText } from "../../../src/core/report/model";
import { aProductRow, aTypedWorkbook, someOptions } from "./typedRows";

function ranking(model: ReportModel): string | undefined {
  const p = model.paragraphs.find((x) => x.id === "ranking");
  return p && runsText(p.runs);
}

const report = (products: ReturnType<typeof aProductRow>[], year = 2023): string | undefined =>
  ranking(buildReport(aTypedWorkbook({ products }), someOptions({ year })));

describe("the ranking paragraph", () => {
  it("counts the products recognised in the year, by stars, most stars first", () => {
    const text = report([
      aProductRow({ stars: 4, score: 75 }),
      aProductRow({ stars: 3 }),
      aProductRow({ stars: 3 }),
      aProductRow({ stars: 5, score: 92 }),
      aProductRow({ stars: 3, decisionDate: "2022-05-01" }),
    ]);
    expect(text).toContain(
      "trong năm 2023, toàn tỉnh có 04 sản phẩm được công nhận đạt chuẩn OCOP, gồm 01 sản phẩm 5 sao, 01 sản phẩm 4 sao và 02 sản phẩm 3 sao"
    );
  });

  it("names the one band when all share it", () => {
    expect(report([aProductRow(), aProductRow()])).toContain(
      "có 02 sản phẩm được công nhận đạt chuẩn OCOP 3 sao,"
    );
  });

  it("breaks the products down by district, most first, equal counts together by type then name", () => {
    const text = report([
      aProductRow({ district: "Tịnh Biên" }),
      aProductRow({ district: "Châu Đốc" }),
      aProductRow({ district: "Chợ Mới" }),
      aProductRow({ district: "Chợ Mới" }),
      aProductRow({ district: "Tịnh Biên" }),
      aProductRow({ district: "Châu Đốc" }),
      aProductRow({ district: "Chợ Mới" }),
      aProductRow({ district: "An Phú" }),
    ]);
    expect(text).toContain(
      "thuộc 04 huyện, thị xã, thành phố (huyện Chợ Mới 03 sản phẩm; thị xã Tịnh Biên và thành phố Châu Đốc mỗi địa phương 02 sản phẩm; huyện An Phú 01 sản phẩm)"
    );
  });

  it("names only the kinds of unit present", () => {
    const text = report([
      aProductRow({ district: "Chợ Mới" }),
      aProductRow({ district: "Tri Tôn" }),
    ]);
    expect(text).toContain(
      "thuộc 02 huyện (huyện Chợ Mới và huyện Tri Tôn mỗi địa phương 01 sản phẩm)"
    );
  });

  it("tells new from re-ranked products by the status column", () => {
    const text = report([
      aProductRow({ status: "mới" }),
      aProductRow({ status: "mới" }),
      aProductRow({ status: "đánh giá lại" }),
      aProductRow({ status: "nâng hạng" }),
    ]);
    expect(text).toContain(
      "; trong đó 02 sản phẩm công nhận mới, 01 sản phẩm nâng hạng và 01 sản phẩm đánh giá lại."
    );
  });

  it("counts the certificates still valid at the year end and those expiring the next year", () => {
    const text = report([
      aProductRow({ decisionDate: "2023-06-15" }),
      aProductRow({ decisionDate: "2022-03-01" }),
      aProductRow({ decisionDate: "2021-08-20" }), // expires 2024-08-20
      aProductRow({ decisionDate: "2021-02-10" }), // expires 2024-02-10
      aProductRow({ decisionDate: "2020-11-20" }), // expired 2023-11-20
    ]);
    expect(text).toContain(
      "Lũy kế đến ngày 31/12/2023, toàn tỉnh có 04 sản phẩm OCOP còn hiệu lực công nhận, trong đó 02 sản phẩm sẽ hết hạn trong năm 2024, cần được đánh giá lại."
    );
  });

  it("judges a certificate by its decision date + 36 months, not by a stated expiry date", () => {
    // The checker does the same and warns when the stated date differs (domain.md §3.3).
    const text = report([
      aProductRow({ decisionDate: "2019-06-01", expiryDate: "2030-06-01" }), // expired 2022-06-01
      aProductRow({ decisionDate: "2021-08-20", expiryDate: "2023-10-01" }), // expires 2024-08-20
      aProductRow(),
    ]);
    expect(text).toContain(
      "có 02 sản phẩm OCOP còn hiệu lực công nhận, trong đó 01 sản phẩm sẽ hết hạn trong năm 2024"
    );
  });

  it("keeps one certificate for a product re-ranked under the same producer", () => {
    const text = report([
      aProductRow({ product: "Khô bò", producer: "Cơ sở A", decisionDate: "2021-05-01" }),
      aProductRow({
        product: "Khô bò",
        producer: "Cơ sở A",
        decisionDate: "2023-05-01",
        status: "đánh giá lại",
      }),
    ]);
    expect(text).toContain("toàn tỉnh có 01 sản phẩm OCOP còn hiệu lực công nhận.");
  });

  it("keeps one certificate for a product re-ranked, its names written with or without diacritics", () => {
    // The checker's identity of a certificate holder: folded product + producer.
    const text = report([
      aProductRow({ product: "Khô bò", producer: "Cơ sở A", decisionDate: "2021-05-01" }),
      aProductRow({ product: "Kho Bo", producer: "Co so A.", decisionDate: "2023-05-01" }),
    ]);
    expect(text).toContain("toàn tỉnh có 01 sản phẩm OCOP còn hiệu lực công nhận.");
  });

  it("names a unit by the type it had on the row's date: huyện Tịnh Biên in 2022", () => {
    const text = report(
      [
        aProductRow({ district: "Tịnh Biên", decisionDate: "2022-05-01" }),
        aProductRow({ district: "TX. Tịnh Biên", decisionDate: "2022-06-01" }),
        aProductRow({ district: "Tân Châu", decisionDate: "2022-07-01" }),
      ],
      2022
    );
    expect(text).toContain(
      "thuộc 02 huyện, thị xã (huyện Tịnh Biên 02 sản phẩm và thị xã Tân Châu 01 sản phẩm)"
    );
  });

  it("names Tịnh Biên a thị xã from the day it became one (10/4/2023), counting it once", () => {
    const on = (...dates: string[]): string | undefined =>
      report(dates.map((decisionDate) => aProductRow({ district: "Tịnh Biên", decisionDate })));
    expect(on("2023-04-09")).toContain("3 sao, thuộc huyện Tịnh Biên, là sản phẩm");
    expect(on("2023-04-10")).toContain("3 sao, thuộc thị xã Tịnh Biên, là sản phẩm");
    // One unit across its change of type, named as it was on the latest row's date.
    expect(on("2023-03-01", "2023-05-01")).toContain("3 sao, đều thuộc thị xã Tịnh Biên;");
  });

  it("ignores a report date that is not an ISO date and counts to 31/12 of the year", () => {
    const model = buildReport(
      aTypedWorkbook({ products: [aProductRow({ decisionDate: "2022-03-01" })] }),
      someOptions({ reportDate: "31/12/2023" })
    );
    expect(ranking(model)).toContain(
      "Lũy kế đến ngày 31/12/2023, toàn tỉnh có 01 sản phẩm OCOP còn hiệu lực công nhận."
    );
  });

  it("says so when none was recognised in the year, then speaks of the valid certificates", () => {
    const text = report([aProductRow({ decisionDate: "2022-03-01" })]);
    expect(text).toBe(
      "Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP: trong năm 2023, toàn tỉnh không có sản phẩm nào được công nhận đạt chuẩn OCOP. Lũy kế đến ngày 31/12/2023, toàn tỉnh có 01 sản phẩm OCOP còn hiệu lực công nhận."
    );
  });

  it("has a sentence when no product counts, and none on valid certificates when all lapsed", () => {
    const none =
      "Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP: trong năm 2023, toàn tỉnh không có sản phẩm nào được công nhận đạt chuẩn OCOP.";
    expect(report([])).toBe(none);
    expect(report([aProductRow({ decisionDate: "2019-01-01" })])).toBe(
      `${none} Lũy kế đến ngày 31/12/2023, toàn tỉnh không có sản phẩm OCOP nào còn hiệu lực công nhận.`
    );
  });

  it("does not count decisions after the report date", () => {
    const model = buildReport(
      aTypedWorkbook({
        products: [
          aProductRow({ decisionDate: "2023-03-01" }),
          aProductRow({ decisionDate: "2023-09-01" }),
        ],
      }),
      someOptions({ reportDate: "2023-06-30" })
    );
    expect(ranking(model)).toContain("trong năm 2023, toàn tỉnh có 01 sản phẩm được công nhận");
  });

  it("counts to the report date when one is set", () => {
    const model = buildReport(
      aTypedWorkbook({ products: [aProductRow({ decisionDate: "2021-02-10" })] }),
      someOptions({ reportDate: "2024-01-10" })
    );
    expect(ranking(model)).toContain(
      "Lũy kế đến ngày 10/01/2024, toàn tỉnh có 01 sản phẩm OCOP còn hiệu lực công nhận, trong đó 01 sản phẩm sẽ hết hạn trước ngày 10/01/2025, cần được đánh giá lại."
    );
  });
});
