import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import * as today from "../../src/cli/today";
import { aTempDir } from "../builders";

const TSX = resolve(__dirname, "../../node_modules/.bin/tsx");
const TODAY_MODULE = resolve(__dirname, "../../src/cli/today.ts");
const silent: CliIO = { out: () => undefined, err: () => undefined };

/**
 * localToday at `iso` (a UTC instant) in another time zone. Jest sandboxes process.env, so the
 * zone is set on a child process: Node fixes the zone of a process at start-up.
 */
function localTodayIn(zone: string, iso: string): string {
  const script = `import { localToday } from ${JSON.stringify(TODAY_MODULE)};
process.stdout.write(localToday(new Date(${JSON.stringify(iso)})));`;
  return execFileSync(TSX, ["-e", script], { env: { ...process.env, TZ: zone } }).toString();
}

describe("localToday", () => {
  it("is the user's calendar date, not the UTC one", () => {
    // 18:30 UTC on 31/12/2024 is already 01:30 on 01/01/2025 in Hà Nội (UTC+7).
    const evening = "2024-12-31T18:30:00Z";
    expect(localTodayIn("Asia/Ho_Chi_Minh", evening)).toBe("2025-01-01");
    expect(localTodayIn("America/New_York", evening)).toBe("2024-12-31");
  });

  it("pads month and day: yyyy-mm-dd", () => {
    expect(today.localToday(new Date(2023, 2, 5, 12))).toBe("2023-03-05");
  });
});

describe("every command takes today from localToday", () => {
  afterEach(() => jest.restoreAllMocks());

  it("check, report and template each ask localToday", async () => {
    const dir = aTempDir("ocop-today-");
    const sample = join(dir, "mau.xlsx");
    expect(await main(["sample", sample], silent)).toBe(0);
    const spy = jest.spyOn(today, "localToday");

    await main(["check", sample], silent);
    expect(spy).toHaveBeenCalledTimes(1);
    await main(["report", sample], silent);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(await main(["template", join(dir, "mau-trong.xlsx")], silent)).toBe(0);
    expect(spy).toHaveBeenCalledTimes(3);
  });
});
