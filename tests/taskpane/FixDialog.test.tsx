import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FIX_PAGE, FixDialog, type FixPreview } from "../../src/taskpane/check/FixDialog";
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

function showPreview(fixes: FixPreview[], lang: Lang = "vi") {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <FixDialog fixes={fixes} onApply={() => undefined} onCancel={() => undefined} />
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
    const rows = screen.getAllByRole("row", { hidden: true }).slice(1);
    expect(rows[0]).toHaveTextContent("Remove stray spaces");
    expect(rows[1]).toHaveTextContent("Decomposed Unicode (NFD) to composed (NFC)");
    expect(rows[2]).toHaveTextContent("Legacy encoding (TCVN3/VNI) to Unicode");
  });

  it("shows a long list a page at a time", async () => {
    const fixes = Array.from({ length: 10_000 }, (_, i) => aFix({ row: i + 2 }));
    await showPreview(fixes);
    const body = () => screen.getAllByRole("rowgroup", { hidden: true })[1];
    expect(within(body()).getAllByRole("row", { hidden: true })).toHaveLength(FIX_PAGE);
    expect(screen.getByText(`Ô 1–${FIX_PAGE} trong 10.000`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Trang sau", hidden: true }));
    expect(within(body()).getAllByRole("row", { hidden: true })[0]).toHaveTextContent(
      `B${FIX_PAGE + 2}`
    );
  });
});
