import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../src/core/check";
import { renderMessage } from "../../src/core/findings";
import { sampleWorkbook } from "../../src/core/sample";
import { defaultSettings } from "../../src/core/settings";
import { columnTitle, findingRows } from "../../src/taskpane/check/findingRows";
import { renderStandalone, TODAY } from "./renderPane";

import { nationalReferenceOnce } from "../builders";

const national = nationalReferenceOnce();

jest.setTimeout(30_000);

const sample = () => sampleWorkbook({ mistakes: true });
const expected = () => checkWorkbook(sample(), defaultSettings(), { today: TODAY, reference: national.current });
const SEVERITY = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as const;

async function openSample() {
  await renderStandalone(sample());
  await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
  await screen.findByTestId("summary", {}, { timeout: 5000 });
  return screen.getByRole("listbox", { name: "Các mục tìm thấy" });
}

describe("a finding's words", () => {
  it("names each finding by severity, sheet, cell and column for screen readers", async () => {
    const list = await openSample();
    const first = findingRows(expected().findings, "all").find((r) => r.kind === "finding")!;
    if (first.kind !== "finding") throw new Error("no finding");
    const f = first.finding;
    const column = columnTitle(f);
    expect(column).toBeDefined();
    const start = `${SEVERITY[f.severity]}, ${f.sheet}, ô ${f.column}${f.row}, cột ${column}: `;
    const squeeze = (n: string) => n.replace(/\s+/g, " ").trim();
    const named = within(list).getAllByRole("option", {
      name: (n) => squeeze(n).startsWith(squeeze(start)),
    });
    expect(named.length).toBeGreaterThan(0);
    // The message ends the name; codes are not read out.
    expect(named[0]).toHaveAccessibleName(expect.stringContaining(renderMessage(f, "vi")));
    expect(named[0]).not.toHaveAccessibleName(expect.stringContaining(f.code));
  });

  it("writes the place as 'ô J30, sheet', keeps the code in a technical disclosure, and says where to fix what cannot be typed", async () => {
    const list = await openSample();
    const rows = findingRows(expected().findings, "all");
    const at = rows.findIndex((r) => r.kind === "finding" && !r.finding.fixable);
    const row = rows[at];
    if (row.kind !== "finding") throw new Error("no unfixable finding in the sample");
    const f = row.finding;
    act(() => list.focus());
    fireEvent.focus(list);
    // Move down to the unfixable finding.
    const steps = rows.slice(0, at).filter((r) => r.kind === "finding").length;
    for (let i = 0; i < steps; i++) fireEvent.keyDown(list, { key: "ArrowDown" });
    const detail = await screen.findByTestId("finding-detail");
    expect(detail).toHaveTextContent(`ô ${f.column}${f.row}, ${f.sheet}`);
    expect(detail).not.toHaveTextContent(`'${f.sheet}'!`);
    expect(detail).toHaveTextContent(
      `Sửa trong Excel: trang tính ${f.sheet}, ô ${f.column}${f.row}.`
    );
    const technical = within(detail).getByText("Chi tiết kỹ thuật").closest("details")!;
    expect(technical).not.toHaveAttribute("open");
    expect(within(technical).getByText(`Mã: ${f.code}`)).toBeInTheDocument();
  });
});
