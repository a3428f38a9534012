import { buildDocument, toDocumentText } from "../../../../src/core/report/document";
import { runsText } from "../../../../src/core/report/model";
import { parseSettings } from "../../../../src/core/settings";
import { aReport } from "../typedRows";

const SEED_SETTINGS = {
  parentAgency: "UBND tỉnh An Giang",
  agencyCode: "SCT",
  requestNumber: "80/SNNPTNT-VPĐPNTM",
  requestDate: "2024-01-10",
  requestSender: "Sở Nông nghiệp và Phát triển nông thôn",
  signerRole: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
  signerName: "Nguyễn Thành Huân",
  recipients: ["Sở NN&PTNT", "BGĐ Sở", "TTKC&TVPTCN (phối hợp)"],
  fileKeeper: "P.QLTM",
};

describe("the full document", () => {
  const report = aReport();

  it("frames the report per ND 30: header, Quốc hiệu, tiêu ngữ, BÁO CÁO", () => {
    const doc = buildDocument(report, SEED_SETTINGS);
    expect(runsText(doc.header.parentAgency)).toBe("UBND TỈNH AN GIANG");
    expect(runsText(doc.header.agency)).toBe("SỞ CÔNG THƯƠNG");
    expect(doc.header.agency.every((r) => r.bold)).toBe(true);
    expect(runsText(doc.header.number)).toMatch(/^Số: +\/BC-SCT$/);
    expect(doc.header.nation).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(doc.header.motto).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(doc.header.placeAndDate.every((r) => r.italic)).toBe(true);
    expect(runsText(doc.header.placeAndDate)).toMatch(/^An Giang, ngày +tháng +năm 2024$/);
    expect(doc.kind).toBe("BÁO CÁO");
  });

  it("opens with the seed's sentence when the request is known", () => {
    const doc = buildDocument(report, SEED_SETTINGS);
    expect(runsText(doc.body[0].runs)).toBe(
      "Sở Công Thương nhận được Công văn số 80/SNNPTNT-VPĐPNTM ngày 10 tháng 01 năm 2024 của Sở Nông nghiệp và Phát triển nông thôn về việc báo cáo kết quả triển khai thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) trên địa bàn tỉnh An Giang năm 2023."
    );
  });

  it("has the three section headings in order and the data paragraphs unchanged in section 1", () => {
    const doc = buildDocument(report, SEED_SETTINGS);
    const headings = doc.body.filter((p) => p.kind === "heading").map((p) => runsText(p.runs));
    expect(headings).toEqual([
      "1. Kết quả triển khai thực hiện Chương trình năm 2023",
      "2. Những khó khăn, thuận lợi trong quá trình triển khai thực hiện",
      "3. Kế hoạch triển khai thực hiện năm 2024",
    ]);
    const texts = doc.body.map((p) => runsText(p.runs));
    const section2 = texts.indexOf(headings[1]);
    for (const p of report.paragraphs) {
      const at = texts.indexOf(runsText(p.runs));
      expect(at).toBeGreaterThan(0);
      expect(at).toBeLessThan(section2);
    }
    // The seed's topic order: training, evaluation, (ranking data), promotion, study trips, policies.
    const order = [
      "Công tác đào tạo tập huấn",
      "Công tác rà soát, đánh giá",
      "Công tác giới thiệu, quảng bá",
      "Công tác hỗ trợ, học tập kinh nghiệm",
      "Thực hiện cơ chế, chính sách",
    ].map((start) => texts.findIndex((t) => t.startsWith(start)));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("ends the closing with ./. and keeps Lưu last among the nơi nhận", () => {
    const doc = buildDocument(report, SEED_SETTINGS);
    const last = runsText(doc.body[doc.body.length - 1].runs);
    expect(last).toMatch(/^Trên đây là báo cáo .* của Sở Công Thương\.\/\.$/);
    expect(doc.recipients.lines.map(runsText)).toEqual([
      "- Sở NN&PTNT;",
      "- BGĐ Sở;",
      "- TTKC&TVPTCN (phối hợp);",
      "- Lưu: VT, P.QLTM.",
    ]);
    expect(doc.signature.role.map(runsText)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]);
    expect(runsText(doc.signature.name)).toBe("Nguyễn Thành Huân");
  });

  it("turns every missing setting into a listed bracketed blank, never 'undefined'", () => {
    const full = buildDocument(report, SEED_SETTINGS);
    const bare = buildDocument(report);
    const text = toDocumentText(bare);
    expect(text).not.toMatch(/undefined|null/);
    expect(bare.blanks.length).toBeGreaterThan(full.blanks.length);
    expect(bare.blanks).toEqual(
      expect.arrayContaining([
        "số ký hiệu công văn yêu cầu báo cáo",
        "cơ quan gửi công văn",
        "Họ và tên người ký",
        "Quyền hạn, chức vụ người ký",
        "viết tắt tên cơ quan",
      ])
    );
    for (const prompt of bare.blanks) expect(text).toContain(`[${prompt}]`);
    // Sections 2 and 3 are always the writer's: blanks even with every setting given.
    expect(full.blanks).toEqual(
      expect.arrayContaining([
        "Nêu thuận lợi trong quá trình triển khai thực hiện",
        "Nêu các nhiệm vụ, giải pháp trọng tâm năm 2024",
      ])
    );
  });

  it("makes a topic without data a blank", () => {
    const empty = { ...report, paragraphs: [] };
    const doc = buildDocument(empty, SEED_SETTINGS);
    expect(doc.blanks).toEqual(
      expect.arrayContaining([
        "Nêu kết quả đánh giá, phân hạng sản phẩm OCOP trong năm",
        "Nêu các kỳ hội chợ, triển lãm đã tham gia",
      ])
    );
  });

  it("keeps document settings through the settings parser, dropping a broken one", () => {
    expect(parseSettings({ document: SEED_SETTINGS }).document).toEqual(SEED_SETTINGS);
    expect(parseSettings({ document: { signerName: 5 } }).document).toBeUndefined();
  });
});
