import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { checkWorkbook } from "../../../src/core/check";
import { buildReport } from "../../../src/core/report/buildReport";
import { defaultReportOptions } from "../../../src/core/report/reportOptions";
import { toText } from "../../../src/core/report/toText";
import { placeText, rollUp } from "../../../src/core/rollup";
import { sampleWorkbook } from "../../../src/core/sample";
import { defaultSettings } from "../../../src/core/settings";
import type { RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { createFilePort } from "../../../src/workbook/file/filePort";
import { readXlsx } from "../../../src/workbook/file/readXlsx";
import { nationalReferenceOnce } from "../../builders";
import { renderStandalone, TODAY } from "../renderPane";
import { blobBytes, stubDownloads } from "../stubDownloads";
import { splitByUnit } from "../../core/rollup/splitByUnit";

const national = nationalReferenceOnce();
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const options = () => ({ today: TODAY, reference: national.current });

interface UnitWorkbook {
  name: string;
  raw: RawWorkbook;
}

/** The clean sample cut into `parts` unit workbooks (the roll-up's own test helper). */
const splitSample = (parts: number): UnitWorkbook[] =>
  splitByUnit(sampleWorkbook({ mistakes: false }), defaultSettings(), options(), parts).map(
    (raw, i) => ({ name: `don-vi-${i + 1}.xlsx`, raw })
  );
const expectedRollup = (units: UnitWorkbook[]) =>
  rollUp(
    units.map((u) => ({ ...u, settings: defaultSettings() })),
    options()
  );

async function filesOf(units: UnitWorkbook[]): Promise<File[]> {
  return Promise.all(
    units.map(
      async (u) =>
        new File([(await createFilePort(u.raw).toXlsx()) as BlobPart], u.name, { type: XLSX })
    )
  );
}

/** The standalone page on the "Gộp sổ" tab, with `units` chosen through its one file input. */
async function rollUpInPane(units: UnitWorkbook[]) {
  const view = await renderStandalone(sampleWorkbook({ mistakes: true }));
  await userEvent.click(screen.getByRole("tab", { name: "Gộp sổ" }));
  const zone = await screen.findByTestId("rollup-files", {}, { timeout: 10_000 });
  const input = zone.querySelector<HTMLInputElement>('input[type="file"]')!;
  expect(input).toHaveAttribute("multiple");
  await userEvent.upload(input, await filesOf(units));
  await screen.findByTestId("rollup-counts", {}, { timeout: 20_000 });
  return view;
}

/** A product row of unit 1 copied into unit 2: the same ranked product in two files. */
function withDuplicateProduct(units: UnitWorkbook[]): UnitWorkbook[] {
  const copy = JSON.parse(JSON.stringify(units)) as UnitWorkbook[];
  const from = copy[0].raw.sheets[2];
  const to = copy[1].raw.sheets[2];
  to.values.push([...from.values[from.values.length - 1]]);
  to.numberFormats?.push([...from.numberFormats![from.numberFormats!.length - 1]]);
  return copy;
}

const reportText = (raw: RawWorkbook) => {
  const r = checkWorkbook(raw, defaultSettings(), options());
  return toText(
    buildReport(r.typed, {
      ...defaultReportOptions(r.typed, defaultSettings()),
      reference: national.current,
    })
  );
};

describe("the Gộp sổ tab on the standalone page", () => {
  it("reads three unit files, shows each one's rows and findings, and finds nothing across", async () => {
    const units = splitSample(3);
    const want = expectedRollup(units);
    const { container } = await rollUpInPane(units);
    const table = screen.getByTestId("rollup-counts");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(3);
    want.summary.rows.forEach((r, i) => {
      const cells = within(rows[i]).getAllByRole("cell");
      expect(cells[0]).toHaveTextContent(r.file);
      expect(cells[1]).toHaveTextContent(String(r.fairs + r.exhibits + r.products));
      expect(cells[2]).toHaveTextContent(String(want.perFile[i].result.summary.error));
    });
    expect(screen.getByText("Không thấy vấn đề nào giữa các sổ.")).toBeInTheDocument();
    expect(
      screen.getByText(`${want.summary.fairsMerged} dòng hội chợ có ở nhiều sổ được gộp làm một.`)
    ).toBeInTheDocument();
    const { violations } = await axe.run(container, {
      rules: { "color-contrast": { enabled: false } },
    });
    expect(
      violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)
    ).toEqual([]);
  });

  it("names both files and cells of a product kept in two workbooks", async () => {
    const units = withDuplicateProduct(splitSample(3));
    const want = expectedRollup(units);
    const duplicates = want.across.filter((f) => f.code === "across.products.duplicate");
    expect(duplicates).toHaveLength(1);
    const [dup] = duplicates;
    await rollUpInPane(units);
    const list = screen.getByRole("list", { name: "Kiểm tra chéo giữa các sổ" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(want.across.length);
    const here = placeText(
      { file: dup.file, sheet: dup.sheet, row: dup.row, column: dup.column },
      "vi"
    );
    const there = placeText(dup.other!, "vi");
    expect(new Set([dup.file, dup.other!.file])).toEqual(
      new Set(["don-vi-1.xlsx", "don-vi-2.xlsx"])
    );
    expect(within(list).getByText(`${here} ↔ ${there}`)).toBeInTheDocument();
  });

  it("downloads the merged workbook, which reads back to the roll-up's grids, and says its name", async () => {
    const units = splitSample(3);
    const want = expectedRollup(units);
    const seen = stubDownloads();
    await rollUpInPane(units);
    await userEvent.click(screen.getByRole("button", { name: "Tải sổ đã gộp" }));
    await screen.findByText("Đã tải “An Giang - tong hop.xlsx”.");
    expect(seen.names).toEqual(["An Giang - tong hop.xlsx"]);
    const back = await readXlsx(await blobBytes(seen.blobs[0]));
    expect(back.workbook.sheets.map((s) => s.name)).toEqual(want.merged.sheets.map((s) => s.name));
    back.workbook.sheets.forEach((sheet, i) =>
      expect(sheet.values).toEqual(want.merged.sheets[i].values)
    );
    // The first file's settings, without dismissals that named its cells.
    expect(JSON.parse(back.settingsJson!)).toMatchObject({ province: "An Giang", dismissed: [] });
  });

  it("hands the merged workbook to the report tab, whose report is the unsplit sample's", async () => {
    const units = splitSample(3);
    await rollUpInPane(units);
    await userEvent.click(screen.getByRole("button", { name: "Dùng cho báo cáo" }));
    await waitFor(() =>
      expect(screen.getByRole("tab", { name: "Báo cáo" })).toHaveAttribute("aria-selected", "true")
    );
    const preview = await screen.findByTestId("report-preview", {}, { timeout: 20_000 });
    const original = reportText(sampleWorkbook({ mistakes: false }));
    const paragraphs = original.split("\n\n").map((p) => p.trim());
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const paragraph of paragraphs.filter(Boolean))
      expect(preview).toHaveTextContent(paragraph);
    // The merged rows give that same text in the core, word for word.
    expect(reportText(expectedRollup(units).merged)).toBe(original);
  });

  it("takes dropped files, and names a file it cannot read while merging the others", async () => {
    const units = splitSample(2);
    await renderStandalone(sampleWorkbook({ mistakes: true }));
    await userEvent.click(screen.getByRole("tab", { name: "Gộp sổ" }));
    const zone = await screen.findByTestId("rollup-files", {}, { timeout: 10_000 });
    const notes = new File(["không phải sổ"], "ghi-chu.xlsx", { type: XLSX });
    fireEvent.drop(zone, { dataTransfer: { files: [...(await filesOf(units)), notes] } });
    await screen.findByText(
      "Không đọc được ghi-chu.xlsx (không phải sổ Excel?); đã gộp các tệp còn lại.",
      {},
      { timeout: 20_000 }
    );
    const rows = within(screen.getByTestId("rollup-counts")).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[0].textContent)).toEqual([
      "don-vi-1.xlsx",
      "don-vi-2.xlsx",
    ]);
  });
});
