import { useRef } from "react";
import type { RollupResult } from "../../core/rollup";
import type { Settings } from "../../core/settings";
import { download, XLSX_TYPE } from "../download";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";
import { problemOf } from "../session/problemOf";
import type { Said } from "./said";

/**
 * The merged workbook as a file (standalone): downloaded as "<tỉnh> - tong hop.xlsx", or handed to
 * the check and report tabs as the page's workbook. Its settings are the first file's, without
 * dismissals (they name cells of that file). Written once per roll-up, through the file door.
 */
export function useMergedWorkbook(
  result: RollupResult | undefined,
  settings: Settings | undefined,
  say: (said: Said) => void,
  showReport?: () => void
) {
  const { t } = useI18n();
  const session = usePaneSession();
  const written = useRef<{ of: RollupResult; bytes: Uint8Array } | undefined>(undefined);
  const name = t("rollup.fileName", { province: settings?.province ?? "" });

  const bytes = async (): Promise<Uint8Array | undefined> => {
    if (!result || !session.files) return undefined;
    if (written.current?.of === result) return written.current.bytes;
    const port = session.files.fromGrids(result.merged, {
      headerRows: result.headerRows,
      settingsJson: settings ? JSON.stringify({ ...settings, dismissed: [] }) : undefined,
    });
    const out = await port.toXlsx();
    written.current = { of: result, bytes: out };
    return out;
  };

  const save = async () => {
    try {
      const out = await bytes();
      if (!out) return;
      download(out, name, XLSX_TYPE);
      say({ intent: "success", key: "rollup.downloaded", params: { name } });
    } catch (err) {
      say({ intent: "error", ...problemOf(err) });
    }
  };

  /** The merged workbook becomes the page's workbook: checked, and the report tab's source. */
  const useForReport = async () => {
    try {
      const out = await bytes();
      if (!out) return;
      await session.openFile(new File([out as BlobPart], name, { type: XLSX_TYPE }));
      showReport?.();
    } catch (err) {
      say({ intent: "error", ...problemOf(err) });
    }
  };

  return { name, save, useForReport };
}
