import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { en } from "../../src/taskpane/i18n/en";
import { vi } from "../../src/taskpane/i18n/vi";
import { isDark } from "../../src/taskpane/theme";
import type { HostInfo } from "../../src/workbook/excel/host";

const standalone = (displayLanguage: string): Promise<HostInfo> =>
  Promise.resolve({ kind: "standalone", displayLanguage });

describe("the pane shell", () => {
  it("says in Vietnamese that it runs standalone when there is no Office host", async () => {
    render(<App host={standalone("vi-VN")} />);
    expect(await screen.findByText(vi["app.standaloneNotice"])).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Kiểm tra" })).toBeInTheDocument();
  });

  it("speaks Vietnamese when the display language is neither Vietnamese nor English", async () => {
    render(<App host={standalone("fr-FR")} />);
    expect(await screen.findByText(vi["app.standaloneNotice"])).toBeInTheDocument();
  });

  it("speaks English when Office's display language is English", async () => {
    render(<App host={Promise.resolve({ kind: "excel", displayLanguage: "en-GB" })} />);
    expect(await screen.findByRole("tab", { name: "Check" })).toBeInTheDocument();
    // In Excel nothing needs saying: no notice line above the tabs.
    expect(screen.queryByTestId("host-notice")).not.toBeInTheDocument();
  });

  it("switches language from the settings menu", async () => {
    const chosen: string[] = [];
    render(<App host={standalone("vi-VN")} onLanguageChange={(l) => chosen.push(l)} />);
    await screen.findByText(vi["app.standaloneNotice"]);
    await userEvent.click(screen.getByRole("button", { name: "Cài đặt" }));
    expect(screen.getByRole("menuitemradio", { name: "Tiếng Việt" })).toHaveAttribute(
      "aria-checked",
      "true"
    );
    await userEvent.click(screen.getByRole("menuitemradio", { name: "English" }));
    expect(await screen.findByText(en["app.standaloneNotice"])).toBeInTheDocument();
    expect(chosen).toEqual(["en"]);
  });

  it("shows no visible title, keeps one heading for screen readers, and closes the notice", async () => {
    sessionStorage.clear();
    const { unmount } = render(<App host={standalone("vi-VN")} />);
    await screen.findByText(vi["app.standaloneNotice"]);
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    await userEvent.click(screen.getByRole("button", { name: "Đóng thông báo" }));
    expect(screen.queryByTestId("host-notice")).not.toBeInTheDocument();
    unmount();
    // Closed once is closed for the session: a reload does not bring it back.
    render(<App host={standalone("vi-VN")} />);
    await screen.findByRole("tab", { name: "Kiểm tra" });
    expect(screen.queryByTestId("host-notice")).not.toBeInTheDocument();
    sessionStorage.clear();
  });

  it("shows the chosen tab's panel, labelled for screen readers", async () => {
    render(<App host={standalone("vi-VN")} />);
    const tabs = within(await screen.findByRole("tablist", { name: "Chức năng" }));
    await userEvent.click(tabs.getByRole("tab", { name: "Báo cáo" }));
    expect(tabs.getByRole("tab", { name: "Báo cáo" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Báo cáo" })).toBeInTheDocument();
  });
});

describe("theme", () => {
  it("follows Office's dark theme, else the browser's colour scheme", () => {
    expect(isDark({ isDarkTheme: true }, false)).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#262626" }, false)).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#ffffff" }, true)).toBe(false);
    expect(isDark(undefined, true)).toBe(true);
    expect(isDark(undefined, false)).toBe(false);
  });
});

describe("catalogues", () => {
  it("have the same keys and no empty string in either language", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const value of [...Object.values(vi), ...Object.values(en)])
      expect(value.trim()).not.toBe("");
  });
});
