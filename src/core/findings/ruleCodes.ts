import { formatNumber, shortDate } from "../text/wording";
import type { FindingSpec, Messages } from "./spec";

/** Recognition levels as an English reader names them. */
const LEVEL_EN: Record<string, string> = {
  huyện: "district",
  tỉnh: "province",
  "trung ương": "central",
};

/** The recognising bodies of QĐ 26/2026/QĐ-TTg as an English reader names them. */
const BODY_EN: Record<string, string> = {
  "UBND cấp tỉnh": "the provincial People's Committee",
  "Bộ Nông nghiệp và Môi trường": "the Ministry of Agriculture and Environment",
};

/** "huyện|tỉnh" (as rules pass a list of levels) → "huyện hoặc tỉnh" / "district or province". */
const levelsVi = (list: string): string => String(list).split("|").join(" hoặc ");
const levelsEn = (list: string): string =>
  String(list)
    .split("|")
    .map((level) => LEVEL_EN[level] ?? level)
    .join(" or ");

/** A score as Vietnamese writes it: 69,5. */
const scoreVi = (score: number): string => formatNumber(Number(score));
const date = (iso: string): string => shortDate(String(iso));
const producerVi = (producer: string): string => (producer ? ` của ${producer}` : "");
const producerEn = (producer: string): string => (producer ? ` by ${producer}` : "");

/** Both sheets say the same: only 3★, 4★ and 5★ are recognised (QĐ 148/QĐ-TTg 24/02/2023). */
const starsNotRecognised: Messages<{ stars: number }> = {
  vi: (p) => `Sản phẩm ${p.stars} sao không được công nhận OCOP (chỉ công nhận 3, 4, 5 sao).`,
  en: (p) => `A ${p.stars}-star product is not OCOP-recognised (only 3, 4 and 5 stars are).`,
};

/** What the rules find (core/rules), one literal code each, raised where `git grep` shows. */
export const RULE_FINDINGS = {
  "fairs.fairCode.duplicate": {
    severity: "error",
    vi: (p: { fairCode: string; firstRow: number }) =>
      `Mã hội chợ "${p.fairCode}" trùng với dòng ${p.firstRow}.`,
    en: (p: { fairCode: string; firstRow: number }) =>
      `Fair code "${p.fairCode}" already used on row ${p.firstRow}.`,
  },
  "fairs.endDate.beforeStart": {
    severity: "error",
    vi: (p: { startDate: string; endDate: string }) =>
      `Ngày kết thúc ${date(p.endDate)} trước ngày bắt đầu ${date(p.startDate)}.`,
    en: (p: { startDate: string; endDate: string }) =>
      `End date ${date(p.endDate)} is before the start date ${date(p.startDate)}.`,
  },
  "fairs.endDate.tooLong": {
    severity: "warning",
    vi: (p: { days: number; maxDays: number; startDate: string; endDate: string }) =>
      `Hội chợ kéo dài ${p.days} ngày (${date(p.startDate)} – ${date(p.endDate)}), ` +
      `quá ${p.maxDays} ngày; đề nghị kiểm tra lại ngày.`,
    en: (p: { days: number; maxDays: number; startDate: string; endDate: string }) =>
      `The fair lasts ${p.days} days (${date(p.startDate)} – ${date(p.endDate)}), ` +
      `more than ${p.maxDays}; please check the dates.`,
  },
  "fairs.startDate.outsideReportYear": {
    severity: "warning",
    vi: (p: { startDate: string; reportYear: number }) =>
      `Hội chợ (từ ${date(p.startDate)}) không thuộc năm báo cáo ${p.reportYear}.`,
    en: (p: { startDate: string; reportYear: number }) =>
      `The fair (from ${date(p.startDate)}) is outside the report year ${p.reportYear}.`,
  },
  "exhibits.fairCode.unknown": {
    severity: "error",
    vi: (p: { fairCode: string }) => `Mã hội chợ "${p.fairCode}" không có trong danh sách hội chợ.`,
    en: (p: { fairCode: string }) => `Fair code "${p.fairCode}" is not in the fairs sheet.`,
  },
  "exhibits.product.duplicateAtFair": {
    severity: "warning",
    vi: (p: { product: string; fairCode: string; firstRow: number }) =>
      `Sản phẩm "${p.product}" đã kê tại hội chợ ${p.fairCode} ở dòng ${p.firstRow}.`,
    en: (p: { product: string; fairCode: string; firstRow: number }) =>
      `Product "${p.product}" is already listed for fair ${p.fairCode} on row ${p.firstRow}.`,
  },
  "exhibits.product.notRanked": {
    severity: "warning",
    vi: (p: { product: string; producer: string }) =>
      `Sản phẩm OCOP "${p.product}"${producerVi(p.producer)} không có trong danh sách sản phẩm OCOP được công nhận.`,
    en: (p: { product: string; producer: string }) =>
      `OCOP product "${p.product}"${producerEn(p.producer)} is not on the ranked products sheet.`,
  },
  "exhibits.stars.rankedMismatch": {
    severity: "warning",
    vi: (p: { stars: number; rankedStars: number; rankedRow: number }) =>
      `Hạng ${p.stars} sao khác với danh sách sản phẩm OCOP (${p.rankedStars} sao, dòng ${p.rankedRow}).`,
    en: (p: { stars: number; rankedStars: number; rankedRow: number }) =>
      `${p.stars} stars differ from the ranked products sheet (${p.rankedStars} stars, row ${p.rankedRow}).`,
  },
  "exhibits.stars.notOcop": {
    severity: "warning",
    vi: (p: { stars: number; category: string }) =>
      `Sản phẩm loại "${p.category}" không có hạng sao OCOP; đề nghị kiểm tra loại sản phẩm hoặc hạng sao.`,
    en: (p: { stars: number; category: string }) =>
      `A "${p.category}" product has no OCOP stars; please check the category or the stars.`,
  },
  "exhibits.stars.notRecognised": { severity: "error", ...starsNotRecognised },
  "exhibits.product.notYetRanked": {
    severity: "warning",
    vi: (p: { product: string; fairDate: string; decisionDate: string; rankedRow: number }) =>
      `"${p.product}" được trưng bày là sản phẩm OCOP tại hội chợ kết thúc ngày ` +
      `${date(p.fairDate)} nhưng đến ngày ${date(p.decisionDate)} mới được công nhận ` +
      `(dòng ${p.rankedRow} sheet sản phẩm OCOP).`,
    en: (p: { product: string; fairDate: string; decisionDate: string; rankedRow: number }) =>
      `"${p.product}" was shown as an OCOP product at a fair that ended on ` +
      `${date(p.fairDate)}, but was first recognised on ${date(p.decisionDate)} ` +
      `(row ${p.rankedRow} of the ranked sheet).`,
  },
  "exhibits.product.expiredAtFair": {
    severity: "warning",
    vi: (p: { product: string; fairDate: string; expiryDate: string; rankedRow: number }) =>
      `Giấy chứng nhận OCOP của sản phẩm hết hạn ngày ${date(p.expiryDate)}, ` +
      `trước ngày hội chợ ${date(p.fairDate)} (dòng ${p.rankedRow} danh sách OCOP).`,
    en: (p: { product: string; fairDate: string; expiryDate: string; rankedRow: number }) =>
      `The product's OCOP certificate expired on ${date(p.expiryDate)}, ` +
      `before the fair on ${date(p.fairDate)} (ranked sheet row ${p.rankedRow}).`,
  },
  "products.score.outOfRange": {
    severity: "error",
    vi: (p: { score: number }) => `Điểm ${scoreVi(p.score)} nằm ngoài thang điểm 0–100.`,
    en: (p: { score: number }) => `Score ${p.score} is outside 0–100.`,
  },
  "products.stars.notRecognised": { severity: "error", ...starsNotRecognised },
  "products.stars.scoreMismatch": {
    severity: "error",
    vi: (p: { score: number; stars: number; expectedStars: number }) =>
      `Điểm ${scoreVi(p.score)} ứng với hạng ${p.expectedStars} sao, không phải ${p.stars} sao` +
      (Number(p.expectedStars) < 3 ? " (dưới 50 điểm không được công nhận OCOP)." : "."),
    en: (p: { score: number; stars: number; expectedStars: number }) =>
      `Score ${p.score} gives ${p.expectedStars} stars, not ${p.stars}` +
      (Number(p.expectedStars) < 3 ? " (below 50 points a product is not recognised)." : "."),
  },
  "products.decisionDate.future": {
    severity: "error",
    vi: (p: { decisionDate: string; today: string }) =>
      `Ngày quyết định ${date(p.decisionDate)} sau ngày hiện tại ${date(p.today)}.`,
    en: (p: { decisionDate: string; today: string }) =>
      `Decision date ${date(p.decisionDate)} is after today (${date(p.today)}).`,
  },
  "products.product.duplicate": {
    severity: "warning",
    vi: (p: { product: string; producer: string; firstRow: number }) =>
      `Sản phẩm "${p.product}"${producerVi(p.producer)} trùng với dòng ${p.firstRow}.`,
    en: (p: { product: string; producer: string; firstRow: number }) =>
      `Product "${p.product}"${producerEn(p.producer)} already listed on row ${p.firstRow}.`,
  },
  "products.decisionDate.expired": {
    severity: "warning",
    vi: (p: { decisionDate: string; expiryDate: string; reportDate: string }) =>
      `Giấy chứng nhận hết hạn ngày ${date(p.expiryDate)} ` +
      `(tính đến ${date(p.reportDate)}), cần đánh giá lại.`,
    en: (p: { decisionDate: string; expiryDate: string; reportDate: string }) =>
      `The certificate expired on ${date(p.expiryDate)} ` +
      `(as of ${date(p.reportDate)}); the product needs re-ranking.`,
  },
  "products.level.era": {
    severity: "warning",
    vi: (p: { level: string; stars: number; decisionDate: string; expectedLevels: string }) =>
      `Sản phẩm ${p.stars} sao công nhận ngày ${date(p.decisionDate)} do cấp ` +
      `${levelsVi(p.expectedLevels)} công nhận, không phải cấp ${p.level}.`,
    en: (p: { level: string; stars: number; decisionDate: string; expectedLevels: string }) =>
      `On ${date(p.decisionDate)} a ${p.stars}-star product is recognised at ` +
      `${levelsEn(p.expectedLevels)} level, not ${levelsEn(p.level)} level.`,
  },
  // QĐ 26/2026/QĐ-TTg Điều 4.1: UBND cấp tỉnh recognises 3★ and 4★, the ministry 5★.
  "products.level.notRecogniser": {
    severity: "warning",
    vi: (p: { level: string; stars: number; decisionDate: string; body: string }) =>
      `Theo Quyết định 26/2026/QĐ-TTg, sản phẩm ${p.stars} sao công nhận ngày ` +
      `${date(p.decisionDate)} do ${p.body} công nhận, không phải cấp ${p.level}.`,
    en: (p: { level: string; stars: number; decisionDate: string; body: string }) =>
      `Under Decision 26/2026/QĐ-TTg, a ${p.stars}-star product recognised on ` +
      `${date(p.decisionDate)} is recognised by ${BODY_EN[p.body] ?? p.body}, ` +
      `not at ${levelsEn(p.level)} level.`,
  },
  // QĐ 26/2026/QĐ-TTg Điều 7.6a: dossiers 180 to 120 days before expiry.
  "products.decisionDate.reevaluationOpen": {
    severity: "warning",
    vi: (p: Reevaluation) =>
      `Giấy chứng nhận hết hạn ngày ${date(p.expiryDate)}: hồ sơ đánh giá lại nộp từ ngày ` +
      `${date(p.openDate)} đến ngày ${date(p.closeDate)} (Quyết định 26/2026/QĐ-TTg); ` +
      `tính đến ${date(p.reportDate)} đang trong thời hạn nộp.`,
    en: (p: Reevaluation) =>
      `The certificate expires on ${date(p.expiryDate)}: the re-evaluation dossier is due from ` +
      `${date(p.openDate)} to ${date(p.closeDate)} (Decision 26/2026/QĐ-TTg); ` +
      `as of ${date(p.reportDate)} the window is open.`,
  },
  "products.decisionDate.reevaluationMissed": {
    severity: "warning",
    vi: (p: Reevaluation) =>
      `Giấy chứng nhận hết hạn ngày ${date(p.expiryDate)}: thời hạn nộp hồ sơ đánh giá lại ` +
      `từ ngày ${date(p.openDate)} đến ngày ${date(p.closeDate)} đã qua (tính đến ` +
      `${date(p.reportDate)}); nếu chưa nộp, giấy chứng nhận chỉ còn hiệu lực đến khi có ` +
      `kết quả, không quá ngày ${date(p.lastDate)} (Quyết định 26/2026/QĐ-TTg).`,
    en: (p: Reevaluation) =>
      `The certificate expires on ${date(p.expiryDate)}: the re-evaluation window from ` +
      `${date(p.openDate)} to ${date(p.closeDate)} has passed (as of ${date(p.reportDate)}); ` +
      `without a dossier it runs until a decision, at most until ${date(p.lastDate)} ` +
      `(Decision 26/2026/QĐ-TTg).`,
  },
  "products.expiryDate.mismatch": {
    severity: "warning",
    vi: (p: { expiryDate: string; expectedExpiry: string }) =>
      `Ngày hết hạn phải là ${date(p.expectedExpiry)} (36 tháng kể từ ngày quyết định), ` +
      `không phải ${date(p.expiryDate)}.`,
    en: (p: { expiryDate: string; expectedExpiry: string }) =>
      `The expiry date should be ${date(p.expectedExpiry)} (36 months after the decision), ` +
      `not ${date(p.expiryDate)}.`,
  },
  "products.productSet.wrongGroup": {
    severity: "warning",
    vi: (p: SetAndGroup) =>
      `Bộ sản phẩm "${p.productSetName}" thuộc nhóm ${p.setGroupName}, ` +
      `không thuộc nhóm ${p.groupName} của dòng này.`,
    en: (p: SetAndGroup) =>
      `Product set "${p.productSetName}" belongs to group ${p.setGroupName}, ` +
      `not to this row's group ${p.groupName}.`,
  },
} as const satisfies Record<string, FindingSpec>;

type Reevaluation = {
  expiryDate: string;
  openDate: string;
  closeDate: string;
  reportDate: string;
  lastDate: string;
};

type SetAndGroup = {
  productSet: number;
  productSetName: string;
  setGroup: number;
  setGroupName: string;
  group: number;
  groupName: string;
};
