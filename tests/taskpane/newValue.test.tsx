import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../src/core/check";
import { findingKey } from "../../src/core/findings";
import type { Finding } from "../../src/core/findings/finding";
import { sampleWorkbook } from "../../src/core/sample";
import { defaultSettings } from "../../src/core/settings";
import type { CheckResult } from "../../src/core/check";
import type { RawSheet, RawWorkbook } from "../../src/core/sheets/rawSheet";
import { findingRows } from "../../src/taskpane/check/findingRows";
import { checkInPage, type Checker } from "../../src/taskpane/session/checker";
import { newValueFix, typedValue } from "../../src/taskpane/check/newValue";
import { nationalReferenceOnce } from "../builders";
import { renderStandalone, TODAY } from "./renderPane";

const national = nationalReferenceOnce();

jest.setTimeout(60_000);

const sample = () => sampleWorkbook({ mistakes: true });
const inListOrder = (): Finding[] =>
  findingRows(
    checkWorkbook(sample(), defaultSettings(), { today: TODAY, reference: national.current })
      .findings,
    "all"
  ).flatMap((r) => (r.kind === "finding" ? [r.finding] : []));

/** The demo data opened and checked by `check`; the finding at `at` opened with the keyboard. */
async function openDemoAt(at: number, check: Checker): Promise<HTMLElement> {
  await renderStandalone(sample(), { check });
  await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
  await screen.findByTestId("summary", {}, { timeout: 5000 });
  const list = screen.getByRole("listbox", { name: "Các mục tìm thấy" });
  act(() => list.focus());
  for (let i = 0; i < at; i++) fireEvent.keyDown(list, { key: "ArrowDown" });
  return screen.findByTestId("finding-detail");
}

/** A cell's value by Excel row and column letter, the sheet starting where its origin says. */
function cellText(sheet: RawSheet, row: number, column: string): unknown {
  const origin = /^([A-Z]+)(\d+)$/.exec(sheet.origin)!;
  const colIndex = (c: string) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sheet.values[row - Number(origin[2])]?.[colIndex(column) - colIndex(origin[1])];
}

describe("the typed value", () => {
  it("stays a number where the cell held one, with a Vietnamese decimal comma", () => {
    expect(typedValue(" 4,5 ", 3)).toBe(4.5);
    expect(typedValue("72", 48)).toBe(72);
    expect(typedValue("72", "48")).toBe("72");
    expect(typedValue("bốn", 4)).toBe("bốn");
  });

  it("becomes a number in a number column even where the cell held text", () => {
    const count: Finding = {
      severity: "error",
      code: "exhibits.count.notNumber",
      sheet: "Sản phẩm trưng bày",
      sheetKind: "exhibits",
      row: 11,
      column: "G",
      columnKey: "count",
      value: "mười",
    };
    expect(newValueFix(count, " 10 ")?.newValue).toBe(10);
    expect(newValueFix({ ...count, columnKey: "stars", value: "4 sao" }, "4")?.newValue).toBe(4);
    // A text column keeps digits as typed: a decision number is text.
    expect(
      newValueFix({ ...count, sheetKind: "products", columnKey: "decisionNo", value: "" }, "123")
        ?.newValue
    ).toBe("123");
    expect(typedValue("10", "mười", true)).toBe(10);
    expect(typedValue("mười", "mười", true)).toBe("mười");
  });

  it("makes no fix that changes nothing", () => {
    const f = inListOrder()[0];
    expect(newValueFix(f, String(f.value ?? ""))).toBeUndefined();
    expect(newValueFix(f, "khác hẳn")).toMatchObject({
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      oldValue: f.value,
      newValue: "khác hẳn",
    });
  });
});

describe("'Giá trị mới' on the standalone page", () => {
  it("writes the user's value into the fixed workbook, re-checks, and counts it unsaved", async () => {
    const all = inListOrder();
    // A finding no known fix repairs: the typed value is its only way forward in the page.
    const at = all.findIndex((f) => !f.fixable && f.sheetKind === "products");
    const target = all[at];
    const sameCell = all.filter(
      (f) => f.sheet === target.sheet && f.row === target.row && f.column === target.column
    );
    // Each check's result and the workbook it read, to see what the re-check found.
    const checks: { raw: RawWorkbook; result: CheckResult }[] = [];
    const check: Checker = async (raw, settings, today) => {
      const result = await checkInPage(raw, settings, today);
      checks.push({ raw, result });
      return result;
    };
    const detail = await openDemoAt(at, check);
    expect(detail).toHaveTextContent(`ô ${target.column}${target.row}, ${target.sheet}`);
    const field = within(detail).getByRole("textbox", { name: /Giá trị mới/ });
    // The suggestion when there is one, else the value as it stands.
    expect(field).toHaveValue(String(target.suggestion ?? target.value ?? ""));
    await userEvent.clear(field);
    await userEvent.type(field, "Giá trị do cán bộ nhập");
    await userEvent.click(within(detail).getByRole("button", { name: "Ghi vào ô" }));
    await screen.findByText(`Đã ghi vào ô ${target.column}${target.row}, ${target.sheet}.`);
    await screen.findByText("1 ô đã sửa, chưa lưu");
    // Re-checked on the workbook holding the typed value: the old finding on that cell is gone.
    await waitFor(() => expect(checks).toHaveLength(2));
    const { raw, result } = checks[1];
    const sheet = raw.sheets.find((s) => s.name === target.sheet)!;
    expect(cellText(sheet, target.row, target.column)).toBe("Giá trị do cán bộ nhập");
    const keys = result.findings.map(findingKey);
    for (const f of sameCell) expect(keys).not.toContain(findingKey(f));
  });

  it("says so and writes nothing when the value is unchanged", async () => {
    const all = inListOrder();
    const target = all[0];
    await renderStandalone(sample());
    await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
    await screen.findByTestId("summary", {}, { timeout: 5000 });
    await userEvent.click(within(screen.getByRole("listbox")).getAllByRole("option")[0]);
    const detail = await screen.findByTestId("finding-detail");
    const field = within(detail).getByRole("textbox", { name: /Giá trị mới/ });
    await userEvent.clear(field);
    if (target.value !== null && target.value !== "")
      await userEvent.type(field, String(target.value));
    await userEvent.click(within(detail).getByRole("button", { name: "Ghi vào ô" }));
    expect(await screen.findByText("Giá trị mới giống giá trị cũ.")).toBeInTheDocument();
    expect(screen.queryByText(/ô đã sửa, chưa lưu/)).not.toBeInTheDocument();
  });
});

describe("'Giá trị mới' from the keyboard", () => {
  it("selects the value on focus, so typing replaces it, and Enter writes it and moves on", async () => {
    const all = inListOrder();
    // A finding with no known fix, followed in the list by a finding on another cell.
    const at = all.findIndex(
      (f, i) =>
        !f.fixable &&
        all[i + 1] !== undefined &&
        `${all[i + 1].sheet}!${all[i + 1].column}${all[i + 1].row}` !==
          `${f.sheet}!${f.column}${f.row}`
    );
    const [target, next] = [all[at], all[at + 1]];
    const read: RawWorkbook[] = [];
    const check: Checker = async (raw, settings, today) => {
      read.push(raw);
      return checkInPage(raw, settings, today);
    };
    const detail = await openDemoAt(at, check);
    expect(detail).toHaveTextContent(`ô ${target.column}${target.row}, ${target.sheet}`);
    const field = within(detail).getByRole<HTMLInputElement>("textbox", { name: /Giá trị mới/ });
    const start = field.value;
    expect(start.length).toBeGreaterThan(0);

    act(() => field.focus());
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, start.length]);
    await userEvent.keyboard("Giá trị gõ lại{Enter}");

    await screen.findByText(`Đã ghi vào ô ${target.column}${target.row}, ${target.sheet}.`);
    await screen.findByText("1 ô đã sửa, chưa lưu");
    // The typed text replaced the value: nothing of the old one is left before it.
    const sheet = read[read.length - 1].sheets.find((s) => s.name === target.sheet)!;
    expect(cellText(sheet, target.row, target.column)).toBe("Giá trị gõ lại");
    // Focus is not lost with the field: the list has it, on the next finding, opened.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("listbox", { name: "Các mục tìm thấy" }))
    );
    await waitFor(() =>
      expect(screen.getByTestId("finding-detail")).toHaveTextContent(
        `ô ${next.column}${next.row}, ${next.sheet}`
      )
    );
  });
});
