import { defaultSettings, parseSettings, settingsFromJson } from "../../src/core/settings";

describe("settings stored in a workbook", () => {
  it("default to An Giang and the Sở Công Thương, with nothing dismissed", () => {
    expect(defaultSettings()).toMatchObject({
      version: 1,
      province: "An Giang",
      agency: "Sở Công Thương",
      dismissed: [],
    });
  });

  it("keep the good fields of a damaged object and drop the bad ones", () => {
    const s = parseSettings({
      reportYear: "hai nghìn",
      province: "Đồng Tháp",
      dismissed: [{ code: "fairs.endDate.tooLong", sheet: "Hội chợ", cell: "E7" }],
    });
    expect(s.reportYear).toBeUndefined();
    expect(s.province).toBe("Đồng Tháp");
    expect(s.dismissed).toHaveLength(1);
  });

  it("accept only a real ISO report date", () => {
    expect(parseSettings({ reportDate: "2023-12-31" }).reportDate).toBe("2023-12-31");
    expect(parseSettings({ reportDate: "31/12/2023" }).reportDate).toBeUndefined();
    expect(parseSettings({ reportDate: "2023-02-30" }).reportDate).toBeUndefined();
  });

  it("fall back to the defaults for anything that is not an object", () => {
    for (const junk of [null, 42, "{", [], undefined])
      expect(parseSettings(junk)).toEqual(defaultSettings());
  });

  it("are read from their stored JSON text in one way, broken text giving the defaults", () => {
    expect(settingsFromJson('{"province":"Kiên Giang","reportYear":"x"}')).toEqual({
      ...defaultSettings(),
      province: "Kiên Giang",
    });
    for (const broken of ["{not json", "", "null", "42"])
      expect(settingsFromJson(broken)).toEqual(defaultSettings());
  });
});
