import type { DocumentSettings } from "../../core/documentSettings";
import { isIsoDate } from "../../core/isoDate";

/** The document settings the pane's form edits, in the order the document uses them. */
export const DOCUMENT_FIELDS = [
  "parentAgency",
  "agency",
  "agencyCode",
  "place",
  "requestNumber",
  "requestDate",
  "requestSender",
  "signerRole",
  "signerName",
  "recipients",
  "fileKeeper",
] as const satisfies readonly (keyof DocumentSettings)[];
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** How a field is typed: one line, a date, or one entry per line. */
export type FieldKind = "text" | "date" | "lines";

export const FIELD_KIND: Record<DocumentField, FieldKind> = {
  parentAgency: "text",
  agency: "text",
  agencyCode: "text",
  place: "text",
  requestNumber: "text",
  requestDate: "date",
  requestSender: "text",
  signerRole: "lines",
  signerName: "text",
  recipients: "lines",
  fileKeeper: "text",
};

/** What the form shows for a stored field: lines joined one a line, the rest as stored. */
export function fieldText(doc: DocumentSettings | undefined, field: DocumentField): string {
  const value = doc?.[field];
  if (value === undefined) return "";
  return Array.isArray(value) ? value.join("\n") : value;
}

/**
 * One nơi nhận line as the schema keeps it: without the "- " and ";" people type out of habit
 * (the document adds them), and "Lưu: VT, …" left out (the document always ends with it).
 */
function recipientLine(line: string): string {
  return line
    .replace(/^[-–•+*]\s*/, "")
    .replace(/[;.,]\s*$/, "")
    .trim();
}

/**
 * The settings with one field set from what was typed. Empty text removes the field (so the
 * document shows its blank, never an empty string the schema would refuse, which would drop
 * every document setting on the next load); a date that is not a whole ISO date is not kept.
 */
export function withField(
  doc: DocumentSettings | undefined,
  field: DocumentField,
  typed: string
): DocumentSettings {
  const next: DocumentSettings = { ...doc };
  delete next[field];
  const kind = FIELD_KIND[field];
  if (kind === "lines") {
    const lines = typed
      .split(/\r?\n/)
      .map((l) => (field === "recipients" ? recipientLine(l) : l.trim()))
      .filter((l) => l !== "" && !(field === "recipients" && /^Lưu\s*:/i.test(l)));
    if (lines.length > 0) (next as Record<string, unknown>)[field] = lines;
    return next;
  }
  const text = typed.trim().replace(/\s+/g, " ");
  if (text === "" || (kind === "date" && !isIsoDate(text))) return next;
  (next as Record<string, unknown>)[field] = text;
  return next;
}

/** The document settings with every typed (not yet saved) field applied over the stored ones. */
export function withDrafts(
  doc: DocumentSettings | undefined,
  drafts: Partial<Record<DocumentField, string>>
): DocumentSettings {
  let next: DocumentSettings = { ...doc };
  for (const field of DOCUMENT_FIELDS) {
    const typed = drafts[field];
    if (typed !== undefined) next = withField(next, field, typed);
  }
  return next;
}

/** "Sở Công Thương" → "SCT": the usual abbreviation, offered as an example only. */
export function initials(agency: string): string {
  return agency
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0].toLocaleUpperCase("vi-VN"))
    .join("");
}
