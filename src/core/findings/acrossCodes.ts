import type { FindingSpec } from "./spec";

/** The second place an across-file finding names: another file's sheet and cell. */
interface Other {
  otherFile: string;
  otherSheet: string;
  otherCell: string;
}

const atVi = (p: Other): string => `${p.otherFile}, ${p.otherSheet}, ô ${p.otherCell}`;
const atEn = (p: Other): string => `${p.otherFile}, ${p.otherSheet}, cell ${p.otherCell}`;
const byVi = (producer: string): string => (producer ? ` của ${producer}` : "");
const byEn = (producer: string): string => (producer ? ` by ${producer}` : "");

type Product = Other & { product: string; producer: string };
type Fair = Other & { fairCode: string; name: string; otherName: string; otherCode: string };
type UnitElsewhere = Other & { unit: string; province: string; otherProvince: string };
type Year = Other & { year: number; otherYear: number };
type Province = Other & { province: string; otherProvince: string };

/**
 * What the roll-up finds only by reading several unit workbooks together (core/rollup,
 * issue 15): each names this file's cell and the other file's cell.
 */
export const ACROSS_FINDINGS = {
  "across.products.duplicate": {
    severity: "warning",
    vi: (p: Product) =>
      `Sản phẩm "${p.product}"${byVi(p.producer)} đã có ở ${atVi(p)}; ` +
      `báo cáo của tỉnh chỉ tính một lần, đề nghị giữ ở một sổ.`,
    en: (p: Product) =>
      `Product "${p.product}"${byEn(p.producer)} is also at ${atEn(p)}; ` +
      `the province's report counts it once, keep it in one workbook.`,
  },
  "across.fairs.codeClash": {
    severity: "error",
    vi: (p: Fair) =>
      `Mã hội chợ "${p.fairCode}" ở đây là "${p.name}", còn ở ${atVi(p)} là "${p.otherName}": ` +
      `một mã chỉ được chỉ một hội chợ.`,
    en: (p: Fair) =>
      `Fair code "${p.fairCode}" is "${p.name}" here and "${p.otherName}" at ${atEn(p)}: ` +
      `one code must mean one fair.`,
  },
  "across.fairs.sameFairTwoCodes": {
    severity: "warning",
    vi: (p: Fair) =>
      `Hội chợ "${p.name}" mang mã "${p.fairCode}" ở đây và mã "${p.otherCode}" ở ${atVi(p)}; ` +
      `khi gộp, hai mã được tính là một hội chợ.`,
    en: (p: Fair) =>
      `Fair "${p.name}" has code "${p.fairCode}" here and "${p.otherCode}" at ${atEn(p)}; ` +
      `the merge counts them as one fair.`,
  },
  "across.units.otherProvince": {
    severity: "warning",
    vi: (p: UnitElsewhere) =>
      `"${p.unit}" không thuộc ${p.province} mà thuộc ${p.otherProvince}, ` +
      `tỉnh của ${atVi(p)}; sổ này có đúng tỉnh không?`,
    en: (p: UnitElsewhere) =>
      `"${p.unit}" is not in ${p.province} but in ${p.otherProvince}, ` +
      `the province of ${atEn(p)}; is this workbook's province right?`,
  },
  "across.source.yearMismatch": {
    severity: "warning",
    vi: (p: Year) =>
      `Sổ này có số liệu năm ${p.year}, các sổ khác năm ${p.otherYear} (như ${atVi(p)}).`,
    en: (p: Year) =>
      `This workbook holds ${p.year} data, the others ${p.otherYear} (as at ${atEn(p)}).`,
  },
  "across.source.provinceMismatch": {
    severity: "error",
    vi: (p: Province) =>
      `Sổ này thuộc ${p.province}, các sổ khác thuộc ${p.otherProvince} (như ${atVi(p)}); ` +
      `bản gộp kiểm tra theo ${p.otherProvince}.`,
    en: (p: Province) =>
      `This workbook is for ${p.province}, the others for ${p.otherProvince} (as at ${atEn(p)}); ` +
      `the merge is checked for ${p.otherProvince}.`,
  },
} as const satisfies Record<string, FindingSpec>;
