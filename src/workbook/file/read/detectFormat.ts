import { findPart, isZip, type ZipPart } from "./zipParts";

/**
 * What a file is, from its first bytes (and a zip's part names), never from its extension
 * alone: offices rename .xls files to .xlsx, and a password-protected .xlsx is an OLE file.
 */
export type Container = "zip" | "ole" | "csv" | "other";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function container(bytes: Uint8Array): Container {
  if (isZip(bytes)) return "zip";
  if (bytes.length >= 512 && OLE.every((b, i) => bytes[i] === b)) return "ole";
  if (looksLikeCsv(bytes)) return "csv";
  return "other";
}

/** The workbook format a zip holds, or undefined (a .docx, a plain zip). */
export function zipFormat(parts: Map<string, ZipPart>): "xlsx" | "xlsb" | "ods" | undefined {
  if (findPart(parts, "xl/workbook.bin")) return "xlsb";
  if (findPart(parts, "xl/workbook.xml")) return "xlsx";
  if (findPart(parts, "content.xml") && findPart(parts, "mimetype")) return "ods";
  // Another path for the workbook part, named by the package's relationships.
  if (
    findPart(parts, "_rels/.rels") &&
    !findPart(parts, "word/document.xml") &&
    !findPart(parts, "ppt/presentation.xml")
  )
    return "xlsx";
  return undefined;
}

/**
 * Delimited text: no NUL bytes and, in its first lines, the same separator (comma, semicolon
 * or tab) on each line.
 */
export function looksLikeCsv(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, "");
  if (/^\s*</.test(text)) return false;
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 5);
  if (lines.length === 0) return false;
  return [",", ";", "\t"].some((sep) => lines.every((l) => l.includes(sep)));
}
