import { useState } from "react";
import { download, XLSX_TYPE } from "../../download";
import { useI18n } from "../../i18n";
import { usePaneSession } from "../../session/PaneSession";
import { exportLabels } from "../exportLabels";

/** The findings as an .xlsx or CSV table; a failure (a blocked browser) shows in the pane. */
export function useExportFindings() {
  const { t, lang } = useI18n();
  const session = usePaneSession();
  const [pending, setPending] = useState(false);

  const run = async (kind: "xlsx" | "csv") => {
    setPending(true);
    try {
      const findings = session.result?.findings ?? [];
      const exporter = await import("../../../workbook/exportFindings");
      const base = t("file.findings");
      const labels = exportLabels(t);
      if (kind === "csv")
        download(
          exporter.findingsToCsv(findings, lang, labels),
          `${base}.csv`,
          "text/csv;charset=utf-8"
        );
      else
        download(await exporter.findingsToXlsx(findings, lang, labels), `${base}.xlsx`, XLSX_TYPE);
    } catch (err) {
      session.showProblem(err);
    } finally {
      setPending(false);
    }
  };

  return { pending, run };
}
