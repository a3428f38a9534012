import { checkWorkbook } from "../../../../src/core/check";
import { buildReport, defaultReportOptions } from "../../../../src/core/report";
import { buildDocument } from "../../../../src/core/report/document";
import { runsText } from "../../../../src/core/report/model";
import { defaultSettings } from "../../../../src/core/settings";
import {
  aCouncil,
  aProduct,
  aTraining,
  aWorkbook,
  nationalReferenceOnce,
  seedCouncils,
  seedTraining,
  type WorkbookParts,
} from "../../../builders";

const national = nationalReferenceOnce();

/** The document's section 1 paragraphs (text) of a workbook, as the doors build them. */
function documentOf(parts: WorkbookParts, year = 2023) {
  const settings = defaultSettings();
  const { typed } = checkWorkbook(aWorkbook(parts), settings, {
    today: `${year + 1}-01-15`,
    reference: national.current,
  });
  const report = buildReport(typed, {
    ...defaultReportOptions(typed, settings),
    year,
    reference: national.current,
  });
  const doc = buildDocument(report);
  const text = doc.body.map((p) => runsText(p.runs));
  return { report, doc, text };
}

const TRAINING =
  "Công tác đào tạo tập huấn: trong năm 2023, báo cáo chuyên đề tại 04 lớp tập huấn triển khai chính sách khuyến công và các văn bản liên quan cho các đối tượng thuộc Chương trình OCOP tỉnh do Văn phòng Điều phối xây dựng nông thôn mới tỉnh tổ chức.";
const EVALUATION =
  "Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP: trong năm 2023, tham gia đóng góp ý kiến cho hồ sơ sản phẩm tham gia Chương trình OCOP năm 2023 của 10 huyện, thị xã, thành phố; tham dự Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện của 10 huyện, thị xã, thành phố.";

describe("the document's training and evaluation topics (issue 11)", () => {
  it("carry the seed's figures and phrasing from the activity sheets", () => {
    const { text, doc } = documentOf({
      products: [aProduct()],
      training: seedTraining(),
      councils: seedCouncils(),
    });
    const results = text.indexOf("1. Kết quả triển khai thực hiện Chương trình năm 2023");
    expect(text[results + 1]).toBe(TRAINING);
    expect(text[results + 2]).toBe(EVALUATION);
    expect(doc.blanks.some((b) => b.includes("lớp tập huấn"))).toBe(false);
    expect(doc.blanks.some((b) => b.includes("Hội đồng"))).toBe(false);
  });

  it("keep every figure's rows: the 04 classes, and each kind's 10 units with all their rows", () => {
    const { report } = documentOf({ training: seedTraining(), councils: seedCouncils() });
    const training = report.activities!.find((p) => p.id === "training")!;
    expect(training.figures).toEqual([
      { text: "04 lớp tập huấn", rows: [2, 3, 4, 5].map((row) => ({ sheet: "Tập huấn", row })) },
    ]);
    const evaluation = report.activities!.find((p) => p.id === "evaluation")!;
    expect(evaluation.figures.map((f) => [f.text, f.rows.map((r) => r.row)])).toEqual([
      ["10 huyện, thị xã, thành phố", Array.from({ length: 10 }, (_, i) => i + 2)],
      ["10 huyện, thị xã, thành phố", Array.from({ length: 10 }, (_, i) => i + 12)],
    ]);
    // The two-paragraph report does not print them.
    expect(report.paragraphs.map((p) => p.id)).toEqual([]);
  });

  it("stay blanks without the sheets", () => {
    const { text, doc, report } = documentOf({ products: [aProduct()] });
    expect(report.activities).toBeUndefined();
    expect(text).toContain(
      "Công tác đào tạo tập huấn: [Nêu các lớp tập huấn đã tổ chức, chủ trì hoặc báo cáo chuyên đề]"
    );
    expect(doc.blanks).toContain(
      "Nêu việc góp ý hồ sơ, tham dự Hội đồng đánh giá, phân hạng sản phẩm OCOP"
    );
  });

  it("count only rows of the year without errors, and list the others as left out", () => {
    const { report, doc } = documentOf({
      training: [
        ...seedTraining(),
        aTraining({ date: "2022-11-02" }),
        aTraining({ role: "khách mời" }),
      ],
      councils: [aCouncil({ unit: "Chợ Mới" }), aCouncil({ level: "cấp xã", unit: "An Phú" })],
    });
    const said = report.activities!.map((p) => runsText(p.runs));
    expect(said[0]).toContain("tại 04 lớp tập huấn");
    expect(said[1]).toBe(
      "Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP: trong năm 2023, tham dự Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện của 01 huyện."
    );
    expect(doc.leftOut).toEqual(
      expect.arrayContaining([
        { kind: "training", sheet: "Tập huấn", reason: "errors", rows: [7] },
        { kind: "councils", sheet: "Hội đồng", reason: "errors", rows: [3] },
      ])
    );
  });

  it("name each role, each organiser, and a title the classes share", () => {
    const { report } = documentOf({
      training: [
        aTraining({ date: "2023-03-01", role: "chủ trì", title: "Lớp A" }),
        aTraining({ date: "2023-03-02", role: "chủ trì", title: "Lớp B" }),
        aTraining({ date: "2023-04-01", role: "phối hợp", organizer: "Sở Nông nghiệp" }),
        aTraining({
          date: "2023-05-01",
          title: "Kỹ năng bán hàng",
          organizer: "Hội Nông dân tỉnh",
        }),
      ],
    });
    expect(runsText(report.activities![0].runs)).toBe(
      "Công tác đào tạo tập huấn: trong năm 2023, chủ trì tổ chức 02 lớp tập huấn; phối hợp với Sở Nông nghiệp tổ chức 01 lớp tập huấn triển khai chính sách khuyến công cho các đối tượng thuộc Chương trình OCOP; báo cáo chuyên đề tại 01 lớp tập huấn kỹ năng bán hàng do Hội Nông dân tỉnh tổ chức."
    );
  });

  it("names communes by their types after 01/7/2025, and the province's councils by sittings", () => {
    const { report } = documentOf(
      {
        councils: [
          aCouncil({ date: "2026-03-02", level: "cấp xã", unit: "Mỹ Hòa Hưng" }),
          aCouncil({ date: "2026-03-09", level: "cấp xã", unit: "phường Long Xuyên" }),
          aCouncil({ date: "2026-04-09", level: "cấp xã", unit: "Mỹ Hòa Hưng" }),
          aCouncil({ date: "2026-06-09", level: "cấp tỉnh", unit: "phường Long Xuyên" }),
        ],
      },
      2026
    );
    expect(runsText(report.activities![0].runs)).toBe(
      "Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP: trong năm 2026, tham dự Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp xã của 02 xã, phường; tham dự 01 phiên họp Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh."
    );
  });
});
