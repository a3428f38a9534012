import { useRef, useState } from "react";
import type { RollupResult, RollupSource } from "../../core/rollup";
import type { RawWorkbook } from "../../core/sheets/rawSheet";
import { PortError, type InMemoryPort } from "../../workbook/port";
import { usePaneSession } from "../session/PaneSession";
import { problemOf } from "../session/problemOf";
import { bytesOf } from "../session/useOpenWorkbook";
import type { Said } from "./said";
import { rollUpAnywhere, type RollupRunner } from "./runRollup";

/** The open workbook in Excel, read as the roll-up's first source. */
export interface OpenTarget {
  source: RollupSource;
  raw: RawWorkbook;
}

export interface RollupState {
  /** The unit files read so far, in the order chosen. */
  files: RollupSource[];
  /** What is running: reading a file (its name) or merging. */
  working?: { step: "reading"; name: string } | { step: "merging"; count: number };
  result?: RollupResult;
  /** Excel: the open workbook as it was read for this roll-up. */
  target?: OpenTarget;
  /** The last outcome, said next to the files. */
  said?: Said;
}

/**
 * The roll-up's job: read each chosen file with the page's file door, then roll them up (with the
 * open workbook first, in Excel) off the main thread. Adding files rolls up again; a file of the
 * same name replaces the one read before.
 */
export function useRollup(targetName: string, run: RollupRunner = rollUpAnywhere) {
  const session = usePaneSession();
  const [state, setState] = useState<RollupState>({ files: [] });
  const files = useRef<RollupSource[]>([]);

  const rollUpWith = async (sources: RollupSource[]) => {
    let target: OpenTarget | undefined;
    if (session.host === "excel" && session.port) {
      const port = session.port;
      const [raw, settings] = [await port.readSheets(), await port.loadSettings()];
      target = { raw, source: { name: targetName, raw, settings } };
    }
    const all = target ? [target.source, ...sources] : sources;
    setState((s) => ({ ...s, working: { step: "merging", count: all.length } }));
    const result = await run(all, session.today);
    setState({ files: sources, result, target });
  };

  const add = async (chosen: readonly File[]) => {
    const door = session.files;
    if (!door || chosen.length === 0) return;
    setState((s) => ({ ...s, said: undefined }));
    // A file the door cannot read is named and left out; the others are rolled up.
    const unreadable: string[] = [];
    try {
      const next = [...files.current];
      for (const file of chosen) {
        setState((s) => ({ ...s, working: { step: "reading", name: file.name } }));
        let port: InMemoryPort;
        try {
          port = await door.open(await bytesOf(file));
        } catch (err) {
          if (!(err instanceof PortError && err.code === "unreadable")) throw err;
          unreadable.push(file.name);
          continue;
        }
        const source: RollupSource = {
          name: file.name,
          raw: port.workbook(),
          settings: await port.loadSettings(),
        };
        const at = next.findIndex((f) => f.name === file.name);
        if (at >= 0) next[at] = source;
        else next.push(source);
      }
      files.current = next;
      if (next.length > 0) await rollUpWith(next);
      else setState((s) => ({ ...s, working: undefined }));
      if (unreadable.length > 0)
        say({ intent: "error", key: "rollup.unreadable", params: { name: unreadable.join(", ") } });
    } catch (err) {
      setState((s) => ({ ...s, working: undefined, said: { intent: "error", ...problemOf(err) } }));
    }
  };

  const clear = () => {
    files.current = [];
    setState({ files: [] });
  };

  /** Rolls the same files up again (after an import changed the open workbook). */
  const again = async () => {
    try {
      await rollUpWith(files.current);
    } catch (err) {
      setState((s) => ({ ...s, working: undefined, said: { intent: "error", ...problemOf(err) } }));
    }
  };

  const say = (said: Said | undefined) => setState((s) => ({ ...s, said }));

  return { state, add, clear, again, say };
}
