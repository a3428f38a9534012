import { checkWorkbook } from "../../../src/core/check";
import { buildReport, defaultReportOptions, type ReportModel } from "../../../src/core/report";
import { runsText } from "../../../src/core/report/model";
import { sampleMistakes, sampleWorkbook } from "../../../src/core/sample";
import type { Finding } from "../../../src/core/findings/finding";
import { defaultSettings } from "../../../src/core/settings";
import { EXHIBITS, FAIRS, type SheetSpec } from "../../../src/core/sheets/columns";
import type { CellValue, RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

const TODAY = "2024-01-10";

function checkAndReport(
  raw: RawWorkbook,
  approximate = true
): { findings: Finding[]; model: ReportModel } {
  const settings = { ...defaultSettings(), reportApproximate: approximate };
  const { typed, findings } = checkWorkbook(raw, settings, {
    today: TODAY,
    reference: national.current,
  });
  return { findings, model: buildReport(typed, defaultReportOptions(typed, settings)) };
}

const reportOf = (raw: RawWorkbook): ReportModel => checkAndReport(raw).model;

const promotion = (model: ReportModel): string =>
  runsText(model.paragraphs.find((p) => p.id === "promotion")?.runs ?? []);

const serial = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
};

/** Appends a row to a sheet of the raw workbook, keyed by column key. */
function addRow(raw: RawWorkbook, spec: SheetSpec, row: Record<string, CellValue>): void {
  const sheet = raw.sheets.find((s) => s.name === spec.defaultName);
  if (!sheet) throw new Error("no sheet");
  sheet.values.push(spec.columns.map((c) => row[c.key] ?? ""));
  sheet.numberFormats?.push(
    spec.columns.map((c) => (c.type === "date" ? "dd/mm/yyyy" : "General"))
  );
}

function countColumn(raw: RawWorkbook): number {
  const sheet = raw.sheets.find((s) => s.name === EXHIBITS.defaultName);
  const c = EXHIBITS.columns.findIndex((col) => col.key === "count");
  return (sheet?.values.slice(1) ?? []).reduce((sum, r) => sum + Number(r[c]), 0);
}

describe("the report of the sample workbook, through the checker", () => {
  it("says, of the sample with its mistakes fixed, what the seed report says", () => {
    const text = promotion(reportOf(sampleWorkbook({ mistakes: false })));
    expect(text).toContain("khoảng 120 lượt sản phẩm");
    expect(text).toContain("03 kỳ Hội chợ Triển lãm trong năm 2023");
    // "khoảng" only when asked: the sum is exact.
    const exact = promotion(checkAndReport(sampleWorkbook({ mistakes: false }), false).model);
    expect(exact).toContain("quảng bá 120 lượt sản phẩm");
    expect(exact).not.toContain("khoảng");
    expect(text).toContain(
      "tỉnh Sóc Trăng (tháng 9/2023), tỉnh Hậu Giang (tháng 10/2023) và thành phố Hà Nội (tháng 12/2023)"
    );
  });

  it("follows the data: a fourth fair and other counts change the words", () => {
    const raw = sampleWorkbook({ mistakes: false });
    addRow(raw, FAIRS, {
      fairCode: "HC-2023-04",
      name: "Hội chợ Nông nghiệp quốc tế Cần Thơ",
      province: "Cần Thơ",
      startDate: serial("2023-11-29"),
      endDate: serial("2023-12-02"),
    });
    addRow(raw, EXHIBITS, {
      fairCode: "HC-2023-04",
      product: "Gạo Nàng Nhen",
      producer: "Hợp tác xã Nông nghiệp Vĩnh Trung",
      district: "Tịnh Biên",
      category: "Đặc thù",
      count: 17,
    });
    const total = countColumn(raw);
    const text = promotion(reportOf(raw));
    expect(text).toContain(`khoảng ${total} lượt sản phẩm`);
    expect(total).not.toBe(120);
    expect(text).toContain("04 kỳ Hội chợ Triển lãm trong năm 2023");
    expect(text).toContain(
      "tỉnh Sóc Trăng (tháng 9/2023), tỉnh Hậu Giang (tháng 10/2023), thành phố Cần Thơ (tháng 11-12/2023) và thành phố Hà Nội (tháng 12/2023)"
    );
  });

  it("leaves out, with its mistakes, the rows with errors and says which", () => {
    const model = reportOf(sampleWorkbook({ mistakes: true }));
    const leftRows = model.leftOut.flatMap((l) => l.rows.map((r) => `${l.sheet}!${r}`));
    const mistakeRows = sampleMistakes().map((m) => `${m.sheet}!${m.row}`);
    expect(leftRows.length).toBeGreaterThan(0);
    for (const row of leftRows) expect(mistakeRows).toContain(row);

    const clean = sampleWorkbook({ mistakes: false });
    const exhibits = clean.sheets.find((s) => s.name === EXHIBITS.defaultName);
    const c = EXHIBITS.columns.findIndex((col) => col.key === "count");
    const lost = model.leftOut
      .filter((l) => l.kind === "exhibits")
      .flatMap((l) => l.rows)
      .reduce((sum, row) => sum + Number(exhibits?.values[row - 1][c]), 0);
    expect(promotion(model)).toContain(`khoảng ${120 - lost} lượt sản phẩm`);
  });

  it("counts exhibits whose fair code differs from the fair's only in case, marks or punctuation", () => {
    const raw = sampleWorkbook({ mistakes: false });
    const sheet = raw.sheets.find((s) => s.name === EXHIBITS.defaultName);
    const c = EXHIBITS.columns.findIndex((col) => col.key === "fairCode");
    const spellings = ["HC 2023 01", "hc-2023-01", "Hc.2023.01"];
    let respelt = 0;
    for (const row of sheet?.values.slice(1) ?? []) {
      if (row[c] === "HC-2023-01") row[c] = spellings[respelt++ % spellings.length];
    }
    expect(respelt).toBeGreaterThanOrEqual(spellings.length);

    const { findings, model } = checkAndReport(raw);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(model.leftOut).toEqual([]);
    expect(promotion(model)).toContain(`khoảng ${countColumn(raw)} lượt sản phẩm`);
  });
});
