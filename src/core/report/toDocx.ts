import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "docx";
import { keepTogether } from "./noBreak";
import { escapeHtml } from "./toWordHtml";
import type { ReportModel, Run } from "./model";
import { PAGE_FORMAT as PAGE, PARAGRAPH_FORMAT as F, twips } from "./paragraphFormat";
import { fixZipTimestamps } from "./zipTimestamps";

/** Word spell-checks Vietnamese text only when the text says it is Vietnamese. */
const LANGUAGE = { value: "vi-VN", eastAsia: "vi-VN", bidirectional: "vi-VN" } as const;

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
    text: keepTogether(run.text),
    bold: run.bold,
    italics: run.italic,
    font: F.font,
    size: F.sizePt * 2,
    language: LANGUAGE,
  });
}

/** The title: a heading, centred and bold, not justified or indented. */
const headingOptions = {
  alignment: AlignmentType.CENTER,
  indent: { firstLine: 0 },
  spacing: paragraphOptions.spacing,
} as const;

/**
 * The report as a Word document: A4, margins 20/20/30/15 mm, Times New Roman 14 pt, justified,
 * first-line indent 1,27 cm, 6 pt after (Nghị định 30/2020/NĐ-CP); the title a centred
 * heading; vi-VN as the document's language; page numbers in the footer from page 2 (NĐ
 * 30/2020/NĐ-CP Phụ lục I: the first page carries none). The document's dates are the report
 * date, so the same model gives the same bytes. Cell text goes in as text runs, never as markup.
 */
export async function toDocx(model: ReportModel): Promise<Uint8Array> {
  const paragraphs = [
    new Paragraph({ ...headingOptions, children: model.title.map(textRun) }),
    ...model.paragraphs.map(
      (p) => new Paragraph({ ...paragraphOptions, children: p.runs.map(textRun) })
    ),
  ];
  const title = model.title.map((r) => r.text).join("");
  const doc = new Document({
    creator: model.agency,
    title,
    styles: {
      default: {
        document: {
          run: { font: F.font, size: F.sizePt * 2, language: LANGUAGE },
          paragraph: paragraphOptions,
        },
      },
    },
    sections: [
      {
        properties: {
          // A first page of its own: its footer is empty, later pages carry the number.
          titlePage: true,
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
        footers: {
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [PageNumber.CURRENT],
                    font: F.font,
                    size: F.sizePt * 2,
                  }),
                ],
              }),
            ],
          }),
        },
        children: paragraphs,
      },
    ],
  });
  const stamp = `${model.reportDate}T00:00:00Z`;
  const core = coreXml(title, model.agency, stamp);
  const bytes = await Packer.toArrayBuffer(doc, false, [{ path: "docProps/core.xml", data: core }]);
  return fixZipTimestamps(new Uint8Array(bytes), model.reportDate);
}

export function coreXml(title: string, creator: string, stamp: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeHtml(title)}</dc:title>` +
    `<dc:creator>${escapeHtml(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}
