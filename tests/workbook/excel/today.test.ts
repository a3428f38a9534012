import { provincesInForce } from "../../../src/core/reference/provinces";
import { LISTS } from "../../../src/core/sheets/columns";
import { onVietnamClock } from "../../builders/clock";
import { getCell } from "./fakeExcel";
import { anExcel } from "./portFixture";

describe("the Excel door's today", () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it("is the user's local date: at 01:00 on 1 July 2025 in Việt Nam the new provinces apply", async () => {
    // 2025-06-30T18:00Z is 01:00 on 2025-07-01 in Việt Nam (UTC+7): the 34 provinces are in force
    // (Nghị quyết 202/2025/QH15), although the UTC date is still 30 June.
    restore = onVietnamClock("2025-06-30T18:00:00Z");
    const { host, port } = anExcel(11, { today: undefined });
    await port.createTemplates();
    const lists = host.sheet("Danh mục");
    const column = LISTS.columns.findIndex((c) => c.key === "provinces") + 1;
    const listed: string[] = [];
    for (let row = 2; getCell(lists, row, column) !== ""; row++)
      listed.push(String(getCell(lists, row, column)));
    expect(listed).toEqual(provincesInForce("2025-07-01").map((p) => p.name));
    expect(listed).not.toEqual(provincesInForce("2025-06-30").map((p) => p.name));
  });
});
