import type { Dispatch } from "react";
import { dismissalOf, findingKey, type Finding } from "../../core/findings";
import type { Settings } from "../../core/settings";
import type { WorkbookPort } from "../../workbook/port";
import type { CheckRunEvent } from "./checkRun";
import type { SessionCore } from "./sessionCore";

/** Dismissals and settings, saved in the workbook through its door. */
export function useSettingsActions(
  core: SessionCore,
  port: WorkbookPort | undefined,
  dispatch: Dispatch<CheckRunEvent>,
  runCheck: (port: WorkbookPort, known: Settings) => Promise<void>
) {
  const { live } = core;

  const dismiss = async (finding: Finding) => {
    if (!port) return;
    // From the latest settings, not this render's: a second dismissal may come before the
    // first one's save has re-rendered the pane.
    const latest = live.current.settings;
    const entry = dismissalOf(finding);
    const next: Settings = { ...latest, dismissed: [...latest.dismissed, entry] };
    core.setSettings(next);
    try {
      await port.saveSettings(next);
      dispatch({ type: "dismissed", key: findingKey(finding) });
      core.keep(port, live.current.settings, live.current.source);
    } catch (err) {
      // Not saved: take this one back out, keeping any dismissal made meanwhile.
      const kept = live.current.settings;
      core.setSettings({ ...kept, dismissed: kept.dismissed.filter((d) => d !== entry) });
      core.fail(err);
    }
  };

  /** Brings back every dismissed finding: clears the workbook's list and checks again. */
  const restoreDismissed = async () => {
    if (!port) return;
    const next: Settings = { ...live.current.settings, dismissed: [] };
    core.setSettings(next);
    try {
      await port.saveSettings(next);
    } catch (err) {
      core.fail(err);
      return;
    }
    await runCheck(port, next);
  };

  const saveSettings = async (patch: Partial<Settings>) => {
    const next = { ...live.current.settings, ...patch };
    core.setSettings(next);
    try {
      await port?.saveSettings(next);
      if (port) core.keep(port, next, live.current.source);
    } catch (err) {
      core.fail(err);
    }
  };

  return { dismiss, restoreDismissed, saveSettings };
}
