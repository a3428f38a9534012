import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { aTempDir } from "../builders";
import { onVietnamClock } from "../builders/clock";
import { CLEAN_HISTORY, historyXlsx } from "../builders/historyXlsx";

function recorder(): CliIO & { outText: () => string } {
  const out: string[] = [];
  return { out: (t) => out.push(t), err: () => undefined, outText: () => out.join("\n") };
}

const dir = aTempDir("ocop-history-");
let clean: string;
let planted: string;
let restoreClock: () => void;

beforeAll(async () => {
  clean = join(dir, "loc.xlsx");
  writeFileSync(clean, await historyXlsx(CLEAN_HISTORY));
  const bad = structuredClone(CLEAN_HISTORY);
  bad[0].products[0].currentStars = 4;
  bad[1].products[0].rounds[1].year = 2025;
  bad[1].name = "";
  planted = join(dir, "loc-loi.xlsx");
  writeFileSync(planted, await historyXlsx(bad));
});
beforeEach(() => (restoreClock = onVietnamClock("2026-11-30T03:00:00Z")));
afterEach(() => restoreClock());

describe("ocop on a ranked list in the history layout", () => {
  it("checks it with no error, the missing score column as info", async () => {
    const io = recorder();
    expect(await main(["check", clean], io)).toBe(0);
    expect(io.outText()).toMatch(/Loc!A4\s+thông tin .*\[products\.sheet\.noScoreColumn\]/);
    expect(io.outText()).not.toMatch(/Loc!\w+\d+\s+lỗi/);
  });

  it("points at the planted mismatches' cells", async () => {
    const io = recorder();
    expect(await main(["check", planted], io)).toBe(1);
    const text = io.outText();
    expect(text).toMatch(/Loc!T5\s+lỗi .*\[products\.stars\.currentMismatch\]/);
    expect(text).toMatch(/Loc!Q7\s+cảnh báo .*\[products\.decisionDate\.yearMismatch\]/);
    expect(text).toMatch(/Loc!C7\s+lỗi .*\[products\.producer\.required\]/);
    // The continuation rows (6 and 9) are not "Thiếu Chủ thể".
    expect(text).not.toMatch(/Loc!C[69]\s/);
  });

  it("reports the year's products by star, counting nâng hạng", async () => {
    const io = recorder();
    expect(await main(["report", clean], io)).toBe(0);
    expect(io.outText()).toContain(
      "trong năm 2026, toàn tỉnh có 04 sản phẩm được công nhận đạt chuẩn OCOP, " +
        "gồm 01 sản phẩm 5 sao, 01 sản phẩm 4 sao và 02 sản phẩm 3 sao"
    );
    expect(io.outText()).toContain("01 sản phẩm nâng hạng");
  });
});
