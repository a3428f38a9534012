import { formatNumber, shortDate } from "../text/wording";
import type { MessageCatalogue, MessageEntry, Params } from "./catalogue";

/** Recognition levels as an English reader names them. */
const LEVEL_EN: Record<string, string> = {
  huyện: "district",
  tỉnh: "province",
  "trung ương": "central",
};

/** "huyện|tỉnh" (as rules pass a list of levels) → "huyện hoặc tỉnh" / "district or province". */
const levelsVi = (list: string | number): string => String(list).split("|").join(" hoặc ");
const levelsEn = (list: string | number): string =>
  String(list)
    .split("|")
    .map((level) => LEVEL_EN[level] ?? level)
    .join(" or ");

/** A score as Vietnamese writes it: 69,5. */
const scoreVi = (p: Params): string => formatNumber(Number(p.score));
const date = (p: Params, key: string): string => shortDate(String(p[key]));
const producerVi = (p: Params): string => (p.producer ? ` của ${p.producer}` : "");
const producerEn = (p: Params): string => (p.producer ? ` by ${p.producer}` : "");

/** Messages for findings raised by the rules (core/rules), keyed by finding code. */
/** Both sheets say the same: the district level ended on 01/7/2025. */
const districtLevelEnded: MessageEntry = {
  vi: (p) =>
    `Từ ngày 01/7/2025 không còn cấp huyện; dòng ngày ${date(p, "date")} cần ghi xã, phường ` +
    `thay cho "${p.district}" (nhập danh sách xã, phường ở sheet Danh mục).`,
  en: (p) =>
    `The district level ended on 01/7/2025; this row of ${date(p, "date")} should name its ` +
    `commune instead of "${p.district}" (list the communes in the Danh mục sheet).`,
};

export const ruleMessages: MessageCatalogue = {
  "fairs.fairCode.duplicate": {
    vi: (p) => `Mã hội chợ "${p.fairCode}" trùng với dòng ${p.firstRow}.`,
    en: (p) => `Fair code "${p.fairCode}" already used on row ${p.firstRow}.`,
  },
  "fairs.endDate.beforeStart": {
    vi: (p) => `Ngày kết thúc ${date(p, "endDate")} trước ngày bắt đầu ${date(p, "startDate")}.`,
    en: (p) => `End date ${date(p, "endDate")} is before the start date ${date(p, "startDate")}.`,
  },
  "fairs.endDate.tooLong": {
    vi: (p) =>
      `Hội chợ kéo dài ${p.days} ngày (${date(p, "startDate")} – ${date(p, "endDate")}), ` +
      `quá ${p.maxDays} ngày; đề nghị kiểm tra lại ngày.`,
    en: (p) =>
      `The fair lasts ${p.days} days (${date(p, "startDate")} – ${date(p, "endDate")}), ` +
      `more than ${p.maxDays}; please check the dates.`,
  },
  "fairs.startDate.outsideReportYear": {
    vi: (p) => `Hội chợ (từ ${date(p, "startDate")}) không thuộc năm báo cáo ${p.reportYear}.`,
    en: (p) =>
      `The fair (from ${date(p, "startDate")}) is outside the report year ${p.reportYear}.`,
  },
  "exhibits.fairCode.unknown": {
    vi: (p) => `Mã hội chợ "${p.fairCode}" không có trong danh sách hội chợ.`,
    en: (p) => `Fair code "${p.fairCode}" is not in the fairs sheet.`,
  },
  "exhibits.product.duplicateAtFair": {
    vi: (p) => `Sản phẩm "${p.product}" đã kê tại hội chợ ${p.fairCode} ở dòng ${p.firstRow}.`,
    en: (p) =>
      `Product "${p.product}" is already listed for fair ${p.fairCode} on row ${p.firstRow}.`,
  },
  "exhibits.product.notRanked": {
    vi: (p) =>
      `Sản phẩm OCOP "${p.product}"${producerVi(p)} không có trong danh sách sản phẩm OCOP được công nhận.`,
    en: (p) => `OCOP product "${p.product}"${producerEn(p)} is not on the ranked products sheet.`,
  },
  "exhibits.stars.rankedMismatch": {
    vi: (p) =>
      `Hạng ${p.stars} sao khác với danh sách sản phẩm OCOP (${p.rankedStars} sao, dòng ${p.rankedRow}).`,
    en: (p) =>
      `${p.stars} stars differ from the ranked products sheet (${p.rankedStars} stars, row ${p.rankedRow}).`,
  },
  "exhibits.stars.notOcop": {
    vi: (p) =>
      `Sản phẩm loại "${p.category}" không có hạng sao OCOP; đề nghị kiểm tra loại sản phẩm hoặc hạng sao.`,
    en: (p) =>
      `A "${p.category}" product has no OCOP stars; please check the category or the stars.`,
  },
  "exhibits.stars.notRecognised": {
    vi: (p) => `Sản phẩm ${p.stars} sao không được công nhận OCOP (chỉ công nhận 3, 4, 5 sao).`,
    en: (p) => `A ${p.stars}-star product is not OCOP-recognised (only 3, 4 and 5 stars are).`,
  },
  "exhibits.district.levelEnded": districtLevelEnded,
  "products.district.levelEnded": districtLevelEnded,
  "exhibits.product.notYetRanked": {
    vi: (p) =>
      `"${p.product}" được trưng bày là sản phẩm OCOP tại hội chợ kết thúc ngày ` +
      `${date(p, "fairDate")} nhưng đến ngày ${date(p, "decisionDate")} mới được công nhận ` +
      `(dòng ${p.rankedRow} sheet sản phẩm OCOP).`,
    en: (p) =>
      `"${p.product}" was shown as an OCOP product at a fair that ended on ` +
      `${date(p, "fairDate")}, but was first recognised on ${date(p, "decisionDate")} ` +
      `(row ${p.rankedRow} of the ranked sheet).`,
  },
  "exhibits.product.expiredAtFair": {
    vi: (p) =>
      `Giấy chứng nhận OCOP của sản phẩm hết hạn ngày ${date(p, "expiryDate")}, ` +
      `trước ngày hội chợ ${date(p, "fairDate")} (dòng ${p.rankedRow} danh sách OCOP).`,
    en: (p) =>
      `The product's OCOP certificate expired on ${date(p, "expiryDate")}, ` +
      `before the fair on ${date(p, "fairDate")} (ranked sheet row ${p.rankedRow}).`,
  },
  "products.score.outOfRange": {
    vi: (p) => `Điểm ${scoreVi(p)} nằm ngoài thang điểm 0–100.`,
    en: (p) => `Score ${p.score} is outside 0–100.`,
  },
  "products.stars.notRecognised": {
    vi: (p) => `Sản phẩm ${p.stars} sao không được công nhận OCOP (chỉ công nhận 3, 4, 5 sao).`,
    en: (p) => `A ${p.stars}-star product is not OCOP-recognised (only 3, 4 and 5 stars are).`,
  },
  "products.stars.scoreMismatch": {
    vi: (p) =>
      `Điểm ${scoreVi(p)} ứng với hạng ${p.expectedStars} sao, không phải ${p.stars} sao` +
      (Number(p.expectedStars) < 3 ? " (dưới 50 điểm không được công nhận OCOP)." : "."),
    en: (p) =>
      `Score ${p.score} gives ${p.expectedStars} stars, not ${p.stars}` +
      (Number(p.expectedStars) < 3 ? " (below 50 points a product is not recognised)." : "."),
  },
  "products.decisionDate.future": {
    vi: (p) => `Ngày quyết định ${date(p, "decisionDate")} sau ngày hiện tại ${date(p, "today")}.`,
    en: (p) => `Decision date ${date(p, "decisionDate")} is after today (${date(p, "today")}).`,
  },
  "products.product.duplicate": {
    vi: (p) => `Sản phẩm "${p.product}"${producerVi(p)} trùng với dòng ${p.firstRow}.`,
    en: (p) => `Product "${p.product}"${producerEn(p)} already listed on row ${p.firstRow}.`,
  },
  "products.decisionDate.expired": {
    vi: (p) =>
      `Giấy chứng nhận hết hạn ngày ${date(p, "expiryDate")} ` +
      `(tính đến ${date(p, "reportDate")}), cần đánh giá lại.`,
    en: (p) =>
      `The certificate expired on ${date(p, "expiryDate")} ` +
      `(as of ${date(p, "reportDate")}); the product needs re-ranking.`,
  },
  "products.level.era": {
    vi: (p) =>
      `Sản phẩm ${p.stars} sao công nhận ngày ${date(p, "decisionDate")} do cấp ` +
      `${levelsVi(p.expectedLevels)} công nhận, không phải cấp ${p.level}.`,
    en: (p) =>
      `On ${date(p, "decisionDate")} a ${p.stars}-star product is recognised at ` +
      `${levelsEn(p.expectedLevels)} level, not ${levelsEn(p.level)} level.`,
  },
  "products.expiryDate.mismatch": {
    vi: (p) =>
      `Ngày hết hạn phải là ${date(p, "expectedExpiry")} (36 tháng kể từ ngày quyết định), ` +
      `không phải ${date(p, "expiryDate")}.`,
    en: (p) =>
      `The expiry date should be ${date(p, "expectedExpiry")} (36 months after the decision), ` +
      `not ${date(p, "expiryDate")}.`,
  },
  "products.productSet.wrongGroup": {
    vi: (p) =>
      `Bộ sản phẩm "${p.productSetName}" thuộc nhóm ${p.setGroupName}, ` +
      `không thuộc nhóm ${p.groupName} của dòng này.`,
    en: (p) =>
      `Product set "${p.productSetName}" belongs to group ${p.setGroupName}, ` +
      `not to this row's group ${p.groupName}.`,
  },
};
