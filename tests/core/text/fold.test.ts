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

describe("fold, one character at a time", () => {
  /** fold's definition (domain.md §5), step by step on the whole text. */
  const reference = (text: string) =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐðÐ]/g, "d")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();

  it("gives what the definition gives for every character below U+2000, alone and in words", () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x2000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `${c}${c}`, ` Ơ${c}-${c}Ấ `, `${c}\u0301x`])
        if (fold(text) !== reference(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it("gives what the definition gives for random mixed text", () => {
    const alphabet = [
      ..."aAzZ09 .,-_()/&'\"\t\n\u00a0",
      ..."ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựýỳỷỹỵÐð",
      ..."Đắk Lắk Chợ Mới".normalize("NFD"),
      "\u0300",
      "\u0301",
      "\u0323",
      "\u0483",
      "\u05b0",
      "\u1dc0",
      "\u20d0",
      ..."ΣσςΑΒαβЖжİıßǅ",
      "中",
      "한",
      "😀",
      "\ud800",
      "\u2003",
      "\u3000",
      "ﬁ",
      "Ⅻ",
      "①",
    ];
    let seed = 13;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const wrong: string[] = [];
    for (let n = 0; n < 20000; n++) {
      let text = "";
      const length = Math.floor(random() * 16);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      if (fold(text) !== reference(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });
});
