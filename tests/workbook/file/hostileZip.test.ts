import { UNCALCULATED_FORMULA } from "../../../src/core/sheets/rawSheet";
import { readXlsx, UnreadableWorkbookError } from "../../../src/workbook/file/readXlsx";
import {
  partOf,
  repeatedPart,
  SHEET_HEAD,
  SHEET_TAIL,
  sheetPart,
  workbookAround,
  zipOf,
} from "./hostileFiles";

async function refusal(bytes: Uint8Array, limits = {}): Promise<UnreadableWorkbookError> {
  try {
    await readXlsx(bytes, { limits });
  } catch (err) {
    if (err instanceof UnreadableWorkbookError) return err;
    throw err;
  }
  throw new Error("the file was read");
}

const heapGrowth = async (run: () => Promise<unknown>) => {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().heapUsed) - before;
};

describe("a zip bomb", () => {
  // 1.26 GB of sheet XML in a file of about a megabyte.
  const filler = "<!-- " + "x".repeat(4 * 2 ** 20) + " -->";
  const times = Math.ceil(1.26e9 / filler.length);

  it("is refused at once when its part declares the size it inflates to", async () => {
    const bomb = workbookAround(
      repeatedPart("xl/worksheets/sheet1.xml", SHEET_HEAD, filler, times, SHEET_TAIL)
    );
    expect(bomb.length).toBeLessThan(3e6);
    const t0 = performance.now();
    let err: UnreadableWorkbookError | undefined;
    const grown = await heapGrowth(async () => {
      err = await refusal(bomb);
    });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(grown).toBeLessThan(64 * 2 ** 20);
    expect(err?.reason).toBe("zipBomb");
    expect(err?.text("vi")).toContain("xl/worksheets/sheet1.xml");
    expect(err?.text("vi")).toContain("256 MB");
  });

  it("is refused once it inflates past the cap when its part lies about its size", async () => {
    const liar = workbookAround(
      repeatedPart("xl/worksheets/sheet1.xml", SHEET_HEAD, filler, times, SHEET_TAIL, 1000)
    );
    const t0 = performance.now();
    let err: UnreadableWorkbookError | undefined;
    const grown = await heapGrowth(async () => {
      err = await refusal(liar);
    });
    expect(err?.reason).toBe("zipBomb");
    // Refused by its ratio (about 1000:1) after 16 MB, long before the 256 MB cap.
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(grown).toBeLessThan(128 * 2 ** 20);
  });

  it("refuses an .ods bomb before SheetJS, which trusts declared sizes, ever sees it", async () => {
    const ods = zipOf([
      partOf("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
      repeatedPart(
        "content.xml",
        "<office:document-content>",
        filler,
        300,
        "</office:document-content>",
        1000
      ),
    ]);
    const err = await refusal(ods);
    expect(err.reason).toBe("zipBomb");
    expect(err.params.part).toBe("content.xml");
  });

  it("refuses a shared strings table that declares gigabytes", async () => {
    const sst = repeatedPart(
      "xl/sharedStrings.xml",
      "<sst>",
      "<si><t>a</t></si>".repeat(1e5),
      1000,
      "</sst>"
    );
    const err = await refusal(
      workbookAround(sheetPart('<row r="1"><c r="A1"><v>1</v></c></row>'), "Hội chợ", [sst]),
      { maxPartBytes: 2 ** 20 }
    );
    expect(err.reason).toBe("zipBomb");
  });
});

describe("a sheet with every row filled", () => {
  // Rows and cells without addresses: each follows the one before (ECMA-376 §18.3.1.73, .4).
  const row = `<row>${"<c><v>1</v></c>".repeat(10)}</row>`;

  it("is refused at once with the cell count when it has all 1,048,576 rows", async () => {
    const full = workbookAround(
      repeatedPart("xl/worksheets/sheet1.xml", SHEET_HEAD, row.repeat(1024), 1024, SHEET_TAIL)
    );
    const t0 = performance.now();
    const err = await refusal(full);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(err.reason).toBe("tooManyCells");
    expect(err.params.sheet).toBe("Hội chợ");
    expect(err.params.cells).toBeGreaterThan(9e6);
    expect(err.text("vi")).toMatch(
      /^Trang "Hội chợ" có khoảng 10 triệu ô .*giới hạn 2,0 triệu.*tách/
    );
    expect(err.text("en")).toMatch(/about 10 million cells .*limit is 2\.0 million.*Split/);
  });

  it("is refused at the cap when its rows come in under the projection", async () => {
    const part = repeatedPart("xl/worksheets/sheet1.xml", SHEET_HEAD, row, 3000, SHEET_TAIL);
    const err = await refusal(workbookAround(part), { maxCells: 25_000 });
    expect(err.reason).toBe("tooManyCells");
    expect(err.params.cells).toBe(25_001);
  });

  it("is read whole when under the cap", async () => {
    const part = repeatedPart("xl/worksheets/sheet1.xml", SHEET_HEAD, row, 3000, SHEET_TAIL);
    const sheet = (await readXlsx(workbookAround(part))).workbook.sheets[0];
    expect(sheet.values).toHaveLength(3000);
    expect(sheet.values[2999]).toEqual(new Array(10).fill(1));
  });
});

describe("formula cells", () => {
  it("marks a formula saved without its result, and keeps a cached result", async () => {
    const file = workbookAround(
      sheetPart(
        '<row r="1"><c r="A1"><f>1+1</f></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1" t="str"><f>""</f><v></v></c><c r="D1"><f t="shared" si="0"/></c></row>'
      )
    );
    const sheet = (await readXlsx(file)).workbook.sheets[0];
    expect(sheet.values).toEqual([[UNCALCULATED_FORMULA, 2, "", UNCALCULATED_FORMULA]]);
  });
});

describe("files that are not workbooks", () => {
  it("names a .csv as one, to be saved as .xlsx", async () => {
    const err = await refusal(new TextEncoder().encode("Tên hội chợ,Tỉnh\nHội chợ A,Hà Nội\n"));
    expect(err.reason).toBe("csv");
    expect(err.text("vi")).toContain("lưu thành .xlsx");
  });

  it("tells a zip that holds no workbook", async () => {
    const err = await refusal(zipOf([partOf("word/document.xml", "<w:document/>")]));
    expect(err.reason).toBe("notWorkbook");
  });

  it("tells a damaged zip", async () => {
    const whole = workbookAround(sheetPart(""));
    const err = await refusal(whole.slice(0, whole.length - 30));
    expect(err.reason).toBe("damaged");
  });
});
