import type { PortErrorDetails } from "../port";
import { toDoorError } from "./errors";
import type { Requirements } from "./requirements";

export interface RunOptions {
  delayForCellEdit?: boolean;
  /** Run in the context an earlier batch made (to remove an event handler it added). */
  context?: OfficeExtension.ClientRequestContext;
}

/** `Excel.run` as the door uses it; tests pass a fake with the same shape. */
export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: RunOptions
) => Promise<T>;

export function officeRun(): ExcelRun {
  return (batch, options) => {
    if (options?.context) return Excel.run(options.context, batch);
    if (options?.delayForCellEdit) return Excel.run({ delayForCellEdit: true }, batch);
    return Excel.run(batch);
  };
}

/** What every door operation shares: the run function and the requirement sets found. */
export interface Door {
  req: Requirements;
  /**
   * One `Excel.run`, waiting out cell edit mode where Excel can, failures as PortError
   * (with `details`, e.g. the one sheet the batch names).
   */
  batch<T>(
    body: (context: Excel.RequestContext) => Promise<T>,
    details?: PortErrorDetails
  ): Promise<T>;
}

export function makeDoor(run: ExcelRun, req: Requirements): Door {
  return {
    req,
    async batch(body, details) {
      // `delayForCellEdit` belongs to no requirement set (index.d.ts:33541): builds that know it
      // hold the batch until the user leaves the cell, older ones ignore it and fail as before.
      try {
        return await run(body, { delayForCellEdit: true });
      } catch (err) {
        throw toDoorError(err, details);
      }
    },
  };
}
