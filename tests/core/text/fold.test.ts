import { fold, tidy } from "../../../src/core/text/fold";

describe("fold", () => {
  it("drops case, diacritics, đ and punctuation the way the core compares text", () => {
    expect(fold("TP. Long Xuyên")).toBe("tp long xuyen");
    expect(fold("  Đắk   LẮK ")).toBe("dak lak");
    expect(fold("Bà Rịa - Vũng Tàu")).toBe("ba ria vung tau");
  });

  it("folds decomposed and composed text alike", () => {
    expect(fold("Chợ Mới".normalize("NFD"))).toBe(fold("Chợ Mới"));
  });
});

describe("tidy", () => {
  it("gives NFC with single spaces and no ends", () => {
    const tidied = tidy("  Chợ \u00a0 Mới\t".normalize("NFD"));
    expect(tidied).toBe("Chợ Mới");
    expect(tidied).toBe(tidied.normalize("NFC"));
  });
});

describe("fold and look-alike letters", () => {
  it("reads Ð (U+00D0), common in text converted from legacy fonts, as Đ", () => {
    expect(fold("\u00D0ồng Tháp")).toBe(fold("Đồng Tháp"));
    expect(fold("\u00F0ường")).toBe("duong");
  });
});
