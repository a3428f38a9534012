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
import { ND30_SIZE as SIZE, RECIPIENTS_HEADING_PT, RECIPIENTS_PT, TABLE_PT } from "./nd30Sizes";

/** Text width of A4 less the ND 30 left and right margins. */
const TEXT_WIDTH = twips(PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm);

/** The header table reaches this far into each side margin; its left column is this wide. */
const HEADER_OUTDENT_MM = 7;
const HEADER_LEFT_MM = 70;

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

function centred(line: DocLine, sizePt: number, extra: Partial<DocRun> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    children: line.map((r) => run({ ...r, ...extra }, sizePt)),
  });
}

/**
 * A rule under the line above: an empty paragraph one point high whose top border, narrowed by
 * indents, is `length` twips long and centred in a column `width` wide. On its own paragraph so
 * the indents never narrow the text itself (LibreOffice wrapped "SỞ CÔNG THƯƠNG" when they did).
 */
function rule(width: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // Three points below the line above, so the rule never touches its letters.
    spacing: { before: 60, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    indent: { left: side, right: side },
    children: [run({ text: "" }, 1)],
  });
}

/**
 * About how long a line of Times New Roman is, in twips: the rule's length is measured against
 * it. Average advance widths of the font's glyphs, in em: capitals ~0.72 bold, mixed case ~0.46.
 */
function lineLength(text: string, sizePt: number, capitals: boolean): number {
  return Math.round(text.length * sizePt * 20 * (capitals ? 0.72 : 0.46));
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    // No inner padding: the columns are already as wide as the header's longest line allows.
    margins: { left: 0, right: 0 },
    children,
  });
}

/**
 * Two borderless columns: the header and the nơi nhận/signature block are laid out this way.
 * `outdent` widens the table into both margins (the header's Quốc hiệu needs ~105 mm at 13 pt).
 */
function twoColumns(left: Paragraph[], right: Paragraph[], leftWidth: number, outdent = 0): Table {
  const width = TEXT_WIDTH + 2 * outdent;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [leftWidth, width - leftWidth],
    indent: outdent ? { size: -outdent, type: WidthType.DXA } : undefined,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(leftWidth, left), cell(width - leftWidth, right)] })],
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
  // Phụ lục I's layout: ô 1 (left) about 2/5 of the line, Quốc hiệu (right) on one line.
  const outdent = twips(HEADER_OUTDENT_MM);
  const leftWidth = twips(HEADER_LEFT_MM);
  const rightWidth = TEXT_WIDTH + 2 * outdent - leftWidth;
  const agencyText = runsText(h.agency);
  const header = twoColumns(
    [
      centred(h.parentAgency, SIZE.agency),
      centred(h.agency, SIZE.agency, { bold: true }),
      // NĐ 30 I.II.2.b: a rule 1/3 to 1/2 of the agency line's length, centred under it.
      rule(leftWidth, Math.round(lineLength(agencyText, SIZE.agency, true) * 0.4)),
      centred([], SIZE.number),
      centred(h.number, SIZE.number),
    ],
    [
      centred([{ text: h.nation }], SIZE.nation, { bold: true }),
      centred([{ text: h.motto }], SIZE.motto, { bold: true }),
      // NĐ 30 I.II.1.b: the motto's rule is as long as the motto.
      rule(rightWidth, lineLength(h.motto, SIZE.motto, false)),
      centred([], SIZE.place),
      centred(h.placeAndDate, SIZE.place, { italic: true }),
    ],
    leftWidth,
    outdent
  );
  const title = [
    new Paragraph({
      spacing: { before: 240 },
      alignment: AlignmentType.CENTER,
      children: [run({ text: doc.kind, bold: true }, SIZE.title)],
    }),
    ...doc.summary.map((l) => centred(l, SIZE.title, { bold: true })),
    // NĐ 30 I.II.5.b: a rule 1/3 to 1/2 of the trích yếu's last line, centred under it.
    rule(
      TEXT_WIDTH,
      Math.round(
        lineLength(runsText(doc.summary[doc.summary.length - 1] ?? []), SIZE.title, true) * 0.4
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
    Math.round(TEXT_WIDTH / 2)
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
  const widths = columnWidths(a, width);
  const cellOf = (text: string, bold: boolean, i: number) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
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
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: a.columns.map((c, i) => cellOf(c, true, i)) }),
      ...a.rows.map((r) => new TableRow({ children: r.map((c, i) => cellOf(c, false, i)) })),
    ],
  });
}

/**
 * Column widths after what they hold: "STT" narrow, names wide. Equal columns made the number
 * column as wide as the product's name and wrapped every name (seen in LibreOffice's rendering).
 */
function columnWidths(a: Appendix, width: number): number[] {
  const longest = (i: number) =>
    Math.max(
      ...a.columns[i].split(" ").map((w) => w.length),
      ...a.rows.map((r) => (r[i] ?? "").length)
    );
  // Two characters more than the longest for the cell's padding; no column under six.
  const weights = a.columns.map((_, i) => Math.min(30, Math.max(6, longest(i) + 2)));
  const total = weights.reduce((n, w) => n + w, 0);
  const widths = weights.map((w) => Math.floor((width * w) / total));
  widths[widths.length - 1] += width - widths.reduce((n, w) => n + w, 0);
  return widths;
}
