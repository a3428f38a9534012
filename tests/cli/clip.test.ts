import { clip, clippedFinding, MAX_PRINTED_CHARS } from "../../src/cli/clip";
import type { Finding } from "../../src/core/findings";

const aFinding = (over: Partial<Finding> = {}): Finding => ({
  severity: "error",
  code: "exhibits.district.unknown",
  sheet: "Sản phẩm trưng bày",
  row: 3,
  column: "D",
  value: "Chợ Mới",
  ...over,
});

describe("clip", () => {
  it("keeps a text of up to 200 characters whole", () => {
    const text = "ả".repeat(MAX_PRINTED_CHARS);
    expect(clip(text)).toBe(text);
    expect(clip("Chợ Mới")).toBe("Chợ Mới");
  });

  it("cuts a 32 KB text to 200 characters ending in …", () => {
    const cut = clip("Đường thốt nốt ".repeat(2200));
    expect(Array.from(cut)).toHaveLength(MAX_PRINTED_CHARS);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.startsWith("Đường thốt nốt Đường")).toBe(true);
  });

  it("never splits a character made of two UTF-16 units", () => {
    const cut = clip("😀".repeat(300));
    expect(cut).toBe("😀".repeat(MAX_PRINTED_CHARS - 1) + "…");
  });
});

describe("clippedFinding", () => {
  it("returns a finding with nothing long as it is", () => {
    const f = aFinding({ params: { district: "Chợ Mới" }, suggestion: "Chợ Mới" });
    expect(clippedFinding(f)).toBe(f);
  });

  it("clips the value, every text param and the suggestion, and leaves numbers alone", () => {
    const long = "x".repeat(32 * 1024);
    const f = aFinding({ value: long, params: { district: long, row: 12 }, suggestion: long });
    const c = clippedFinding(f);
    expect(c.value).toBe(clip(long));
    expect(c.params).toEqual({ district: clip(long), row: 12 });
    expect(c.suggestion).toBe(clip(long));
    expect(f.value).toBe(long); // the original, for --json, is untouched
  });
});
