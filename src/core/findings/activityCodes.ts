import {
  belowMinimum,
  decomposed,
  formulaError,
  uncalculated,
  invalidDate,
  legacyEncoding,
  notInteger,
  notNumber,
  required,
  spaces,
} from "./columnMessages";
import { ACTIVITY_SHEET_LABELS, COLUMN_LABELS as L, type ColumnLabel } from "./labels";
import type { Messages, FindingSpec } from "./spec";
import { missingColumn, noHeader } from "./sheetMessages";
import {
  unitAmbiguous,
  unitElsewhere,
  unitLevelEnded,
  unitProvinceUnknown,
  unitWrongType,
} from "./unitMessages";
import { shortDate } from "../text/wording";
import { isIsoDate } from "../isoDate";

/** A value outside a closed list of the activity sheets, with the list said in full. */
const notOneOf = (
  l: ColumnLabel,
  vi: string,
  en: string
): Messages<{ text: string; nearest?: string }> => ({
  vi: (p) =>
    `${l.vi} "${p.text ?? ""}" không phải một trong: ${vi}` +
    (p.nearest !== undefined ? `; có phải "${p.nearest}"?` : "."),
  en: (p) =>
    `${l.en} "${p.text ?? ""}" is not one of: ${en}` +
    (p.nearest !== undefined ? `; did you mean "${p.nearest}"?` : "."),
});

const dmy = (d: string | undefined): string => (d && isIsoDate(d) ? shortDate(d) : (d ?? ""));

/** A council level on a date it cannot sit (cấp huyện from 01/7/2025, cấp xã before). */
const levelNotInForce: Messages<{ text: string; date: string }> = {
  vi: (p) =>
    `${L.councilLevel.vi} "${p.text ?? ""}" không có vào ngày ${dmy(p.date)}: trước 01/7/2025 là cấp huyện hoặc cấp tỉnh, từ 01/7/2025 là cấp xã hoặc cấp tỉnh.`,
  en: (p) =>
    `${L.councilLevel.en} "${p.text ?? ""}" did not exist on ${dmy(p.date)}: district or province before 01/7/2025, commune or province from then.`,
};

/**
 * What reading the two optional activity sheets can find (issue 11), one literal code per
 * sheet × column × problem (`core/sheets/readerCodes.ts` says which column raises which). A
 * missing activity sheet is no finding: there is no "missing" code.
 */
export const ACTIVITY_FINDINGS = {
  "training.sheet.missingColumn": { severity: "error", ...missingColumn },
  "training.sheet.noHeader": { severity: "error", ...noHeader(ACTIVITY_SHEET_LABELS.training) },
  "training.date.required": { severity: "error", ...required(L.date) },
  "training.date.formulaError": { severity: "error", ...formulaError(L.date) },
  "training.date.uncalculated": { severity: "error", ...uncalculated(L.date) },
  "training.date.invalid": { severity: "error", ...invalidDate(L.date) },
  "training.title.required": { severity: "error", ...required(L.title) },
  "training.title.formulaError": { severity: "error", ...formulaError(L.title) },
  "training.title.uncalculated": { severity: "error", ...uncalculated(L.title) },
  "training.title.legacyEncoding": { severity: "warning", ...legacyEncoding(L.title) },
  "training.title.decomposed": { severity: "info", ...decomposed(L.title) },
  "training.title.spaces": { severity: "info", ...spaces(L.title) },
  "training.organizer.required": { severity: "error", ...required(L.organizer) },
  "training.organizer.formulaError": { severity: "error", ...formulaError(L.organizer) },
  "training.organizer.uncalculated": { severity: "error", ...uncalculated(L.organizer) },
  "training.organizer.legacyEncoding": { severity: "warning", ...legacyEncoding(L.organizer) },
  "training.organizer.decomposed": { severity: "info", ...decomposed(L.organizer) },
  "training.organizer.spaces": { severity: "info", ...spaces(L.organizer) },
  "training.role.required": { severity: "error", ...required(L.role) },
  "training.role.formulaError": { severity: "error", ...formulaError(L.role) },
  "training.role.uncalculated": { severity: "error", ...uncalculated(L.role) },
  "training.role.legacyEncoding": { severity: "warning", ...legacyEncoding(L.role) },
  "training.role.decomposed": { severity: "info", ...decomposed(L.role) },
  "training.role.spaces": { severity: "info", ...spaces(L.role) },
  "training.role.unknown": {
    severity: "error",
    ...notOneOf(
      L.role,
      "chủ trì, báo cáo viên, phối hợp",
      "chủ trì (host), báo cáo viên (speaker), phối hợp (partner)"
    ),
  },
  "training.participants.formulaError": { severity: "error", ...formulaError(L.participants) },
  "training.participants.uncalculated": { severity: "error", ...uncalculated(L.participants) },
  "training.participants.notNumber": { severity: "error", ...notNumber(L.participants) },
  "training.participants.notInteger": { severity: "error", ...notInteger(L.participants) },
  "training.participants.outOfRange": { severity: "error", ...belowMinimum(L.participants) },
  "training.note.formulaError": { severity: "error", ...formulaError(L.note) },
  "training.note.uncalculated": { severity: "error", ...uncalculated(L.note) },
  "training.note.legacyEncoding": { severity: "warning", ...legacyEncoding(L.note) },
  "training.note.decomposed": { severity: "info", ...decomposed(L.note) },
  "training.note.spaces": { severity: "info", ...spaces(L.note) },
  "councils.sheet.missingColumn": { severity: "error", ...missingColumn },
  "councils.sheet.noHeader": { severity: "error", ...noHeader(ACTIVITY_SHEET_LABELS.councils) },
  "councils.date.required": { severity: "error", ...required(L.date) },
  "councils.date.formulaError": { severity: "error", ...formulaError(L.date) },
  "councils.date.uncalculated": { severity: "error", ...uncalculated(L.date) },
  "councils.date.invalid": { severity: "error", ...invalidDate(L.date) },
  "councils.level.required": { severity: "error", ...required(L.councilLevel) },
  "councils.level.formulaError": { severity: "error", ...formulaError(L.councilLevel) },
  "councils.level.uncalculated": { severity: "error", ...uncalculated(L.councilLevel) },
  "councils.level.legacyEncoding": { severity: "warning", ...legacyEncoding(L.councilLevel) },
  "councils.level.decomposed": { severity: "info", ...decomposed(L.councilLevel) },
  "councils.level.spaces": { severity: "info", ...spaces(L.councilLevel) },
  "councils.level.unknown": {
    severity: "error",
    ...notOneOf(
      L.councilLevel,
      "cấp huyện, cấp xã, cấp tỉnh",
      "cấp huyện (district), cấp xã (commune), cấp tỉnh (province)"
    ),
  },
  // The row would be counted under a level that did not exist: the sentence would be wrong.
  "councils.level.notInForce": { severity: "error", ...levelNotInForce },
  "councils.unit.required": { severity: "error", ...required(L.unit) },
  "councils.unit.formulaError": { severity: "error", ...formulaError(L.unit) },
  "councils.unit.uncalculated": { severity: "error", ...uncalculated(L.unit) },
  "councils.unit.legacyEncoding": { severity: "warning", ...legacyEncoding(L.unit) },
  "councils.unit.decomposed": { severity: "info", ...decomposed(L.unit) },
  "councils.unit.spaces": { severity: "info", ...spaces(L.unit) },
  "councils.unit.unknown": {
    severity: "error",
    ...notOneOf(
      L.unit,
      "các đơn vị hành chính của tỉnh vào ngày của dòng",
      "the province's units on the row's date"
    ),
  },
  "councils.unit.elsewhere": { severity: "error", ...unitElsewhere },
  "councils.unit.wrongType": { severity: "warning", ...unitWrongType },
  "councils.unit.ambiguous": { severity: "warning", ...unitAmbiguous },
  "councils.unit.levelEnded": { severity: "warning", ...unitLevelEnded },
  "councils.unit.provinceUnknown": { severity: "error", ...unitProvinceUnknown },
  "councils.kind.required": { severity: "error", ...required(L.workKind) },
  "councils.kind.formulaError": { severity: "error", ...formulaError(L.workKind) },
  "councils.kind.uncalculated": { severity: "error", ...uncalculated(L.workKind) },
  "councils.kind.legacyEncoding": { severity: "warning", ...legacyEncoding(L.workKind) },
  "councils.kind.decomposed": { severity: "info", ...decomposed(L.workKind) },
  "councils.kind.spaces": { severity: "info", ...spaces(L.workKind) },
  "councils.kind.unknown": {
    severity: "error",
    ...notOneOf(
      L.workKind,
      "tham dự hội đồng, góp ý hồ sơ",
      "tham dự hội đồng (sat on the council), góp ý hồ sơ (commented on dossiers)"
    ),
  },
  "councils.note.formulaError": { severity: "error", ...formulaError(L.note) },
  "councils.note.uncalculated": { severity: "error", ...uncalculated(L.note) },
  "councils.note.legacyEncoding": { severity: "warning", ...legacyEncoding(L.note) },
  "councils.note.decomposed": { severity: "info", ...decomposed(L.note) },
  "councils.note.spaces": { severity: "info", ...spaces(L.note) },
} as const satisfies Record<string, FindingSpec>;
