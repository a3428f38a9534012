import type { LeftOut, Run } from "../model";
import type { Appendix } from "./appendices";

/** A run of the full document; a blank is a bracketed prompt the writer must replace. */
export interface DocRun extends Run {
  blank?: boolean;
}

export type DocLine = DocRun[];

/** One body paragraph: a numbered heading, or running text (justified, first-line indent). */
export interface DocParagraph {
  kind: "heading" | "text";
  runs: DocLine;
}

/** The two-column header of Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục IV (ô số 1–4). */
export interface DocumentHeader {
  /** Left: cơ quan chủ quản (capitals), cơ quan ban hành (bold capitals, ruled), "Số: …/BC-…". */
  parentAgency: DocLine;
  agency: DocLine;
  number: DocLine;
  /** Right: Quốc hiệu, tiêu ngữ (ruled), place and date (italic). */
  nation: string;
  motto: string;
  placeAndDate: DocLine;
}

export interface DocumentModel {
  header: DocumentHeader;
  /** "BÁO CÁO" and the trích yếu, centred bold. */
  kind: string;
  summary: DocLine[];
  body: DocParagraph[];
  recipients: { heading: string; lines: DocLine[] };
  signature: { role: DocLine[]; name: DocLine };
  /** Every blank's prompt, in document order, so the CLI and pane can list what is left. */
  blanks: string[];
  /** Phụ lục 1 and 2, present when their paragraph has rows. */
  appendices: Appendix[];
  year: number;
  /** ISO date the report speaks as of: the document's dates (stable bytes) come from it. */
  reportDate: string;
  leftOut: LeftOut[];
}

export const NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

export function blank(prompt: string): DocRun {
  return { text: `[${prompt}]`, blank: true };
}

/** The blanks of some lines, in order, their brackets dropped. */
export function blanksOf(lines: readonly DocLine[]): string[] {
  return lines.flatMap((l) => l.filter((r) => r.blank).map((r) => r.text.slice(1, -1)));
}
