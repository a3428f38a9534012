import { useState } from "react";
import { download, XLSX_TYPE } from "../../download";
import { useI18n } from "../../i18n";
import { usePaneSession } from "../../session/PaneSession";

/**
 * Downloads the page's workbook with the fixes applied, where the door can write one
 * (`port.toXlsx`). A failure (a workbook that cannot be written) shows in the pane.
 */
export function useDownloadFixed() {
  const { t } = useI18n();
  const session = usePaneSession();
  const [pending, setPending] = useState(false);
  const port = session.port;
  const toXlsx = port?.toXlsx?.bind(port);

  /** Downloads, and answers the file's name (undefined when nothing was downloaded). */
  const run = async (): Promise<string | undefined> => {
    if (!toXlsx) return undefined;
    setPending(true);
    try {
      const name = (session.source ?? "workbook.xlsx").replace(/\.xlsx$/i, "");
      const file = `${name}${t("file.fixedSuffix")}.xlsx`;
      download(await toXlsx(), file, XLSX_TYPE);
      return file;
    } catch (err) {
      session.showProblem(err);
      return undefined;
    } finally {
      setPending(false);
    }
  };

  return { available: toXlsx !== undefined, pending, run };
}
