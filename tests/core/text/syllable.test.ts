import { isAbbreviation, isVietnameseSyllable } from "../../../src/core/text/syllable";

describe("Vietnamese syllables", () => {
  it.each([
    "người",
    "nghiêng",
    "khuỷu",
    "quốc",
    "giữa",
    "Đắk",
    "Krông",
    "hoà",
    "hòa",
    "thủy",
    "xoong",
    "việc",
    "ếch",
    "Kạn",
  ])("accepts %s", (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    ["Vieät", "a mark that is not Vietnamese"],
    ["baùo", "a vowel run that does not exist"],
    ["laùng", "a falling diphthong with a final consonant"],
    ["ăn̉", "two tone marks"],
    ["hàt", "huyền on a syllable closed by t"],
    ["ngheọ", "the tone on the glide of eo"],
    ["tổnh", "nh after ô"],
    ["ce", "c before e"],
    ["ă", "ă without a final consonant"],
  ])("rejects %s (%s)", (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });

  it("knows an all-capitals word without vowels for an abbreviation", () => {
    expect(isAbbreviation("VPĐPNTM")).toBe(true);
    expect(isAbbreviation("QĐ")).toBe(true);
    expect(isAbbreviation("ĐỒNG")).toBe(false);
    expect(isAbbreviation("Đg")).toBe(false);
  });
});
