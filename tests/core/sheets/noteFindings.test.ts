import { checkWorkbook } from "../../../src/core/check";
import { renderMessage } from "../../../src/core/findings";
import { dismissalOf } from "../../../src/core/findings/findingKey";
import { defaultSettings } from "../../../src/core/settings";
import type { ReadNote } from "../../../src/core/sheets/readNote";
import { SHEET_CODES } from "../../../src/core/sheets/readerCodes";
import { aFair, anExhibit, aProduct, aWorkbook, nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

function check(notes: ReadNote[]) {
  const raw = aWorkbook({
    fairs: [aFair({ startDate: "2023-09-14", endDate: "2023-09-18" })],
    exhibits: [anExhibit()],
    products: [aProduct()],
  });
  return checkWorkbook(
    { ...raw, notes },
    { ...defaultSettings(), reportYear: 2023 },
    { today: "2024-01-15", reference: national.current }
  );
}

const SHEETS = { fairs: "Hội chợ", exhibits: "Sản phẩm trưng bày", products: "Sản phẩm OCOP" };

describe("a file reader's notes", () => {
  it.each(Object.entries(SHEETS))(
    "become info findings at the cell left out on the %s sheet, in both languages",
    (kind, sheet) => {
      const { findings, summary } = check([
        { kind: "rowsAfterGap", sheet, row: 20_000, column: 2, emptyRows: 19_990 },
        { kind: "columnsFarRight", sheet, row: 3, column: 16_384 },
      ]);
      const codes = SHEET_CODES[kind as keyof typeof SHEETS];
      const gap = findings.find((f) => f.code === codes.rowsAfterGap);
      const far = findings.find((f) => f.code === codes.columnsFarRight);
      expect(gap).toMatchObject({ severity: "info", sheet, row: 20_000, column: "B" });
      expect(far).toMatchObject({ severity: "info", sheet, row: 3, column: "XFD" });
      expect(renderMessage(gap!, "vi")).toContain("sau 19990 dòng trống");
      expect(renderMessage(gap!, "en")).toContain("after 19990 empty rows");
      expect(renderMessage(far!, "vi")).toContain("xa bên phải");
      expect(summary.info).toBeGreaterThanOrEqual(2);
      expect(summary.error).toBe(0);
    }
  );

  it("are sorted with the other findings, by sheet, row and column", () => {
    const { findings } = check([
      { kind: "columnsFarRight", sheet: "Hội chợ", row: 1, column: 200 },
      { kind: "rowsAfterGap", sheet: "Hội chợ", row: 30_000, column: 1, emptyRows: 29_990 },
    ]);
    const onFairs = findings.filter((f) => f.sheet === "Hội chợ");
    expect(onFairs.map((f) => f.row)).toEqual([...onFairs.map((f) => f.row)].sort((a, b) => a - b));
    expect(onFairs[onFairs.length - 1].code).toBe("fairs.sheet.rowsAfterGap");
  });

  it("say nothing about a sheet that is not checked", () => {
    const { findings } = check([
      { kind: "columnsFarRight", sheet: "Ghi chép", row: 1, column: 200 },
    ]);
    expect(findings.filter((f) => f.sheet === "Ghi chép")).toEqual([]);
  });

  it("can be dismissed like any finding", () => {
    const notes: ReadNote[] = [{ kind: "columnsFarRight", sheet: "Hội chợ", row: 5, column: 300 }];
    const first = check(notes).findings.find((f) => f.code === "fairs.sheet.columnsFarRight")!;
    const raw = aWorkbook({ fairs: [aFair({ startDate: "2023-09-14", endDate: "2023-09-18" })] });
    const settings = {
      ...defaultSettings(),
      reportYear: 2023,
      dismissed: [dismissalOf(first)],
    };
    const again = checkWorkbook({ ...raw, notes }, settings, {
      today: "2024-01-15",
      reference: national.current,
    });
    expect(again.findings.some((f) => f.code === "fairs.sheet.columnsFarRight")).toBe(false);
  });
});
