import type { ReportModel, Run } from "./model";
import { keepTogether } from "./noBreak";
import { PARAGRAPH_FORMAT as F } from "./paragraphFormat";

/**
 * One HTML fragment for the clipboard. Word ignores stylesheets in pasted HTML, so every
 * paragraph carries its format inline; every text is escaped (cell text is data, never markup).
 * The title is a heading (centred, bold, not indented); "4 sao", "tháng 10/2023" keep together.
 */
export function toWordHtml(model: ReportModel): string {
  const title = `<p style="${HEADING_STYLE}">${model.title.map(runHtml).join("")}</p>`;
  const body = model.paragraphs.map(
    (p) => `<p style="${PARAGRAPH_STYLE}">${p.runs.map(runHtml).join("")}</p>`
  );
  return `<div lang="vi" style="${FONT_STYLE}">${title}${body.join("")}</div>`;
}

const FONT_STYLE = `font-family:'${F.font}',serif;font-size:${F.sizePt}pt`;
const COMMON = [
  "margin:0cm",
  `margin-bottom:${F.spaceAfterPt}pt`,
  `line-height:${Math.round(F.lineSpacing * 100)}%`,
  `font-family:'${F.font}',serif`,
  `font-size:${F.sizePt}pt`,
];
const PARAGRAPH_STYLE = [
  ...COMMON,
  "text-align:justify",
  `text-indent:${F.firstLineIndentCm}cm`,
].join(";");
const HEADING_STYLE = [...COMMON, "text-align:center", "text-indent:0cm", "font-weight:bold"].join(
  ";"
);

function runHtml(run: Run): string {
  let html = escapeHtml(keepTogether(run.text)).replace(/\u00a0/g, "&nbsp;");
  if (run.italic) html = `<i>${html}</i>`;
  if (run.bold) html = `<b>${html}</b>`;
  return html;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
