import type { Finding } from "../../src/core/findings/finding";
import { findingRows } from "../../src/taskpane/check/findingRows";
import {
  HEIGHT,
  keyMove,
  layoutRows,
  sheetOf,
  visibleRows,
} from "../../src/taskpane/check/listWindow";

const many = (n: number): Finding[] =>
  Array.from({ length: n }, (_, i) => ({
    severity: "warning",
    code: "fairs.name.spaces",
    sheet: "Hội chợ",
    row: i + 2,
    column: "B",
    value: `Hội chợ ${i}`,
  }));

describe("the findings list's window", () => {
  const rows = findingRows(many(1000), "all");
  const layout = layoutRows(rows);

  it("lays rows out by their fixed heights, headings apart from findings", () => {
    expect(layout.tops.slice(0, 3)).toEqual([0, HEIGHT.sheet, HEIGHT.sheet + HEIGHT.rule]);
    expect(layout.findingIndexes).toHaveLength(1000);
    expect(layout.total).toBe(HEIGHT.sheet + HEIGHT.rule + 1000 * HEIGHT.finding);
  });

  it("draws only the rows in view, and the active row wherever it is", () => {
    const top = visibleRows(layout.tops, 0);
    expect(top[0]).toBe(0);
    expect(top.length).toBeLessThan(20);
    const far = visibleRows(layout.tops, 500 * HEIGHT.finding, 3);
    expect(far).toContain(3);
    expect(Math.min(...far.filter((i) => i !== 3))).toBeGreaterThan(480);
  });

  it("moves by one, by five, to the ends, and not past them", () => {
    expect(keyMove("ArrowDown", -1, 10)).toBe(0);
    expect(keyMove("ArrowDown", 9, 10)).toBe(9);
    expect(keyMove("ArrowUp", 0, 10)).toBe(0);
    expect(keyMove("PageDown", 7, 10)).toBe(9);
    expect(keyMove("PageUp", 3, 10)).toBe(0);
    expect(keyMove("Home", 5, 10)).toBe(0);
    expect(keyMove("End", 5, 10)).toBe(9);
    expect(keyMove("a", 5, 10)).toBeUndefined();
  });
});

describe("an opened finding in the list's window", () => {
  const rows = findingRows(many(3), "all");

  it("pushes the rows below the opened one down by the detail's height, and no others", () => {
    const closed = layoutRows(rows);
    const open = layoutRows(rows, { after: 2, height: 200 });
    expect(open.tops.slice(0, 3)).toEqual(closed.tops.slice(0, 3));
    expect(open.tops[3]).toBe(closed.tops[3] + 200);
    expect(open.total).toBe(closed.total + 200);
  });

  it("puts each row under its sheet's heading", () => {
    expect(sheetOf(rows)).toEqual([0, 0, 0, 0, 0]);
  });
});
