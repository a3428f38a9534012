import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { sampleWorkbook } from "../../src/core/sample";
import { I18nProvider, type Lang } from "../../src/taskpane/i18n";
import { ProvincePicker } from "../../src/taskpane/report/ProvincePicker";
import { renderStandalone } from "./renderPane";

/** The picker alone, holding its choice the way the report tab does. */
function renderPicker(year: number, lang: Lang = "vi") {
  const chosen: string[] = [];
  function Holder() {
    const [value, setValue] = useState("An Giang");
    return (
      <ProvincePicker
        value={value}
        year={year}
        onChoose={(name) => {
          chosen.push(name);
          setValue(name);
        }}
      />
    );
  }
  render(
    <I18nProvider lang={lang}>
      <Holder />
    </I18nProvider>
  );
  const name = lang === "vi" ? "Tỉnh" : "Province";
  return { chosen, picker: screen.getByRole("combobox", { name }) };
}

const optionsOf = (group: HTMLElement) =>
  within(group)
    .getAllByRole("option")
    .map((o) => o.textContent);

describe("the report's province picker", () => {
  it("lists the 63 names for a 2023 report first, then the new names of 01/7/2025", async () => {
    const { picker } = renderPicker(2023);
    await userEvent.click(picker);
    const groups = within(await screen.findByRole("listbox")).getAllByRole("group");
    expect(groups).toHaveLength(2);
    expect(within(groups[0]).getByText("Trước 01/7/2025 (63 tỉnh, thành phố)")).toBeVisible();
    expect(optionsOf(groups[0])).toHaveLength(63);
    expect(optionsOf(groups[0])).toContain("Kiên Giang");
    // Names of both eras are listed once; the second group holds only the new ones.
    expect(optionsOf(groups[1])).toContain("Huế");
    expect(optionsOf(groups[1])).not.toContain("An Giang");
  });

  it("puts the 34 first for a 2026 report, in English too", async () => {
    const { picker } = renderPicker(2026, "en");
    await userEvent.click(picker);
    const groups = within(await screen.findByRole("listbox")).getAllByRole("group");
    expect(within(groups[0]).getByText("From 01/7/2025 (34 provinces and cities)")).toBeVisible();
    expect(optionsOf(groups[0])).toHaveLength(34);
    expect(optionsOf(groups[1])).toContain("Kiên Giang");
  });

  it("filters as one types, without accents, and chooses by keyboard", async () => {
    const { picker, chosen } = renderPicker(2026);
    await userEvent.clear(picker);
    await userEvent.type(picker, "kien g");
    expect(optionsOf(await screen.findByRole("listbox"))).toEqual(["Kiên Giang"]);
    await userEvent.keyboard("{ArrowDown}{Enter}");
    expect(chosen).toEqual(["Kiên Giang"]);
    expect(picker).toHaveValue("Kiên Giang");
  });

  it("refuses a misspelt name with the nearest ones, and takes a full name typed in", async () => {
    const { picker, chosen } = renderPicker(2026);
    await userEvent.clear(picker);
    await userEvent.type(picker, "An Giag");
    expect(screen.getByText("Không có tỉnh, thành phố nào khớp")).toBeInTheDocument();
    await userEvent.tab();
    expect(screen.getByText("Không có tỉnh, thành phố “An Giag”. Có phải: An Giang?")).toBeVisible();
    expect(picker).toHaveAttribute("aria-invalid", "true");
    expect(chosen).toEqual([]);

    await userEvent.clear(picker);
    await userEvent.type(picker, "tp hcm");
    await userEvent.tab();
    expect(screen.queryByText(/Có phải/)).not.toBeInTheDocument();
    expect(chosen).toEqual(["Hồ Chí Minh"]);
    expect(picker).toHaveValue("Hồ Chí Minh");
  });
});

describe("the province picker in the report tab", () => {
  it("rewrites the report for the province chosen and keeps it in the settings", async () => {
    await renderStandalone(sampleWorkbook({ mistakes: true }));
    await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
    await screen.findByTestId("summary");
    await userEvent.click(screen.getByRole("tab", { name: "Báo cáo" }));
    const preview = await screen.findByTestId("report-preview");
    await userEvent.click(await screen.findByRole("combobox", { name: "Tỉnh" }));
    await userEvent.click(await screen.findByRole("option", { name: "Đồng Tháp" }));
    await waitFor(() => expect(preview).toHaveTextContent("trên địa bàn tỉnh Đồng Tháp:"));
    expect(preview).not.toHaveTextContent("An Giang");
    await userEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await userEvent.click(screen.getByRole("tab", { name: "Báo cáo" }));
    expect(await screen.findByRole("combobox", { name: "Tỉnh" })).toHaveValue("Đồng Tháp");
  }, 60_000);
});
