/**
 * "tỉnh" or "thành phố": the word for the province as a whole ("toàn tỉnh", "của tỉnh"), taken
 * from how it reads in running text ("thành phố Cần Thơ" → "thành phố").
 */
export function provinceWord(inRunningText: string): string {
  return inRunningText.startsWith("thành phố") ? "thành phố" : "tỉnh";
}
