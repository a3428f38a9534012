import { escapeHtml } from "../toWordHtml";
import { PARAGRAPH_FORMAT as F } from "../paragraphFormat";
import type { DocLine, DocRun, DocumentModel } from "./model";
import type { Appendix } from "./appendices";
import { ND30_SIZE as SIZE, RECIPIENTS_HEADING_PT, RECIPIENTS_PT, TABLE_PT } from "./nd30Sizes";

/**
 * The full document as one HTML fragment for Word's clipboard: inline styles only (Word drops
 * stylesheets), the header and signature as borderless tables, blanks highlighted, text escaped.
 * Sizes and styles as in toDocumentDocx, from one table (nd30Sizes.ts: Nghị định 30/2020/NĐ-CP,
 * Phụ lục I).
 */
export function toDocumentHtml(doc: DocumentModel): string {
  const h = doc.header;
  const header = table(
    [
      line(h.parentAgency, SIZE.agency),
      line(
        h.agency,
        SIZE.agency,
        "font-weight:bold;border-bottom:1px solid #000;display:inline-block"
      ),
      line(h.number, SIZE.number),
    ],
    [
      line([{ text: h.nation, bold: true }], SIZE.nation),
      line(
        [{ text: h.motto, bold: true }],
        SIZE.motto,
        "border-bottom:1px solid #000;display:inline-block"
      ),
      line(h.placeAndDate, SIZE.place),
    ],
    40
  );
  const title = [[{ text: doc.kind, bold: true }], ...doc.summary]
    .map((l) => line(l, SIZE.title))
    .join("");
  const body = doc.body
    .map(
      (p) =>
        `<p style="${BODY}${p.kind === "heading" ? ";font-weight:bold" : ""}">${runs(p.runs)}</p>`
    )
    .join("");
  const closing = table(
    [
      `<p style="margin:0;font-size:${RECIPIENTS_HEADING_PT}pt"><b><i>${escapeHtml(doc.recipients.heading)}</i></b></p>`,
      ...doc.recipients.lines.map(
        (l) => `<p style="margin:0;font-size:${RECIPIENTS_PT}pt">${runs(l)}</p>`
      ),
    ],
    [
      ...doc.signature.role.map((l) => line(l, SIZE.sign)),
      '<p style="margin:0">&nbsp;</p>'.repeat(3),
      line(doc.signature.name, SIZE.sign),
    ],
    50
  );
  return `<div lang="vi" style="font-family:'${F.font}',serif;font-size:${F.sizePt}pt">${header}${title}${body}${closing}${doc.appendices.map(appendixHtml).join("")}</div>`;
}

const BODY = [
  "margin:0cm",
  `margin-bottom:${F.spaceAfterPt}pt`,
  "text-align:justify",
  `text-indent:${F.firstLineIndentCm}cm`,
  `line-height:${Math.round(F.lineSpacing * 100)}%`,
  `font-size:${F.sizePt}pt`,
].join(";");

function runHtml(r: DocRun): string {
  let html = escapeHtml(r.text);
  if (r.italic) html = `<i>${html}</i>`;
  if (r.bold) html = `<b>${html}</b>`;
  if (r.blank) html = `<span style="background:yellow;mso-highlight:yellow">${html}</span>`;
  return html;
}

const runs = (l: DocLine): string => l.map(runHtml).join("");

function line(l: DocLine, sizePt: number, style = ""): string {
  const inner = style ? `<span style="${style}">${runs(l)}</span>` : runs(l);
  return `<p style="margin:0;text-align:center;font-size:${sizePt}pt">${inner}</p>`;
}

function table(left: string[], right: string[], leftPercent: number): string {
  const td = (cells: string[], w: number) =>
    `<td style="width:${w}%;border:none;vertical-align:top;padding:0">${cells.join("")}</td>`;
  return (
    '<table style="width:100%;border-collapse:collapse;border:none">' +
    `<tr>${td(left, leftPercent)}${td(right, 100 - leftPercent)}</tr></table>`
  );
}

const CELL = `border:1px solid #000;padding:2pt 4pt;font-size:${TABLE_PT}pt;vertical-align:top`;

/** An appendix as a ruled table after the signature, its header row marked as such. */
export function appendixHtml(a: Appendix): string {
  const head = a.columns.map((c) => `<th style="${CELL}">${escapeHtml(c)}</th>`).join("");
  const rows = a.rows
    .map((r) => `<tr>${r.map((c) => `<td style="${CELL}">${escapeHtml(c)}</td>`).join("")}</tr>`)
    .join("");
  return (
    `<p style="margin:12pt 0 6pt;text-align:center;font-size:${SIZE.title}pt"><b>${escapeHtml(a.title)}</b></p>` +
    `<table style="width:100%;border-collapse:collapse"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`
  );
}
