import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { findingKey } from "../../src/core/findings";
import { sampleWorkbook } from "../../src/core/sample";
import { defaultSettings } from "../../src/core/settings";
import {
  checkRun,
  initialCheckRun,
  isBusy,
  type CheckRunEvent,
  type CheckRunState,
} from "../../src/taskpane/session/checkRun";
import { nationalReferenceOnce } from "../builders/reference";

const ref = nationalReferenceOnce();

const result = (): CheckResult =>
  checkWorkbook(sampleWorkbook({ mistakes: true }), defaultSettings(), {
    today: "2024-06-01",
    reference: ref.current,
  });
const play = (events: CheckRunEvent[], from: CheckRunState = initialCheckRun) =>
  events.reduce(checkRun, from);

describe("the check run", () => {
  it("goes from reading with progress to checking to done with the result", () => {
    const r = result();
    const reading = play([
      { type: "started", run: 1 },
      { type: "progress", run: 1, done: 2, total: 3 },
    ]);
    expect(reading).toMatchObject({ status: "reading", progress: { done: 2, total: 3 } });
    expect(isBusy(reading.status)).toBe(true);
    const done = play(
      [
        { type: "checking", run: 1 },
        { type: "checked", run: 1, result: r },
      ],
      reading
    );
    expect(done).toMatchObject({ status: "done", result: r });
    expect(isBusy(done.status)).toBe(false);
  });

  it("drops a late answer from a run that a newer one replaced", () => {
    const older = result();
    const state = play([
      { type: "started", run: 1 },
      { type: "started", run: 2 },
      { type: "progress", run: 1, done: 1, total: 1 },
      { type: "checked", run: 1, result: older },
    ]);
    expect(state).toMatchObject({ status: "reading", run: 2 });
    expect(state.progress).toBeUndefined();
    expect(state.result).toBeUndefined();
    expect(play([{ type: "failed", run: 1 }], state).status).toBe("reading");
  });

  it("keeps the last results dimmed while a re-check runs, and ends a failed run", () => {
    const r = result();
    const again = play([
      { type: "started", run: 1 },
      { type: "checked", run: 1, result: r },
      { type: "started", run: 2 },
    ]);
    expect(again).toMatchObject({ status: "reading", result: r });
    expect(play([{ type: "failed", run: 2 }], again)).toMatchObject({ status: "done", result: r });
  });

  it("forgets the results of the last workbook when another is opened", () => {
    const r = result();
    const checked = play([
      { type: "started", run: 1 },
      { type: "checked", run: 1, result: r },
    ]);
    const opening = play([{ type: "opening" }, { type: "adopted" }], checked);
    expect(opening).toMatchObject({ status: "opening" });
    expect(opening.result).toBeUndefined();
    expect(play([{ type: "openFailed" }], opening).status).toBe("done");
  });

  it("takes a dismissed finding out of the result at once", () => {
    const r = result();
    const [first] = r.findings;
    const checked = play([
      { type: "started", run: 1 },
      { type: "checked", run: 1, result: r },
    ]);
    const after = play([{ type: "dismissed", key: findingKey(first) }], checked);
    expect(after.result!.findings).toHaveLength(r.findings.length - 1);
    expect(after.result!.dismissedCount).toBe(r.dismissedCount + 1);
    expect(play([{ type: "dismissed", key: "x" }])).toBe(initialCheckRun);
  });
});
