import type { DocumentSettings } from "../../documentSettings";
import { provinceText } from "../placeInRunningText";
import { blank, MOTTO, NATION, type DocLine, type DocumentHeader } from "./model";

/** Header facts the frame needs from the general settings. */
export interface FrameContext {
  year: number;
  province: string;
  agency: string;
}

const upper = (text: string): string => text.toLocaleUpperCase("vi-VN");

/**
 * The header of Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, placed as the sơ đồ of Mục IV puts
 * it: Quốc hiệu and tiêu ngữ (ô số 1), cơ quan chủ quản and cơ quan ban hành (ô số 2), số ký hiệu
 * (ô số 3), địa danh and ngày tháng (ô số 4). The signing day is left to the signer: the document
 * is dated when signed.
 */
export function documentHeader(s: DocumentSettings, ctx: FrameContext): DocumentHeader {
  const agency = s.agency ?? ctx.agency;
  const code = s.agencyCode;
  return {
    // NĐ 30 I.II.2.b: cơ quan chủ quản in hoa, đứng; cơ quan ban hành in hoa, đứng, đậm.
    parentAgency: [{ text: upper(s.parentAgency ?? defaultParentAgency(ctx.province, ctx.year)) }],
    agency: [{ text: upper(agency), bold: true }],
    // NĐ 30 I.II.3.c: "Số:" then the number (left for the văn thư) and the ký hiệu "BC-...".
    number: code
      ? [{ text: `Số:        /BC-${code}` }]
      : [{ text: "Số:        /BC-" }, blank("viết tắt tên cơ quan")],
    nation: NATION,
    motto: MOTTO,
    // NĐ 30 I.II.4.c: in thường, nghiêng; the day and month are the văn thư's to fill.
    placeAndDate: [
      { text: `${s.place ?? ctx.province}, `, italic: true },
      { text: "ngày      tháng      năm ", italic: true },
      { text: String(ctx.year + 1), italic: true },
    ],
  };
}

/**
 * "Trích yếu" of the seed: the year's results and the next year's plan, on up to three lines;
 * NĐ 30 I.II.5.b: in thường, đứng, đậm, under the tên loại "BÁO CÁO" (in hoa, đứng, đậm).
 */
export function summaryLines(year: number): DocLine[] {
  return [
    [{ text: "Kết quả công tác triển khai thực hiện nhiệm vụ và kết quả đạt được", bold: true }],
    [
      {
        text: `Chương trình Mỗi xã một sản phẩm (OCOP) năm ${year} và Kế hoạch năm ${year + 1}`,
        bold: true,
      },
    ],
  ];
}

/**
 * The cơ quan chủ quản of a provincial department when none is set: the province's People's
 * Committee under its name in force at the end of the report year ("UBND tỉnh An Giang",
 * "UBND thành phố Cần Thơ"); a name the list does not know is written as it is.
 */
export function defaultParentAgency(province: string, year: number): string {
  const named = provinceText(province, `${year}-12-31`);
  return `UBND ${named === province ? `tỉnh ${province}` : named}`;
}
