import { ALL_SHEETS } from "../../../core/sheets/columns";
import { LEFT_OUT_TEXT } from "../../../core/report/leftOutText";
import type { LeftOut, RowRef } from "../../../core/report/model";
import { useI18n } from "../../i18n";
import { RowLinks } from "./RowLinks";

/** Every row the report left out, with why, each a link to its row. */
export function LeftOutRows({
  leftOut,
  onRow,
}: {
  leftOut: readonly LeftOut[];
  onRow: (row: RowRef) => void;
}) {
  const { t, lang } = useI18n();
  const reasons = new Map<string, string>();
  const rows: RowRef[] = [];
  for (const l of leftOut) {
    const sheet = l.sheet ?? ALL_SHEETS.find((s) => s.kind === l.kind)?.defaultName ?? l.kind;
    for (const row of l.rows) {
      rows.push({ sheet, row });
      reasons.set(`${sheet}|${row}`, LEFT_OUT_TEXT[lang].reasons[l.reason]);
    }
  }
  const total = rows.length;
  return (
    <RowLinks
      rows={rows}
      label={t("report.leftOutCount", { count: total })}
      onRow={onRow}
      reasonOf={(r) => reasons.get(`${r.sheet}|${r.row}`)}
    />
  );
}
