import type { Appendix } from "../../core/report/document";
import { appendixHtml } from "../../core/report/document/toDocumentHtml";
import { PARAGRAPH_FORMAT as F } from "../../core/report/paragraphFormat";

/** One appendix for the clipboard: its title and ruled table for Word, tab-separated text. */
export function appendixClipboard(a: Appendix): { html: string; text: string } {
  const html = `<div lang="vi" style="font-family:'${F.font}',serif;font-size:${F.sizePt}pt">${appendixHtml(a)}</div>`;
  // Tabs between cells: pasted as text into Excel or Word, each cell lands in its own column.
  const cell = (c: string) => c.replace(/[\t\r\n]+/g, " ");
  const text = [a.title, ...[a.columns, ...a.rows].map((r) => r.map(cell).join("\t"))].join("\n");
  return { html, text: `${text}\n` };
}
