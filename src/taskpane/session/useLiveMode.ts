import { useEffect, useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import { checkLiveInPage } from "./checker";
import { recall, remember } from "./paneMemory";

/**
 * Live mode: re-check a moment after the user edits a sheet (Excel, ExcelApi 1.9). One
 * subscription while it is on; edits made by our own fixes re-check too, harmlessly.
 */
export function useLiveMode(
  port: WorkbookPort | undefined,
  recheck: (port: WorkbookPort) => Promise<void>,
  fail: (err: unknown) => void
): [boolean, (on: boolean) => void] {
  const [autoCheck, setAutoCheck] = useState(() => recall().autoCheck === true);

  useEffect(() => {
    if (!autoCheck || !port?.onSheetsChanged || !port.capabilities.liveMode) return;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    checkLiveInPage(true);
    port
      .onSheetsChanged(() => void recheck(port))
      .then(
        (s) => (cancelled ? void s().catch(() => undefined) : (stop = s)),
        (err: unknown) => {
          setAutoCheck(false);
          fail(err);
        }
      );
    return () => {
      cancelled = true;
      checkLiveInPage(false);
      void stop?.().catch(() => undefined);
    };
  }, [autoCheck, port, recheck]);

  const choose = (on: boolean) => {
    setAutoCheck(on);
    remember({ autoCheck: on });
  };
  return [autoCheck, choose];
}
