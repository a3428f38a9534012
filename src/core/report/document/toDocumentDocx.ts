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
 * Sizes (pt) and styles of Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I ("NĐ 30 I.II.1.a" below is
 * Phần I, Mục II, khoản 1, điểm a); each value cites its point. The cells are laid out as the
 * sơ đồ of Mục IV places them: ô số 1 and 4 right, ô số 2 and 3 left, 9b left beside 7a–7c.
 */
const SIZE = {
  // NĐ 30 I.II.2.b: tên cơ quan chủ quản in hoa, đứng; cơ quan ban hành in hoa, đứng, đậm; 12–13.
  agency: 13,
  // NĐ 30 I.II.3.c: "Số" in thường, ký hiệu in hoa, cỡ chữ 13, đứng.
  number: 13,
  // NĐ 30 I.II.1.a: Quốc hiệu in hoa, 12–13, đứng, đậm.
  nation: 13,
  // NĐ 30 I.II.1.b: Tiêu ngữ in thường, 13–14, đứng, đậm, đường kẻ bằng độ dài dòng chữ.
  motto: 14,
  // NĐ 30 I.II.4.c: địa danh và thời gian in thường, 13–14, nghiêng.
  place: 14,
  // NĐ 30 I.II.5.b: tên loại in hoa, trích yếu in thường; 13–14, đứng, đậm, canh giữa.
  title: 14,
  // NĐ 30 I.II.7.đ: quyền hạn, chức vụ in hoa; họ tên in thường; 13–14, đứng, đậm.
  sign: 14,
};
// NĐ 30 I.II.9.d (ô số 9b): "Nơi nhận:" in thường, cỡ chữ 12, nghiêng, đậm.
const RECIPIENTS_HEADING_PT = 12;
// NĐ 30 I.II.9.d (ô số 9b): the list in thường, cỡ chữ 11, đứng, "Lưu: VT, ..." last.
const RECIPIENTS_PT = 11;
// NĐ 30 I.II.2.b and I.II.5.b: a rule 1/3 to 1/2 of its line under the agency and the trích yếu;
// this share of the column is left blank on each side of it (2 × 0,3 leaves 0,4 of the column).
const SHORT_RULE_INDENT = 0.3;
// NĐ 30 I.II.1.b: the tiêu ngữ's rule is as long as the line: "Độc lập - Tự do - Hạnh phúc" at
// 14 pt bold is about two thirds of the right column, so 0,17 is left blank on each side.
const MOTTO_RULE_INDENT = 0.17;
// NĐ 30 sets no size for a table's cells; 12 pt keeps seven columns readable on a landscape A4.
const TABLE_PT = 12;

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
      centred(
        h.agency,
        SIZE.agency,
        { bold: true },
        Math.round(TEXT_WIDTH * leftShare * SHORT_RULE_INDENT)
      ),
      centred([], SIZE.number),
      centred(h.number, SIZE.number),
    ],
    [
      centred([{ text: h.nation }], SIZE.nation, { bold: true }),
      centred(
        [{ text: h.motto }],
        SIZE.motto,
        { bold: true },
        Math.round(TEXT_WIDTH * (1 - leftShare) * MOTTO_RULE_INDENT)
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
    ...doc.summary.map((l, i) =>
      centred(
        l,
        SIZE.title,
        { bold: true },
        // NĐ 30 I.II.5.b: the rule goes under the trích yếu's last line.
        i === doc.summary.length - 1 ? Math.round(TEXT_WIDTH * SHORT_RULE_INDENT) : undefined
      )
    ),
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
          children: [run({ text, bold }, TABLE_PT)],
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
