import { defaultSettings, SettingsSchema } from "../../src/core/settings";

describe("the settings' defaults written without zod", () => {
  it("are what the schema gives for nothing set", () => {
    expect(defaultSettings()).toEqual(SettingsSchema.parse({}));
  });

  it("are a fresh object each time (a caller may change its copy)", () => {
    const a = defaultSettings();
    a.dismissed.push({ sheet: "x", key: "y" } as never);
    expect(defaultSettings().dismissed).toEqual([]);
  });
});
