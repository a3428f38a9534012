import { z } from "zod";

/**
 * What the full report's frame needs beyond the data (issue 11): who issues it, who asked for it,
 * who signs it. Every field is optional; a missing one becomes a bracketed blank, never "undefined".
 */
export const DocumentSettingsSchema = z.object({
  /** Cơ quan chủ quản, e.g. "UBND tỉnh An Giang"; absent = "UBND tỉnh <province>". */
  parentAgency: z.string().min(1).optional(),
  /** Cơ quan ban hành; absent = the settings' `agency`. */
  agency: z.string().min(1).optional(),
  /** Chữ viết tắt của cơ quan in "Số: …/BC-SCT", e.g. "SCT". */
  agencyCode: z.string().min(1).optional(),
  /** Địa danh in "An Giang, ngày … tháng … năm …"; absent = the province. */
  place: z.string().min(1).optional(),
  /** The request answered, e.g. "80/SNNPTNT-VPĐPNTM". */
  requestNumber: z.string().min(1).optional(),
  /** ISO date of the request. */
  requestDate: z.string().min(1).optional(),
  /** Who sent the request, e.g. "Sở Nông nghiệp và Phát triển nông thôn". */
  requestSender: z.string().min(1).optional(),
  /** Signer's authority and title lines, e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  signerRole: z.array(z.string().min(1)).optional(),
  signerName: z.string().min(1).optional(),
  /** Nơi nhận lines without "- " and ";", "Lưu: VT, …" excluded (it is always last). */
  recipients: z.array(z.string().min(1)).optional(),
  /** The department keeping the file, in "Lưu: VT, P.QLTM." */
  fileKeeper: z.string().min(1).optional(),
});
export type DocumentSettings = z.infer<typeof DocumentSettingsSchema>;
