import type { DocumentSettings } from "../../documentSettings";
import type { ReportModel } from "../model";
import type { Appendix } from "./appendices";
import { documentHeader, summaryLines } from "./frame";
import { blank, blanksOf, type DocLine, type DocumentModel } from "./model";
import { closing, difficultiesAndPlan, opening, resultsSection } from "./sections";

/**
 * The whole report, ready to sign (issue 11): the ND 30 frame around the data paragraphs of
 * `report`, every fact the settings lack left as a blank. Pure and deterministic.
 */
export function buildDocument(
  report: ReportModel,
  settings: DocumentSettings = {},
  appendices: Appendix[] = []
): DocumentModel {
  const agency = settings.agency ?? report.agency;
  const ctx = { year: report.year, province: report.province, agency };
  const header = documentHeader(settings, ctx);
  const summary = summaryLines(report.year);
  const body = [
    ...opening(settings, agency, report.province, report.year),
    ...resultsSection(
      report,
      appendices.map((a) => a.number)
    ),
    ...difficultiesAndPlan(report.year),
    closing(report.year, agency),
  ];
  const recipients = {
    heading: "Nơi nhận:",
    lines: [
      ...(settings.recipients ?? []).map((r): DocLine => [{ text: `- ${r};` }]),
      ...(settings.recipients?.length ? [] : [[{ text: "- " }, blank("Nơi nhận"), { text: ";" }]]),
      settings.fileKeeper
        ? [{ text: `- Lưu: VT, ${settings.fileKeeper}.` }]
        : [{ text: "- Lưu: VT, " }, blank("đơn vị soạn thảo"), { text: "." }],
    ],
  };
  const signature = {
    role: (settings.signerRole ?? []).length
      ? settings.signerRole!.map((t): DocLine => [{ text: t, bold: true }])
      : [[blank("Quyền hạn, chức vụ người ký")]],
    name: settings.signerName
      ? [{ text: settings.signerName, bold: true }]
      : [blank("Họ và tên người ký")],
  };
  const lines: DocLine[] = [
    header.parentAgency,
    header.agency,
    header.number,
    header.placeAndDate,
    ...summary,
    ...body.map((p) => p.runs),
    ...recipients.lines,
    ...signature.role,
    signature.name,
  ];
  return {
    header,
    kind: "BÁO CÁO",
    summary,
    body,
    recipients,
    signature,
    blanks: blanksOf(lines),
    appendices,
    year: report.year,
    reportDate: report.reportDate,
    leftOut: [...report.leftOut, ...(report.activityLeftOut ?? [])],
  };
}
