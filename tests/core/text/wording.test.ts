import {
  capitalizeFirst,
  formatCount,
  formatNumber,
  fullDate,
  joinList,
  lowerFirst,
  monthSpan,
  shortDate,
} from "../../../src/core/text/wording";

describe("Vietnamese house style for numbers, dates and lists", () => {
  it("writes counts below 10 with a leading zero", () => {
    expect(formatCount(3)).toBe("03");
    expect(formatCount(0)).toBe("00");
    expect(formatCount(9)).toBe("09");
    expect(formatCount(10)).toBe("10");
    expect(formatCount(120)).toBe("120");
  });

  it("drops the leading zero when the writer turns it off", () => {
    expect(formatCount(3, false)).toBe("3");
  });

  it("groups thousands with a dot and marks decimals with a comma", () => {
    expect(formatNumber(1234)).toBe("1.234");
    expect(formatNumber(1234567)).toBe("1.234.567");
    expect(formatNumber(69.5)).toBe("69,5");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(-1234.25)).toBe("-1.234,25");
    expect(formatCount(12345)).toBe("12.345");
  });

  it('joins lists as "a, b và c"', () => {
    expect(joinList([])).toBe("");
    expect(joinList(["a"])).toBe("a");
    expect(joinList(["a", "b"])).toBe("a và b");
    expect(joinList(["a", "b", "c"])).toBe("a, b và c");
  });

  it('writes full dates as "ngày 10 tháng 01 năm 2024" and short ones as 31/12/2023', () => {
    expect(fullDate("2024-01-10")).toBe("ngày 10 tháng 01 năm 2024");
    expect(fullDate("2023-12-05")).toBe("ngày 05 tháng 12 năm 2023");
    expect(shortDate("2023-12-31")).toBe("31/12/2023");
    expect(shortDate("2025-07-01")).toBe("01/07/2025");
  });

  it("names the month of an event, or the span of months it ran over", () => {
    expect(monthSpan("2023-09-20", "2023-09-24")).toBe("tháng 9/2023");
    expect(monthSpan("2023-09-28", "2023-10-02")).toBe("tháng 9-10/2023");
    expect(monthSpan("2023-12-28", "2024-01-03")).toBe("tháng 12/2023-1/2024");
    expect(monthSpan("2023-12-06")).toBe("tháng 12/2023");
  });

  it("capitalises a first example and lower-cases the others, acronyms kept", () => {
    expect(capitalizeFirst("đường thốt nốt")).toBe("Đường thốt nốt");
    expect(lowerFirst("Khô cá lóc")).toBe("khô cá lóc");
    expect(lowerFirst("Lụa Tân Châu")).toBe("lụa Tân Châu");
    expect(lowerFirst("ST25 gạo thơm")).toBe("ST25 gạo thơm");
  });
});
