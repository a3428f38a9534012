import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../src/core/check";
import { renderMessage } from "../../src/core/findings";
import { sampleWorkbook } from "../../src/core/sample";
import { defaultSettings } from "../../src/core/settings";
import { findingRows } from "../../src/taskpane/check/findingRows";
import { nationalReferenceOnce } from "../builders";
import { renderStandalone, TODAY } from "./renderPane";

const national = nationalReferenceOnce();

jest.setTimeout(30_000);

const sample = () => sampleWorkbook({ mistakes: true });
const inListOrder = () =>
  findingRows(
    checkWorkbook(sample(), defaultSettings(), { today: TODAY, reference: national.current })
      .findings,
    "all"
  ).flatMap((r) => (r.kind === "finding" ? [r.finding] : []));

async function openSample(): Promise<HTMLElement> {
  await renderStandalone(sample());
  await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
  await screen.findByTestId("summary", {}, { timeout: 5000 });
  return screen.getByRole("listbox", { name: "Các mục tìm thấy" });
}

describe("a finding opens in place", () => {
  it("draws the detail under its row, in the list's own scroller, outside the listbox", async () => {
    const list = await openSample();
    const [first] = inListOrder();
    await userEvent.click(within(list).getAllByRole("option")[0]);
    const detail = await screen.findByTestId("finding-detail");
    expect(detail).toHaveTextContent(renderMessage(first, "vi"));
    const scroller = screen.getByTestId("findings-scroller");
    expect(scroller).toContainElement(detail);
    // A listbox holds options only: the detail's buttons must not be inside it.
    expect(list).not.toContainElement(detail);
    // Placed right under the row: the row's top plus one row's height.
    const option = within(list).getAllByRole("option")[0];
    const rowBottom = parseFloat(option.style.top) + parseFloat(option.style.height);
    expect(parseFloat(detail.parentElement!.style.top)).toBe(rowBottom);
  });

  it("closes with Escape and opens again with Enter; the arrows keep it closed", async () => {
    const list = await openSample();
    const [first, second] = inListOrder();
    act(() => list.focus());
    expect(await screen.findByTestId("finding-detail")).toHaveTextContent(
      renderMessage(first, "vi")
    );
    fireEvent.keyDown(list, { key: "Escape" });
    expect(screen.queryByTestId("finding-detail")).not.toBeInTheDocument();
    fireEvent.keyDown(list, { key: "ArrowDown" });
    expect(screen.queryByTestId("finding-detail")).not.toBeInTheDocument();
    fireEvent.keyDown(list, { key: "Enter" });
    expect(await screen.findByTestId("finding-detail")).toHaveTextContent(
      renderMessage(second, "vi")
    );
  });

  it("closes with Escape from inside the detail and gives focus back to the list", async () => {
    const list = await openSample();
    await userEvent.click(within(list).getAllByRole("option")[0]);
    const detail = await screen.findByTestId("finding-detail");
    const button = within(detail).getAllByRole("button")[0];
    act(() => button.focus());
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByTestId("finding-detail")).not.toBeInTheDocument();
    expect(document.activeElement).toBe(list);
  });

  it("groups each sheet's findings under a group named by its heading", async () => {
    const list = await openSample();
    const groups = within(list).getAllByRole("group");
    const first = inListOrder()[0];
    expect(groups[0]).toHaveAccessibleName(new RegExp(`^${first.sheet}`));
    expect(within(groups[0]).getAllByRole("option").length).toBeGreaterThan(0);
  });

  it("has one button that opens a file: the file input is hidden from the ear and the keyboard", async () => {
    await renderStandalone(sample());
    expect(screen.getAllByRole("button", { name: /tệp/i })).toHaveLength(1);
    const input = screen.getByLabelText("Chọn tệp .xlsx để kiểm tra");
    expect(input).toHaveAttribute("tabindex", "-1");
    expect(input).toHaveAttribute("aria-hidden", "true");
  });
});
