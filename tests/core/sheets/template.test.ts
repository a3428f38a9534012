import { ALL_SHEETS, LISTS, TRACKING_SHEETS } from "../../../src/core/sheets/columns";
import { defaultSettings } from "../../../src/core/settings";
import {
  buildTemplate,
  DATE_FORMAT,
  listSourceFormula,
  listSourcesFromSheet,
  templateLists,
} from "../../../src/core/sheets/template";

const lists = () => templateLists(defaultSettings(), "2024-06-30");

describe("the template description", () => {
  it("has every tracking sheet with the headers of columns.ts, in order", () => {
    const t = buildTemplate(lists());
    expect(t.tracking.map((s) => s.name)).toEqual(TRACKING_SHEETS.map((s) => s.defaultName));
    t.tracking.forEach((sheet, i) =>
      expect(sheet.columns.map((c) => c.header)).toEqual(
        TRACKING_SHEETS[i].columns.map((c) => c.header)
      )
    );
    expect(t.lists.name).toBe(LISTS.defaultName);
  });

  it("formats every date column day-first and no other column as a date", () => {
    for (const sheet of buildTemplate(lists()).tracking) {
      const spec = ALL_SHEETS.find((s) => s.kind === sheet.kind)!;
      for (const c of sheet.columns) {
        const type = spec.columns.find((x) => x.key === c.key)!.type;
        expect([c.key, c.numberFormat === DATE_FORMAT]).toEqual([c.key, type === "date"]);
      }
    }
  });

  it("gives each list column a dropdown whose source covers exactly the list's values", () => {
    const values = lists();
    const t = buildTemplate(values);
    expect(values.districts).toHaveLength(11); // An Giang 2023 (domain.md §3.1)
    expect(values.provinces).toHaveLength(63); // before 01/7/2025 (NQ 202/2025/QH15)
    expect(values.groups).toHaveLength(6);
    expect(values.productSets).toHaveLength(26);
    for (const [list, source] of Object.entries(t.sources)) {
      const col = t.lists.columns.find((c) => c.key === list)!;
      const count = values[list as keyof typeof values].length;
      expect(source.formula).toBe(`'Danh mục'!$${col.letter}$2:$${col.letter}$${count + 1}`);
      const column = t.lists.rows.map((r) => r[col.index - 1]).filter((v) => v !== "");
      expect(column).toEqual(values[list as keyof typeof values]);
    }
    const listed = t.tracking.flatMap((s) => s.columns.filter((c) => c.list).map((c) => c.list!));
    for (const list of listed) expect(t.sources[list]).toBeDefined();
  });

  it("lists the 34 provinces for a report dated after 01/7/2025", () => {
    expect(templateLists(defaultSettings(), "2026-03-01").provinces).toHaveLength(34);
  });

  it("uses the units of the settings when the user gave them (communes after 2025)", () => {
    const settings = {
      ...defaultSettings(),
      units: [{ name: "Mỹ Hòa Hưng", type: "xã", aliases: [], formerTypes: [] }],
    };
    expect(templateLists(settings, "2026-03-01").districts).toEqual(["Mỹ Hòa Hưng"]);
  });

  it("finds the lists in a lists sheet the user laid out differently", () => {
    const sources = listSourcesFromSheet(
      "Danh muc",
      [
        ["Ghi chú", "Huyen/thi xa/thanh pho", "Hạng sao"],
        ["x", "Long Xuyên", 3],
        ["", "Châu Đốc", ""],
      ],
      "B4"
    );
    expect(sources).toEqual({
      districts: { list: "districts", formula: "'Danh muc'!$C$5:$C$6" },
      stars: { list: "stars", formula: "'Danh muc'!$D$5:$D$5" },
    });
    expect(listSourceFormula("Lists", "B", 3)).toBe("Lists!$B$2:$B$4");
  });
});
