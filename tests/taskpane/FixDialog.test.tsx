import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  FIX_PAGE,
  FixDialog,
  spacingChanges,
  type FixPreview,
} from "../../src/taskpane/check/FixDialog";
import { I18nProvider, type Lang } from "../../src/taskpane/i18n";

const aFix = (over: Partial<FixPreview> = {}): FixPreview => ({
  code: "fairs.name.spaces",
  sheet: "Hội chợ",
  row: 2,
  column: "B",
  oldValue: "Hội chợ  OCOP ",
  newValue: "Hội chợ OCOP",
  ...over,
});

function showPreview(
  fixes: FixPreview[],
  lang: Lang = "vi",
  onApply: (chosen: FixPreview[]) => void = () => undefined
) {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <FixDialog fixes={fixes} onApply={onApply} onCancel={() => undefined} />
      </I18nProvider>
    </FluentProvider>
  );
  // Tabster marks the open modal aria-hidden a moment after it opens under jsdom.
  return screen.findByRole("dialog", { hidden: true });
}

/** What the preview draws in a value cell (the marks), apart from the text read aloud. */
const drawn = (cell: HTMLElement) => cell.querySelector("[aria-hidden=true]")!.textContent;

describe("the fix preview", () => {
  it("draws every space, so a stray-space fix does not look the same before and after", async () => {
    await showPreview([aFix()]);
    const [old] = screen.getAllByTestId("fix-old");
    const [fresh] = screen.getAllByTestId("fix-new");
    expect(drawn(old)).toBe("Hội·chợ··OCOP·");
    expect(drawn(fresh)).toBe("Hội·chợ·OCOP");
    // Screen readers get the real text.
    expect(old.querySelector(":not([aria-hidden]) ")?.textContent).toBe("Hội chợ  OCOP ");
    expect(getComputedStyle(old).whiteSpace).toBe("pre-wrap");
  });

  it("draws no marks where the spacing does not change (a re-encoded name)", async () => {
    await showPreview([
      aFix({ code: "exhibits.producer.legacyEncoding", oldValue: "Hîi chî", newValue: "Hội chợ" }),
    ]);
    const [old] = screen.getAllByTestId("fix-old");
    expect(old).toHaveTextContent("Hîi chî");
    expect(old.querySelector("[data-space]")).toBeNull();
    expect(screen.queryByText(/là một khoảng trắng/)).not.toBeInTheDocument();
    expect(spacingChanges("a  b", "a b")).toBe(true);
    expect(spacingChanges("a b ", "a b")).toBe(true);
    expect(spacingChanges("Hîi chî", "Hội chợ")).toBe(false);
  });

  it("wraps values between words only, never inside a syllable", async () => {
    await showPreview([aFix()]);
    const [fresh] = screen.getAllByTestId("fix-new");
    const style = getComputedStyle(fresh);
    expect(style.overflowWrap).toBe("break-word");
    expect(style.wordBreak).toBe("normal");
  });

  it("ticks every cell, and applies only the cells left ticked", async () => {
    const applied: FixPreview[][] = [];
    await showPreview(
      [aFix({ row: 2 }), aFix({ row: 3 }), aFix({ row: 4 })],
      "vi",
      (chosen) => applied.push(chosen)
    );
    const boxes = screen.getAllByRole("checkbox", { hidden: true });
    expect(boxes).toHaveLength(3);
    for (const b of boxes) expect(b).toBeChecked();
    await userEvent.click(screen.getByRole("checkbox", { name: "Sửa ô B3, Hội chợ", hidden: true }));
    expect(screen.getByText("Sẽ sửa 2 trong 3 ô.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Áp dụng", hidden: true }));
    expect(applied).toHaveLength(1);
    expect(applied[0].map((f) => f.row)).toEqual([2, 4]);
  });

  it("says what kind of fix each row is, in the pane's language", async () => {
    const nfd = "Bảy Núi".normalize("NFD");
    await showPreview(
      [
        aFix(),
        aFix({ row: 3, code: "exhibits.producer.decomposed", oldValue: nfd, newValue: "Bảy Núi" }),
        aFix({ row: 4, code: "exhibits.producer.legacyEncoding" }),
      ],
      "en"
    );
    const rows = screen.getAllByTestId("fix-card");
    expect(rows[0]).toHaveTextContent("Remove stray spaces");
    expect(rows[1]).toHaveTextContent("Decomposed Unicode (NFD) to composed (NFC)");
    expect(rows[2]).toHaveTextContent("Legacy encoding (TCVN3/VNI) to Unicode");
  });

  it("shows a long list a page at a time", async () => {
    const fixes = Array.from({ length: 10_000 }, (_, i) => aFix({ row: i + 2 }));
    await showPreview(fixes);
    const body = () => screen.getByRole("list", { hidden: true });
    expect(within(body()).getAllByRole("listitem", { hidden: true })).toHaveLength(FIX_PAGE);
    expect(screen.getByText(`Ô 1–${FIX_PAGE} trong 10.000`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Trang sau", hidden: true }));
    expect(within(body()).getAllByRole("listitem", { hidden: true })[0]).toHaveTextContent(
      `B${FIX_PAGE + 2}`
    );
  });
});
