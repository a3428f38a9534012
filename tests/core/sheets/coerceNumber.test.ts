import { coerceNumber } from "../../../src/core/sheets/coerceNumber";

describe("reading numbers (domain.md §5)", () => {
  it.each([
    [75, 75],
    ["75", 75],
    ["91,5", 91.5],
    ["69.5", 69.5],
    ["1.234", 1234],
    ["1.234.567", 1234567],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    [" 91,5 điểm ", 91.5],
    ["-2", -2],
    ["12 gian", 12],
  ])("reads %j as %d", (value, expected) => {
    expect(coerceNumber(value)).toBe(expected);
  });

  it.each([["chín mươi"], ["91,5,3"], ["1.23.4"], [""], ["#N/A"], [true], [null], [Number.NaN]])(
    "refuses %j",
    (value) => {
      expect(coerceNumber(value as never)).toBeUndefined();
    }
  );
});
