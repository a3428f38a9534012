import type { Finding } from "../../core/findings/finding";
import type { MessageKey, Translate } from "../i18n";
import { columnTitle } from "./findingRows";

/** Where a finding is, as people say it: "ô J30, Sản phẩm OCOP" (not formula syntax). */
export function findingPlace(f: Finding, t: Translate): string {
  return t("finding.place", { cell: `${f.column}${f.row}`, sheet: f.sheet });
}

/**
 * How a screen reader's name for a finding begins: "Lỗi, Sản phẩm OCOP, ô J30, cột Hạng sao:";
 * the row's visible value and message follow. The column is left out when the finding does not
 * name it.
 */
export function findingName(f: Finding, t: Translate): string {
  const column = columnTitle(f);
  const params = {
    severity: t(`severity.one.${f.severity}` as MessageKey),
    sheet: f.sheet,
    cell: `${f.column}${f.row}`,
    column: column ?? "",
  };
  return t(column ? "finding.name" : "finding.nameNoColumn", params);
}
