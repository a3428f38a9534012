import { useState } from "react";
import { download, XLSX_TYPE } from "../../download";
import { useI18n } from "../../i18n";
import { usePaneSession } from "../../session/PaneSession";

/** The endings of the workbook files the page opens, taken off before the download's own. */
const WORKBOOK_ENDING = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;

/**
 * Downloads the page's workbook with the fixes applied, where the door can write one
 * (`port.toXlsx`). A failure (a workbook that cannot be written) shows in the pane. The download
 * is always .xlsx: an .xlsx is patched in place; an .xls, .xlsb or .ods is rebuilt from its cells
 * as .xlsx (`convertedFrom` names the format, for the button to say so).
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
      const name = (session.source ?? "workbook.xlsx").replace(WORKBOOK_ENDING, "");
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

  const format = port?.sourceFormat?.();
  const convertedFrom = format && format !== "xlsx" ? format : undefined;
  return { available: toXlsx !== undefined, pending, run, convertedFrom };
}
