import { translator } from "../../src/taskpane/i18n";
import { countText } from "../../src/taskpane/i18n/counts";

describe("counts in the pane", () => {
  it("groups thousands with a dot in Vietnamese and a comma in English", () => {
    expect(countText("vi", 31470)).toBe("31.470");
    expect(countText("en", 31470)).toBe("31,470");
    expect(translator("vi")("filter.all", { count: 31470 })).toBe("Tất cả (31.470)");
    expect(translator("en")("filter.all", { count: 31470 })).toBe("All (31,470)");
  });

  it("leaves years as they are written", () => {
    expect(translator("vi")("report.empty", { year: 2023 })).toContain("năm 2023");
  });
});
