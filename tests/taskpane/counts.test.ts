import { translator } from "../../src/taskpane/i18n";
import { countText } from "../../src/taskpane/i18n/counts";

describe("counts in the pane", () => {
  it("groups thousands with a dot in Vietnamese and a comma in English", () => {
    expect(countText("vi", 31470)).toBe("31.470");
    expect(countText("en", 31470)).toBe("31,470");
    expect(translator("vi")("group.sheet", { sheet: "Hội chợ", count: 31470 })).toBe(
      "Hội chợ: 31.470 mục"
    );
    expect(translator("en")("group.sheet", { sheet: "Fairs", count: 31470 })).toBe(
      "Fairs: 31,470 findings"
    );
  });

  it("says one finding, one cell in English, and leaves Vietnamese alone", () => {
    const en = translator("en");
    expect(en("group.sheet", { sheet: "Fairs", count: 1 })).toBe("Fairs: 1 finding");
    expect(en("group.sheet", { sheet: "Fairs", count: 2 })).toBe("Fairs: 2 findings");
    expect(en("fix.done", { count: 1 })).toBe("Fixed 1 cell.");
    expect(en("highlight.done", { marked: 1 })).toBe("Highlighted 1 cell.");
    expect(translator("vi")("group.sheet", { sheet: "Hội chợ", count: 1 })).toBe("Hội chợ: 1 mục");
  });

  it("leaves years as they are written", () => {
    expect(translator("vi")("report.empty", { year: 2023 })).toContain("năm 2023");
  });
});
