import {
  AlignmentType,
  Document,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  TextRun,
} from "docx";
import { escapeHtml } from "./toWordHtml";
import type { ReportModel, Run } from "./model";
import { PAGE_FORMAT as PAGE, PARAGRAPH_FORMAT as F } from "./paragraphFormat";
import { fixZipTimestamps } from "./zipTimestamps";

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);

/** docx stamps core.xml with the time of writing; a fixed one keeps the bytes the same. */
const FIXED_TIMESTAMP = "2024-01-01T00:00:00Z";

const paragraphOptions = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: twips(F.firstLineIndentCm * 10) },
  spacing: {
    after: F.spaceAfterPt * 20,
    line: Math.round(F.lineSpacing * 240),
    lineRule: LineRuleType.AUTO,
  },
} as const;

function textRun(run: Run): TextRun {
  return new TextRun({
    text: run.text,
    bold: run.bold,
    italics: run.italic,
    font: F.font,
    size: F.sizePt * 2,
    // Word spell-checks Vietnamese text only when the run says it is Vietnamese.
    language: { value: "vi-VN" },
  });
}

/**
 * The report as a Word document: A4, margins 20/20/30/15 mm, Times New Roman 14 pt, justified,
 * first-line indent 1,27 cm, 6 pt after (Nghị định 30/2020/NĐ-CP). The same model gives the
 * same bytes. Cell text goes in as text runs, never as markup.
 */
export async function toDocx(model: ReportModel): Promise<Uint8Array> {
  const paragraphs = [model.title, ...model.paragraphs.map((p) => p.runs)].map(
    (runs) => new Paragraph({ ...paragraphOptions, children: runs.map(textRun) })
  );
  const title = model.title.map((r) => r.text).join("");
  const doc = new Document({
    creator: model.agency,
    title,
    styles: {
      default: {
        document: {
          run: { font: F.font, size: F.sizePt * 2 },
          paragraph: paragraphOptions,
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: twips(PAGE.widthMm),
              height: twips(PAGE.heightMm),
              orientation: PageOrientation.PORTRAIT,
            },
            margin: {
              top: twips(PAGE.marginTopMm),
              bottom: twips(PAGE.marginBottomMm),
              left: twips(PAGE.marginLeftMm),
              right: twips(PAGE.marginRightMm),
            },
          },
        },
        children: paragraphs,
      },
    ],
  });
  const core = coreXml(title, model.agency);
  const bytes = await Packer.toArrayBuffer(doc, false, [{ path: "docProps/core.xml", data: core }]);
  return fixZipTimestamps(new Uint8Array(bytes));
}

export function coreXml(title: string, creator: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeHtml(title)}</dc:title>` +
    `<dc:creator>${escapeHtml(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_TIMESTAMP}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_TIMESTAMP}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}
