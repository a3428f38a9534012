import type { Figure, ParagraphId, ReportParagraph, RowRef, Run } from "./model";

/**
 * Words being put together: plain text and figures (text with its rows). Paragraphs are built
 * as phrases so every figure keeps its rows up to the model.
 */
export type Piece = string | Figure;
export type Phrase = Piece[];

export function figure(text: string, rows: readonly RowRef[]): Figure {
  return { text, rows: [...rows] };
}

/** "a", "a và b", "a, b và c" over phrases (`joinList` of text/wording.ts). */
export function joinPhrases(items: readonly Phrase[], separator = ", ", last = " và "): Phrase {
  const out: Phrase = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(i === items.length - 1 ? last : separator);
    out.push(...item);
  });
  return out;
}

/** The plain words of a phrase. */
export function phraseText(phrase: readonly Piece[]): string {
  return phrase.map((p) => (typeof p === "string" ? p : p.text)).join("");
}

/**
 * A paragraph: its lead in italics (the seed's "Công tác ...:"), then the body. Adjacent plain
 * pieces merge into one run; each figure is its own run pointing at `figures`.
 */
export function toParagraph(id: ParagraphId, lead: string, body: Phrase): ReportParagraph {
  const runs: Run[] = [{ text: lead, italic: true }];
  const figures: Figure[] = [];
  for (const piece of [" ", ...body]) {
    if (typeof piece === "string") {
      if (piece === "") continue;
      const last = runs[runs.length - 1];
      if (runs.length > 1 && last.figure === undefined) last.text += piece;
      else runs.push({ text: piece });
    } else {
      runs.push({ text: piece.text, figure: figures.length });
      figures.push(piece);
    }
  }
  return { id, runs, figures };
}
