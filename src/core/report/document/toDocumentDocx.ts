import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { coreXml } from "../toDocx";
import { PAGE_FORMAT as PAGE, PARAGRAPH_FORMAT as F, twips } from "../paragraphFormat";
import { fixZipTimestamps } from "../zipTimestamps";
import { runsText } from "../model";
import type { DocLine, DocRun, DocumentModel } from "./model";
import type { Appendix } from "./appendices";

/** Text width of A4 less the ND 30 left and right margins. */
const TEXT_WIDTH = twips(PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm);

/**
 * Sizes and styles of Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II (each point named):
 * tên cơ quan: in hoa, 12–13, đứng, cơ quan ban hành đậm với đường kẻ 1/3–1/2 dòng chữ;
 * số, ký hiệu: 13, đứng; Quốc hiệu: in hoa, 12–13, đứng, đậm; tiêu ngữ: 13–14, đứng, đậm, đường
 * kẻ bằng dòng chữ; địa danh và thời gian: 13–14, nghiêng; tên loại và trích yếu: 13–14, đậm,
 * canh giữa; chức vụ, họ tên người ký: 13–14, đậm; "Nơi nhận:": 12, nghiêng, đậm; danh sách: 11.
 */
const SIZE = { agency: 13, number: 13, nation: 13, motto: 14, place: 14, title: 14, sign: 14 };
const RECIPIENTS_HEADING_PT = 12;
const RECIPIENTS_PT = 11;

function run(r: DocRun, sizePt: number = F.sizePt): TextRun {
  return new TextRun({
    text: r.text,
    bold: r.bold,
    italics: r.italic,
    font: F.font,
    size: sizePt * 2,
    // A blank must be seen: yellow, as a reviewer's marker would.
    highlight: r.blank ? "yellow" : undefined,
    language: { value: "vi-VN" },
  });
}

function centred(
  line: DocLine,
  sizePt: number,
  extra: Partial<DocRun> = {},
  rule?: number
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    // A rule is the paragraph's bottom border, narrowed by indents to the length ND 30 asks.
    border:
      rule === undefined
        ? undefined
        : { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    indent: rule === undefined ? undefined : { left: rule, right: rule },
    children: line.map((r) => run({ ...r, ...extra }, sizePt)),
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    children,
  });
}

/** Two borderless columns: the header and the nơi nhận/signature block are laid out this way. */
function twoColumns(left: Paragraph[], right: Paragraph[], leftShare: number): Table {
  const l = Math.round(TEXT_WIDTH * leftShare);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [l, TEXT_WIDTH - l],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(l, left), cell(TEXT_WIDTH - l, right)] })],
  });
}

const bodyOptions = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: twips(F.firstLineIndentCm * 10) },
  spacing: {
    after: F.spaceAfterPt * 20,
    line: Math.round(F.lineSpacing * 240),
    lineRule: LineRuleType.AUTO,
  },
} as const;

/**
 * The full document as a Word file: A4 with ND 30 margins, the header as a borderless two-column
 * table, every blank highlighted. The same model gives the same bytes.
 */
export async function toDocumentDocx(doc: DocumentModel): Promise<Uint8Array> {
  const h = doc.header;
  const leftShare = 0.4;
  const header = twoColumns(
    [
      centred(h.parentAgency, SIZE.agency),
      centred(h.agency, SIZE.agency, { bold: true }, Math.round(TEXT_WIDTH * leftShare * 0.3)),
      centred([], SIZE.number),
      centred(h.number, SIZE.number),
    ],
    [
      centred([{ text: h.nation }], SIZE.nation, { bold: true }),
      centred(
        [{ text: h.motto }],
        SIZE.motto,
        { bold: true },
        Math.round(TEXT_WIDTH * (1 - leftShare) * 0.17)
      ),
      centred([], SIZE.place),
      centred(h.placeAndDate, SIZE.place, { italic: true }),
    ],
    leftShare
  );
  const title = [
    new Paragraph({
      spacing: { before: 240 },
      alignment: AlignmentType.CENTER,
      children: [run({ text: doc.kind, bold: true }, SIZE.title)],
    }),
    ...doc.summary.map((l) => centred(l, SIZE.title, { bold: true })),
    centred([], SIZE.title),
  ];
  const body = doc.body.map(
    (p) =>
      new Paragraph({
        ...bodyOptions,
        keepNext: p.kind === "heading",
        children: p.runs.map((r) => run(r)),
      })
  );
  const left = (line: DocLine, sizePt: number, extra: Partial<DocRun> = {}) =>
    new Paragraph({
      spacing: { after: 0 },
      children: line.map((r) => run({ ...r, ...extra }, sizePt)),
    });
  const closing = twoColumns(
    [
      left([{ text: doc.recipients.heading }], RECIPIENTS_HEADING_PT, { bold: true, italic: true }),
      ...doc.recipients.lines.map((l) => left(l, RECIPIENTS_PT)),
    ],
    [
      ...doc.signature.role.map((l) => centred(l, SIZE.sign, { bold: true })),
      ...[0, 1, 2, 3].map(() => centred([], SIZE.sign)),
      centred(doc.signature.name, SIZE.sign, { bold: true }),
    ],
    0.5
  );
  const pageMargin = {
    top: twips(PAGE.marginTopMm),
    bottom: twips(PAGE.marginBottomMm),
    left: twips(PAGE.marginLeftMm),
    right: twips(PAGE.marginRightMm),
  };
  // A landscape page is A4 turned: docx swaps width and height itself for LANDSCAPE.
  const appendixSection = (a: Appendix) => ({
    properties: {
      page: {
        size: {
          width: twips(PAGE.widthMm),
          height: twips(PAGE.heightMm),
          orientation: a.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: pageMargin,
      },
    },
    children: [
      centred([{ text: a.title, bold: true }], SIZE.title),
      centred([], SIZE.title),
      appendixTable(
        a,
        twips((a.landscape ? PAGE.heightMm : PAGE.widthMm) - PAGE.marginLeftMm - PAGE.marginRightMm)
      ),
    ],
  });
  const titleText = [doc.kind, ...doc.summary.map(runsText)].join(" ");
  const creator = runsText(h.agency);
  const file = new Document({
    creator,
    title: titleText,
    styles: { default: { document: { run: { font: F.font, size: F.sizePt * 2 } } } },
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
        children: [header, ...title, ...body, closing],
      },
      ...doc.appendices.map(appendixSection),
    ],
  });
  const core = coreXml(titleText, creator, `${doc.reportDate}T00:00:00Z`);
  const bytes = await Packer.toArrayBuffer(file, false, [
    { path: "docProps/core.xml", data: core },
  ]);
  return fixZipTimestamps(new Uint8Array(bytes), doc.reportDate);
}

const RULE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

/** An appendix as a real table; its header row repeats on every page (w:tblHeader). */
function appendixTable(a: Appendix, width: number): Table {
  const cellOf = (text: string, bold: boolean) =>
    new TableCell({
      borders: { top: RULE, bottom: RULE, left: RULE, right: RULE },
      children: [
        new Paragraph({
          alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { after: 0 },
          children: [run({ text, bold }, 12)],
        }),
      ],
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    rows: [
      new TableRow({ tableHeader: true, children: a.columns.map((c) => cellOf(c, true)) }),
      ...a.rows.map((r) => new TableRow({ children: r.map((c) => cellOf(c, false)) })),
    ],
  });
}
