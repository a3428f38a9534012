/**
 * The paragraph format of Nghị định 30/2020/NĐ-CP (domain.md §6), shared by the Word HTML and
 * the .docx so both paste and open alike.
 */
export const PARAGRAPH_FORMAT = {
  font: "Times New Roman",
  sizePt: 14,
  firstLineIndentCm: 1.27,
  spaceAfterPt: 6,
  /** Line spacing as a multiple of single (1,15–1,5 allowed). */
  lineSpacing: 1.2,
} as const;

/** A4 with the margins of Nghị định 30/2020/NĐ-CP, in millimetres. */
export const PAGE_FORMAT = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
} as const;

const TWIPS_PER_MM = 1440 / 25.4;
/** Millimetres in Word's twentieths of a point, as page sizes and margins are written. */
export const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
