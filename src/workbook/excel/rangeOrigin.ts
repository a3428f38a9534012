/** The top-left cell of a range address Office.js reports: "'Hội chợ'!$B$3:$H$20" → "B3". */
export function rangeOrigin(address: string): string {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return local.split(":")[0].replace(/\$/g, "");
}
