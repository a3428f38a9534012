import { shortDate } from "../text/wording";
import type { Messages } from "./spec";

/**
 * What reading a unit cell (huyện before 01/7/2025, xã/phường/đặc khu from then) can find
 * against the national reference on the row's date. Both tracking sheets say the same.
 */

const date = (iso: string): string => shortDate(String(iso));

/** "phường Ninh Kiều" written in An Giang: a unit of another province on the row's date. */
export const unitElsewhere: Messages<{
  text: string;
  unit: string;
  province: string;
  home: string;
}> = {
  vi: (p) =>
    `"${p.text}": ${p.unit} thuộc ${p.province}, không thuộc ${p.home}; ` +
    `đề nghị kiểm tra tỉnh hoặc đơn vị hành chính.`,
  en: (p) =>
    `"${p.text}": ${p.unit} is in ${p.province}, not in ${p.home}; ` +
    `please check the province or the unit.`,
};

/** "phường Óc Eo" where Óc Eo is a xã: the name is right, the type word is not. */
export const unitWrongType: Messages<{ text: string; name: string; rightType: string }> = {
  vi: (p) => `"${p.text}": ${p.name} là ${p.rightType}; ghi "${p.rightType} ${p.name}".`,
  en: (p) => `"${p.text}": ${p.name} is a ${p.rightType}; write "${p.rightType} ${p.name}".`,
};

/** "Tan Thanh" without marks: Tân Thành or Tân Thạnh. */
export const unitAmbiguous: Messages<{ text: string; candidates: string }> = {
  vi: (p) => `"${p.text}" có thể là ${p.candidates}; ghi đủ dấu hoặc loại đơn vị để phân biệt.`,
  en: (p) =>
    `"${p.text}" may be ${p.candidates}; write the marks or the unit's type to tell them apart.`,
};

/**
 * The district level ended on 01/7/2025 (Luật Tổ chức chính quyền địa phương 2025); a later row
 * names its commune. `commune`: the unit of the new list with the same name, when there is one.
 */
export const unitLevelEnded: Messages<{ district: string; date: string; commune?: string }> = {
  vi: (p) =>
    `Từ ngày 01/7/2025 không còn cấp huyện; dòng ngày ${date(p.date)} cần ghi xã, phường, ` +
    `đặc khu thay cho "${p.district}"` +
    (p.commune ? `; có phải "${p.commune}"?` : "."),
  en: (p) =>
    `The district level ended on 01/7/2025; this row of ${date(p.date)} should name its ` +
    `commune, ward or special zone instead of "${p.district}"` +
    (p.commune ? `; did you mean "${p.commune}"?` : "."),
};

/** The settings' province is in no list: the units cannot be checked, and the user must know. */
export const unitProvinceUnknown: Messages<{ province: string; nearest?: string }> = {
  vi: (p) =>
    `Tỉnh "${p.province}" trong cài đặt không có trong danh mục tỉnh, thành phố, nên cột này ` +
    `chưa được kiểm tra` +
    (p.nearest ? `; có phải "${p.nearest}"?` : "."),
  en: (p) =>
    `The province "${p.province}" in the settings is not a known province, so this column ` +
    `was not checked` +
    (p.nearest ? `; did you mean "${p.nearest}"?` : "."),
};
