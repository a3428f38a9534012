/**
 * The pane and the real Excel door together, over the strict fake Excel: what a user does in the
 * pane must reach the workbook's cells (and only them) through `createExcelPort`. The other pane
 * tests hold a file port dressed as Excel; the door's own tests never render the pane.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { translator } from "../../src/taskpane/i18n";
import { checkWorkbook } from "../../src/core/check";
import { sampleWorkbook } from "../../src/core/sample";
import { defaultSettings } from "../../src/core/settings";
import { columnIndex } from "../../src/core/sheets/address";
import type { Finding } from "../../src/core/findings/finding";
import type { RawWorkbook } from "../../src/core/sheets/rawSheet";
import { createExcelPort } from "../../src/workbook/excel/excelPort";
import { MARK_FORMULA } from "../../src/workbook/excel/highlights";
import { FakeExcel, getCell, parseAreas, setCell, type SheetState } from "../workbook/excel/fakeExcel";
import { TODAY } from "./renderPane";
import { nationalReferenceOnce } from "../builders";
import { excelHolding } from "../workbook/excel/excelHolding";

const national = nationalReferenceOnce();

const t = translator("vi");
const sample = () => sampleWorkbook({ mistakes: true });
const expected = (raw: RawWorkbook = sample()) =>
  checkWorkbook(raw, defaultSettings(), { today: TODAY, reference: national.current });

/** The sample's producer typed in TCVN3: the one finding a fix can repair. */
const tcvn3Producer = (): Finding =>
  expected().findings.find((f) => f.code === "exhibits.producer.legacyEncoding")!;


/** The real App in "Excel", its door the real Excel door over `host`. */
async function renderOver(host: FakeExcel) {
  sessionStorage.clear();
  const port = createExcelPort({ run: host.run, apiSupport: host.supports, today: () => TODAY });
  render(
    <App
      host={Promise.resolve({ kind: "excel", displayLanguage: "vi-VN" })}
      services={{ excelPort: () => port, today: () => TODAY }}
    />
  );
  await screen.findByRole("button", { name: "Kiểm tra" });
}

async function checkNow(): Promise<HTMLElement> {
  await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
  return screen.findByTestId("summary");
}

const total = (severity: string) => Number(screen.getByTestId(`total-${severity}`).textContent);

function findingsList(): HTMLElement {
  return screen.getByRole("listbox", { name: "Các mục tìm thấy" });
}

/** The list's option for this finding, told by its full address (the title of its cell text). */
function optionOf(f: Finding): HTMLElement {
  const address = `ô ${f.column}${f.row}, ${f.sheet}`;
  const option = within(findingsList())
    .getAllByRole("option")
    .find((o) => within(o).queryByTitle(address) !== null);
  if (!option) throw new Error(`no option for ${address}`);
  return option;
}

/** The fix preview; Fluent's focus manager marks it aria-hidden under jsdom (see CheckTab.test). */
async function applyInDialog(): Promise<void> {
  const dialog = await screen.findByRole("dialog", { hidden: true });
  await userEvent.click(within(dialog).getByRole("button", { name: "Áp dụng", hidden: true }));
}

const cellOf = (host: FakeExcel, f: Finding) =>
  getCell(host.sheet(f.sheet), f.row, columnIndex(f.column));

/** The snapshot `before` with one cell changed: what a one-cell fix must leave. */
function withCell(before: unknown, f: Finding, value: string | number): unknown {
  const copy = JSON.parse(JSON.stringify(before)) as { sheets: SheetState[] };
  setCell(
    copy.sheets.find((s) => s.name === f.sheet)!,
    f.row,
    columnIndex(f.column),
    value
  );
  return copy;
}

/** Everything but the conditional formats and workbook names highlights may add. */
function withoutMarks(snapshot: unknown): unknown {
  const { sheets, ...rest } = snapshot as { sheets: SheetState[]; names: unknown };
  return { ...rest, names: undefined, sheets: sheets.map((s) => ({ ...s, cfs: undefined })) };
}

describe("the pane with the real Excel door", () => {
  it("checks the sheets read through the door and shows the core's counts per sheet and in total", async () => {
    const host = excelHolding(sample());
    await renderOver(host);
    const summary = await checkNow();
    const want = expected();
    expect(want.findings.length).toBeGreaterThan(0);
    for (const s of ["error", "warning", "info"] as const) expect(total(s)).toBe(want.summary[s]);
    expect(within(findingsList()).getAllByRole("option")).toHaveLength(want.findings.length);
    for (const f of want.findings) expect(optionOf(f)).toBeInTheDocument();
    // Per sheet and severity: press a count chip, read the sheet headings.
    const word = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" };
    for (const s of ["error", "warning", "info"] as const) {
      if (want.summary[s] === 0) continue;
      await userEvent.click(
        within(summary).getByRole("button", { name: `${word[s]} (${want.summary[s]})` })
      );
      for (const sheet of ["Sản phẩm trưng bày", "Sản phẩm OCOP"]) {
        const n = want.findings.filter((f) => f.sheet === sheet && f.severity === s).length;
        if (n > 0) expect(within(findingsList()).getByText(`${sheet}: ${n} mục`)).toBeInTheDocument();
      }
    }
  });

  it("checks what the workbook holds now, not the sample it started from", async () => {
    const host = excelHolding(sample());
    const f = tcvn3Producer();
    await host.userEdit(f.sheet, `${f.column}${f.row}`, String(f.suggestion));
    await renderOver(host);
    await checkNow();
    const edited = sample();
    const sheet = edited.sheets.find((s) => s.name === f.sheet)!;
    sheet.values[f.row - 1][columnIndex(f.column) - 1] = String(f.suggestion);
    const want = expected(edited);
    expect(want.summary.warning).toBe(expected().summary.warning - 1);
    for (const s of ["error", "warning", "info"] as const) expect(total(s)).toBe(want.summary[s]);
  });

  it("selects a finding's cell on its sheet in the workbook when the finding is opened", async () => {
    const host = excelHolding(sample());
    await renderOver(host);
    await checkNow();
    const findings = expected().findings;
    const first = findings[0];
    const elsewhere = findings.find((f) => f.sheet !== first.sheet)!;
    expect(elsewhere).toBeDefined();
    for (const f of [first, elsewhere]) {
      await userEvent.click(optionOf(f));
      await waitFor(() =>
        expect(host.selection).toEqual({ sheet: f.sheet, address: `${f.column}${f.row}` })
      );
      expect(host.activeSheet).toBe(f.sheet);
    }
  });

  it("fixes exactly the chosen cell in the workbook after the preview, and undo puts it back", async () => {
    const host = excelHolding(sample());
    await renderOver(host);
    await checkNow();
    const f = tcvn3Producer();
    const warnings = total("warning");
    const before = host.snapshot();
    expect(cellOf(host, f)).toBe(f.value);

    await userEvent.click(optionOf(f));
    await userEvent.click(screen.getByRole("button", { name: "Sửa ô này…" }));
    // Nothing is written while the preview is open.
    expect(host.snapshot()).toEqual(before);
    await applyInDialog();
    await screen.findByText("Đã sửa 1 ô.");
    expect(cellOf(host, f)).toBe(f.suggestion);
    expect(host.snapshot()).toEqual(withCell(before, f, f.suggestion!));
    // The re-check read the fixed cell back through the door.
    await waitFor(() => expect(total("warning")).toBe(warnings - 1));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Hoàn tác lần sửa" }));
    await screen.findByText("Đã hoàn tác lần sửa vừa rồi.");
    expect(host.snapshot()).toEqual(before);
    await waitFor(() => expect(total("warning")).toBe(warnings));
  });

  it("says in Vietnamese that the sheet is protected and leaves the workbook unchanged", async () => {
    const host = excelHolding(sample());
    const f = tcvn3Producer();
    host.sheet(f.sheet).protected = true;
    await renderOver(host);
    await checkNow();
    const before = host.snapshot();

    await userEvent.click(optionOf(f));
    await userEvent.click(screen.getByRole("button", { name: "Sửa ô này…" }));
    await applyInDialog();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(t("problem.protected", { sheet: f.sheet }));
    expect(alert).toHaveTextContent(`Trang tính ${f.sheet} đang được bảo vệ`);
    expect(host.snapshot()).toEqual(before);
    expect(screen.queryByText("Đã sửa 1 ô.")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Hoàn tác lần sửa" })).not.toBeInTheDocument();
    expect(total("warning")).toBe(expected().summary.warning);
  });

  it("marks the finding cells, then clears the marks leaving every value and format as before", async () => {
    const host = excelHolding(sample());
    await renderOver(host);
    await checkNow();
    const findings = expected().findings;
    const before = host.snapshot();

    await userEvent.click(screen.getByRole("button", { name: "Đánh dấu ô lỗi" }));
    await screen.findByText(`Đã đánh dấu ${findings.length} ô.`);
    const marked = host.sheets.flatMap((s) =>
      s.cfs
        .filter((cf) => cf.formula === MARK_FORMULA)
        .flatMap((cf) => parseAreas(cf.address).map((box) => ({ sheet: s.name, box })))
    );
    for (const f of findings)
      expect(
        marked.some(
          (m) =>
            m.sheet === f.sheet &&
            m.box.r0 <= f.row &&
            f.row <= m.box.r1 &&
            m.box.c0 <= columnIndex(f.column) &&
            columnIndex(f.column) <= m.box.c1
        )
      ).toBe(true);
    expect(withoutMarks(host.snapshot())).toEqual(withoutMarks(before));

    await userEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    await screen.findByText("Đã xóa mọi đánh dấu.");
    expect(host.snapshot()).toEqual(before);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("names ExcelApi 1.6 instead of offering highlights on ExcelApi 1.5", async () => {
    const host = excelHolding(sample(), 5);
    await renderOver(host);
    await checkNow();
    expect(total("error")).toBe(expected().summary.error);
    expect(
      screen.getByText(
        t("capability.highlight", { requirement: `ExcelApi 1.6: ${t("version.from2019")}` })
      )
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Đánh dấu ô lỗi" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Xóa đánh dấu" })).not.toBeInTheDocument();
  });

  it("names a protected sheet, not the cap, when its cells cannot be marked or cleared", async () => {
    const host = excelHolding(sample());
    await renderOver(host);
    await checkNow();
    host.sheet("Sản phẩm OCOP").protected = true;
    await userEvent.click(screen.getByRole("button", { name: "Đánh dấu ô lỗi" }));
    expect(
      await screen.findByText(/Trang tính đang khóa, không đánh dấu được: Sản phẩm OCOP\./)
    ).toBeInTheDocument();
    expect(screen.queryByText(/vì quá nhiều/)).not.toBeInTheDocument();

    host.sheet("Sản phẩm OCOP").protected = false;
    await userEvent.click(screen.getByRole("button", { name: "Đánh dấu ô lỗi" }));
    await screen.findByText(`Đã đánh dấu ${expected().findings.length} ô.`);
    host.sheet("Sản phẩm OCOP").protected = true;
    await userEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    expect(
      await screen.findByText(t("highlight.clearedExcept", { sheets: "Sản phẩm OCOP" }))
    ).toBeInTheDocument();
  });
});
