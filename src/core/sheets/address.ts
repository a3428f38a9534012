/** Excel A1 addressing: column letters <-> 1-based indexes. */

export function columnLetter(index1: number): string {
  let n = index1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "C5" -> { row: 5, column: 3 }; undefined when it is not a single-cell A1 address. */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), column: columnIndex(m[1]) };
}

/** Sheet names with spaces or non-ASCII letters are quoted as Excel does: 'Hội chợ'!D7. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellAddress(sheet: string, row: number, column: string): string {
  return `${quoteSheetName(sheet)}!${column}${row}`;
}
