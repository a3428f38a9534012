import type { ReportModel, Run } from "./model";
import { PARAGRAPH_FORMAT as F } from "./paragraphFormat";

/**
 * One HTML fragment for the clipboard. Word ignores stylesheets in pasted HTML, so every
 * paragraph carries its format inline; every text is escaped (cell text is data, never markup).
 */
export function toWordHtml(model: ReportModel): string {
  const paragraphs = [model.title, ...model.paragraphs.map((p) => p.runs)];
  const body = paragraphs.map(
    (runs) => `<p style="${PARAGRAPH_STYLE}">${runs.map(runHtml).join("")}</p>`
  );
  return `<div lang="vi" style="${FONT_STYLE}">${body.join("")}</div>`;
}

const FONT_STYLE = `font-family:'${F.font}',serif;font-size:${F.sizePt}pt`;
const PARAGRAPH_STYLE = [
  "margin:0cm",
  `margin-bottom:${F.spaceAfterPt}pt`,
  "text-align:justify",
  `text-indent:${F.firstLineIndentCm}cm`,
  `line-height:${Math.round(F.lineSpacing * 100)}%`,
  `font-family:'${F.font}',serif`,
  `font-size:${F.sizePt}pt`,
].join(";");

function runHtml(run: Run): string {
  let html = escapeHtml(run.text);
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
