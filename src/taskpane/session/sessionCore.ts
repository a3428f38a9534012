import type { MutableRefObject } from "react";
import type { Settings } from "../../core/settings";
import type { WorkbookPort } from "../../workbook/port";

/** The latest values, for callbacks that outlive a render (the check after a fix). */
export interface Live {
  port?: WorkbookPort;
  settings: Settings;
  source?: string;
}

/** What the session's hooks share: the latest values and the ways to report and keep. */
export interface SessionCore {
  host: "excel" | "standalone";
  live: MutableRefObject<Live>;
  /** Settings now, in the latest values at once and in the next render. */
  setSettings(settings: Settings): void;
  /** A failure, as a sentence in the pane's message area. */
  fail(err: unknown): void;
  clearProblem(): void;
  /** The page keeps its workbook across a reload (Excel keeps its own). */
  keep(port: WorkbookPort, settings: Settings, name: string | undefined): void;
}
