import { runsText } from "../model";
import type { DocumentModel } from "./model";

/** The document as plain text: readable, blanks in brackets, blocks separated by blank lines. */
export function toDocumentText(doc: DocumentModel): string {
  const h = doc.header;
  const blocks = [
    [runsText(h.parentAgency), runsText(h.agency), runsText(h.number)].join("\n"),
    [h.nation, h.motto, runsText(h.placeAndDate)].join("\n"),
    [doc.kind, ...doc.summary.map(runsText)].join("\n"),
    ...doc.body.map((p) => runsText(p.runs)),
    [doc.recipients.heading, ...doc.recipients.lines.map(runsText)].join("\n"),
    [...doc.signature.role.map(runsText), "", runsText(doc.signature.name)].join("\n"),
    ...doc.appendices.map((a) =>
      [a.title, a.columns.join(" | "), ...a.rows.map((r) => r.join(" | "))].join("\n")
    ),
  ];
  return blocks.join("\n\n") + "\n";
}
