import { EXHIBITS, FAIRS, PRODUCTS } from "../../../src/core/sheets/columns";
import { CATEGORIES, LEVELS } from "../../../src/core/reference/ocop";
import type { TypedWorkbook } from "../../../src/core/sheets/rows";
import { prng } from "../../builders/prng";
import { aLocation, findingsOf } from "./builders";

function someOf<T>(next: () => number, values: readonly T[]): T | undefined {
  const i = Math.floor(next() * (values.length + 1));
  return i < values.length ? values[i] : undefined;
}

const DATES = ["2019-02-28", "2020-02-29", "2022-12-31", "2023-01-01", "2023-06-15", "2026-07-01"];
const NAMES = ["HC01", "hc01", "HC-02", "", " ", "Đường thốt nốt", "duong thot not", "Gạo"];

/** Rows where any field may be absent or odd, in sheets where any column may be missing. */
function aRandomWorkbook(seed: number): TypedWorkbook {
  const next = prng(seed);
  const n = (max: number) => Math.floor(next() * max);
  const omit = (keys: readonly { key: string }[]) =>
    keys.map((c) => c.key).filter(() => next() < 0.2);
  return {
    rowsWithErrors: {},
    fairs: Array.from({ length: n(8) }, (_, i) => ({
      row: i + 2,
      fairCode: someOf(next, NAMES),
      startDate: someOf(next, DATES),
      endDate: someOf(next, DATES),
    })),
    exhibits: Array.from({ length: n(12) }, (_, i) => ({
      row: i + 2,
      fairCode: someOf(next, NAMES),
      product: someOf(next, NAMES),
      producer: someOf(next, NAMES),
      category: someOf(next, CATEGORIES),
      stars: someOf(next, [1, 2, 3, 4, 5] as const),
      count: 1,
    })),
    products: Array.from({ length: n(12) }, (_, i) => ({
      row: i + 2,
      product: someOf(next, NAMES),
      producer: someOf(next, NAMES),
      group: someOf(next, [1, 2, 3, 4, 5, 6]),
      productSet: someOf(next, [1, 4, 14, 26]),
      score: someOf(next, [-5, 0, 29.99, 30, 49.99, 50, 69.99, 70, 89.99, 90, 100, 100.01, NaN]),
      stars: someOf(next, [1, 2, 3, 4, 5] as const),
      decisionDate: someOf(next, DATES),
      expiryDate: someOf(next, DATES),
      level: someOf(next, LEVELS),
    })),
    locations: {
      fairs: next() < 0.9 ? aLocation(FAIRS, omit(FAIRS.columns)) : undefined,
      exhibits: next() < 0.9 ? aLocation(EXHIBITS, omit(EXHIBITS.columns)) : undefined,
      products: next() < 0.9 ? aLocation(PRODUCTS, omit(PRODUCTS.columns)) : undefined,
    },
  };
}

describe("rules on odd typed rows", () => {
  it("never throw, and every finding points at a column its sheet has", () => {
    const codes = new Set<string>();
    for (let seed = 1; seed <= 500; seed++) {
      const typed = aRandomWorkbook(seed);
      const findings = findingsOf(typed, seed % 2 ? {} : { reportYear: 2023 });
      for (const f of findings) {
        const location = typed.locations[f.sheetKind as "fairs"];
        expect(location?.sheet).toBe(f.sheet);
        expect(Object.values(location!.columns)).toContain(f.column);
        expect(f.row).toBeGreaterThan(location!.headerRow);
        codes.add(f.code);
      }
    }
    // The odd rows must reach most rules, or this test would prove little.
    expect(codes.size).toBeGreaterThanOrEqual(15);
  });

  it("give the same findings for the same rows", () => {
    const typed = aRandomWorkbook(42);
    expect(findingsOf(typed)).toEqual(findingsOf(aRandomWorkbook(42)));
  });
});
