import * as XLSX from "@e965/xlsx";
import { checkWorkbook } from "../../../src/core/check";
import { buildReport, defaultReportOptions, toText } from "../../../src/core/report";
import { sampleWorkbook } from "../../../src/core/sample";
import { isDateFormat } from "../../../src/core/sheets/excelDate";
import { isExcelError, type RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { parseSettings } from "../../../src/core/settings";
import { writeXlsx } from "../../../src/workbook/file/writeXlsx";
import { readXlsx, UnreadableWorkbookError } from "../../../src/workbook/file/readXlsx";
import { toXlsxBook } from "../../builders";
import { nationalReferenceOnce } from "../../builders/reference";

const ref = nationalReferenceOnce();

const settings = parseSettings({ reportYear: 2023 });
const today = "2024-01-15";

/** A workbook as an .xlsx, then as SheetJS writes it in another format. */
async function twinsOf(raw: RawWorkbook, bookType: XLSX.BookType) {
  const xlsx = await writeXlsx(toXlsxBook(raw, JSON.stringify({ reportYear: 2023 })));
  const book = XLSX.read(xlsx, { type: "array", cellNF: true });
  return {
    xlsx,
    twin: new Uint8Array(XLSX.write(book, { bookType, type: "array" }) as ArrayBuffer),
  };
}

/** SheetJS's .ods writer leaves error cells (#REF!) out; its twin is made without them. */
function withoutErrors(raw: RawWorkbook): RawWorkbook {
  return {
    ...raw,
    sheets: raw.sheets.map((s) => ({
      ...s,
      values: s.values.map((row) => row.map((v) => (isExcelError(v) ? "" : v))),
    })),
  };
}

const BOOK_TYPES = { xls: "biff8", ods: "ods", xlsb: "xlsb" } as const;

/** The formats as the core tells them apart: a date format, or not. */
const dateShape = (formats: string[][] | undefined) =>
  formats?.map((row) => row.map((f) => isDateFormat(f)));

describe(".xls, .ods and .xlsb twins of an .xlsx", () => {
  it.each(["xls", "ods", "xlsb"] as const)(
    "reads the %s twin into the same grids and the same findings, addresses included",
    async (format) => {
      const raw = format === "ods" ? withoutErrors(sampleWorkbook()) : sampleWorkbook();
      const files = await twinsOf(raw, BOOK_TYPES[format]);
      const original = await readXlsx(files.xlsx);
      const twin = await readXlsx(files.twin);
      expect(twin.format).toBe(format);
      expect(twin.settingsJson).toBe(original.settingsJson);
      expect(twin.workbook.sheets.map((s) => s.name)).toEqual(
        original.workbook.sheets.map((s) => s.name)
      );
      twin.workbook.sheets.forEach((sheet, i) => {
        expect(sheet.values).toEqual(original.workbook.sheets[i].values);
        expect(dateShape(sheet.numberFormats)).toEqual(
          dateShape(original.workbook.sheets[i].numberFormats)
        );
      });
      const a = checkWorkbook(original.workbook, settings, { today, reference: ref.current });
      const b = checkWorkbook(twin.workbook, settings, { today, reference: ref.current });
      expect(a.findings.length).toBeGreaterThanOrEqual(5);
      expect(b.findings).toEqual(a.findings);
      // And the same report, word for word.
      const report = (typed: typeof a.typed) =>
        toText(buildReport(typed, defaultReportOptions(typed, settings)));
      expect(report(b.typed)).toBe(report(a.typed));
      expect(report(a.typed)).toContain("Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP");
    }
  );

  it("tells the format by its bytes, not its name", async () => {
    // The same bytes under any name: the reader is never given one.
    const files = await twinsOf(sampleWorkbook(), "biff8");
    expect((await readXlsx(files.twin)).format).toBe("xls");
    expect((await readXlsx(files.xlsx)).format).toBe("xlsx");
  });
});

describe("a password-protected workbook", () => {
  it("is named as such, with the way out", async () => {
    // Excel wraps an encrypted .xlsx in an OLE file with these two streams (MS-OFFCRYPTO 2.3.4).
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "EncryptionInfo", new Uint8Array(64).fill(4));
    XLSX.CFB.utils.cfb_add(cfb, "EncryptedPackage", new Uint8Array(4096).fill(7));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as ArrayBuffer);
    let err: unknown;
    try {
      await readXlsx(bytes);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UnreadableWorkbookError);
    expect((err as UnreadableWorkbookError).reason).toBe("encrypted");
    expect((err as UnreadableWorkbookError).text("vi")).toContain("Bảo vệ sổ làm việc");
    expect((err as UnreadableWorkbookError).text("en")).toContain(
      "remove the password (File › Info › Protect Workbook)"
    );
  });

  it("tells an OLE file that is no workbook", async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "WordDocument", new Uint8Array(4096).fill(1));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as ArrayBuffer);
    await expect(readXlsx(bytes)).rejects.toMatchObject({ reason: "notWorkbook" });
  });
});
