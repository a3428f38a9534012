/**
 * A clock in Việt Nam (UTC+7) at `instant`, in a test process that runs in UTC (jest sets
 * TZ=UTC, and a test cannot change the zone Node reads). `new Date()` gives `instant`, and the
 * local calendar getters answer as a machine in Việt Nam would; the UTC ones stay UTC. Returns
 * the function that puts the real clock back.
 */
export function onVietnamClock(instant: string): () => void {
  const ahead = (d: Date) => new Date(d.getTime() + 7 * 3_600_000);
  const spies = [
    jest.spyOn(Date.prototype, "getFullYear").mockImplementation(function (this: Date) {
      return ahead(this).getUTCFullYear();
    }),
    jest.spyOn(Date.prototype, "getMonth").mockImplementation(function (this: Date) {
      return ahead(this).getUTCMonth();
    }),
    jest.spyOn(Date.prototype, "getDate").mockImplementation(function (this: Date) {
      return ahead(this).getUTCDate();
    }),
  ];
  // Only Date is faked: the pane's timers and promises run as usual.
  jest.useFakeTimers({
    now: new Date(instant),
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  });
  return () => {
    jest.useRealTimers();
    for (const s of spies) s.mockRestore();
  };
}
