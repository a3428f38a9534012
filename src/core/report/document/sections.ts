import type { DocumentSettings } from "../../documentSettings";
import type { ReportModel } from "../model";
import { fullDate } from "../../text/wording";
import { isIsoDate } from "../../isoDate";
import { blank, type DocParagraph, type DocRun } from "./model";

const text = (t: string): DocRun => ({ text: t });
const lead = (t: string): DocRun => ({ text: t, italic: true });
const para = (...runs: DocRun[]): DocParagraph => ({ kind: "text", runs });
const heading = (t: string): DocParagraph => ({ kind: "heading", runs: [{ text: t, bold: true }] });

/**
 * The opening, answering the request as the seed does ("Sở Công Thương nhận được Công văn số
 * 80/SNNPTNT-VPĐPNTM ngày 10 tháng 01 năm 2024 của Sở Nông nghiệp ..."); each missing fact a blank.
 */
export function opening(
  s: DocumentSettings,
  agency: string,
  province: string,
  year: number
): DocParagraph[] {
  const date =
    s.requestDate && isIsoDate(s.requestDate)
      ? text(fullDate(s.requestDate))
      : blank("ngày của công văn");
  return [
    para(
      text(`${agency} nhận được Công văn số `),
      s.requestNumber ? text(s.requestNumber) : blank("số ký hiệu công văn yêu cầu báo cáo"),
      text(" "),
      date,
      text(" của "),
      s.requestSender ? text(s.requestSender) : blank("cơ quan gửi công văn"),
      text(
        ` về việc báo cáo kết quả triển khai thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) trên địa bàn tỉnh ${province} năm ${year}.`
      )
    ),
    para(
      text(
        `Qua rà soát một số vấn đề có liên quan đến triển khai thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) năm ${year}, ${agency} thông tin như sau:`
      )
    ),
  ];
}

/**
 * Section 1 with the seed's topics in its order: training, evaluation and ranking, promotion,
 * study trips, support policies. The two data paragraphs go in unchanged; a topic without data
 * is a blank.
 */
export function resultsSection(
  report: ReportModel,
  appended: readonly number[] = []
): DocParagraph[] {
  // The data paragraph stays as written; the reference to its table follows it.
  const see = (n: number): DocRun[] =>
    appended.includes(n) ? [text(` (Chi tiết tại Phụ lục ${n}).`)] : [];
  const data = (id: "ranking" | "promotion") => report.paragraphs.find((p) => p.id === id);
  const ranking = data("ranking");
  const promotion = data("promotion");
  // From the activity sheets when the workbook has them (issue 11); else the writer's blanks.
  const activity = (id: "training" | "evaluation") => report.activities?.find((p) => p.id === id);
  const training = activity("training");
  const evaluation = activity("evaluation");
  return [
    heading(`1. Kết quả triển khai thực hiện Chương trình năm ${report.year}`),
    training
      ? { kind: "text", runs: training.runs }
      : para(
          lead("Công tác đào tạo tập huấn: "),
          blank("Nêu các lớp tập huấn đã tổ chức, chủ trì hoặc báo cáo chuyên đề")
        ),
    evaluation
      ? { kind: "text", runs: evaluation.runs }
      : para(
          lead("Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP: "),
          blank("Nêu việc góp ý hồ sơ, tham dự Hội đồng đánh giá, phân hạng sản phẩm OCOP")
        ),
    ranking
      ? { kind: "text", runs: [...ranking.runs, ...see(1)] }
      : para(blank("Nêu kết quả đánh giá, phân hạng sản phẩm OCOP trong năm")),
    promotion
      ? { kind: "text", runs: [...promotion.runs, ...see(2)] }
      : para(
          lead("Công tác giới thiệu, quảng bá và xúc tiến thương mại: "),
          blank("Nêu các kỳ hội chợ, triển lãm đã tham gia")
        ),
    para(
      lead("Công tác hỗ trợ, học tập kinh nghiệm triển khai Chương trình OCOP: "),
      blank("Nêu các đoàn công tác, khảo sát, học tập kinh nghiệm")
    ),
    para(
      lead("Thực hiện cơ chế, chính sách hỗ trợ chủ thể OCOP, các sản phẩm tiềm năng OCOP: "),
      blank("Nêu các chính sách, đề án đã hỗ trợ và số chủ thể được hỗ trợ")
    ),
  ];
}

/** Sections 2 and 3: wording only people can give, laid out as blanks. */
export function difficultiesAndPlan(year: number): DocParagraph[] {
  return [
    heading("2. Những khó khăn, thuận lợi trong quá trình triển khai thực hiện"),
    para(lead("Thuận lợi: "), blank("Nêu thuận lợi trong quá trình triển khai thực hiện")),
    para(lead("Khó khăn: "), blank("Nêu khó khăn, vướng mắc trong quá trình triển khai thực hiện")),
    heading(`3. Kế hoạch triển khai thực hiện năm ${year + 1}`),
    para(blank(`Nêu các nhiệm vụ, giải pháp trọng tâm năm ${year + 1}`)),
  ];
}

/** "Trên đây là báo cáo ... ./." — the seed's closing, ending in "./." as ND 30 requires. */
export function closing(year: number, agency: string): DocParagraph {
  return para(
    text(
      `Trên đây là báo cáo Kết quả công tác triển khai thực hiện nhiệm vụ và kết quả đạt được Chương trình Mỗi xã một sản phẩm (OCOP) năm ${year} và Kế hoạch năm ${year + 1} của ${agency}./.`
    )
  );
}
