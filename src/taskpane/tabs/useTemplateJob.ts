import { useState } from "react";
import { usePaneSession } from "../session/PaneSession";

/**
 * One template job at a time (create the sheets in Excel, download a workbook in the page): it
 * holds the job's pending state and what it said; a failure (a workbook that cannot be written,
 * a blocked browser) shows in the pane's message area.
 */
export function useTemplateJob() {
  const session = usePaneSession();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string[]>([]);

  const run = async (job: () => Promise<string[] | void>) => {
    setBusy(true);
    setSaid([]);
    try {
      setSaid((await job()) ?? []);
    } catch (err) {
      session.showProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return { busy, said, run };
}
