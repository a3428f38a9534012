import { readXlsx } from "../../../src/workbook/file/readXlsx";
import { Utf8Pieces } from "../../../src/workbook/file/read/utf8Pieces";
import { partOf, sheetPart, workbookAround } from "./hostileFiles";

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

async function gridOf(rowsXml: string, extra = [] as ReturnType<typeof partOf>[], after = "") {
  const read = await readXlsx(workbookAround(sheetPart(rowsXml, after), "Hội chợ", extra));
  return read.workbook.sheets[0];
}

describe("the sheet scan", () => {
  it("reads shared strings (rich runs joined, phonetic guides left out) and inline strings", async () => {
    const sst = partOf(
      "xl/sharedStrings.xml",
      `<sst><si><t>Cà phê &amp; trà</t></si><si><r><t>đậm </t></r><r><rPr><b/></rPr><t xml:space="preserve">nhạt</t></r><rPh><t>ふりがな</t></rPh></si><si><t>dòng_x000D_</t></si></sst>`
    );
    const sheet = await gridOf(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>Trực &#x1EBF;p &#233;</t></is></c></row>',
      [sst]
    );
    expect(sheet.values).toEqual([["Cà phê & trà", "đậm nhạt", "dòng\r", "Trực ếp é"]]);
  });

  it("reads booleans, errors, ISO dates and numbers, with each cell's number format", async () => {
    const sheet = await gridOf(
      '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#N/A</v></c><c r="C1" t="d" s="1"><v>2024-03-15T00:00:00</v></c><c r="D1" s="1"><v>45366</v></c><c r="E1"><v>-1.5E2</v></c></row>'
    );
    expect(sheet.values).toEqual([[true, "#N/A", 45366, 45366, -150]]);
    expect(sheet.numberFormats).toEqual([
      ["General", "General", "dd/mm/yyyy", "dd/mm/yyyy", "General"],
    ]);
  });

  it("places rows and cells without addresses after the ones before them", async () => {
    const sheet = await gridOf(
      '<row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c><c><v>4</v></c></row>'
    );
    expect(sheet.values).toEqual([
      [1, 2, ""],
      ["", "", ""],
      ["", 3, 4],
    ]);
  });

  it("keeps each row's formats when rows share them and when a row comes again out of order", async () => {
    const sheet = await gridOf(
      '<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1"><v>2</v></c></row>' +
        '<row r="2"><c r="A2" s="1"><v>3</v></c><c r="B2"><v>4</v></c></row>' +
        '<row r="3"><c r="A3" s="1"><v>5</v></c><c r="B3"><v>6</v></c></row>' +
        '<row r="2"><c r="C2" s="1"><v>7</v></c></row><row r="4"><c r="A4"><v>8</v></c></row>'
    );
    const D = "dd/mm/yyyy";
    expect(sheet.values).toEqual([
      [1, 2, ""],
      [3, 4, 7],
      [5, 6, ""],
      [8, "", ""],
    ]);
    expect(sheet.numberFormats).toEqual([
      [D, "General", "General"],
      [D, "General", D],
      [D, "General", "General"],
      ["General", "General", "General"],
    ]);
    // Rows 1 and 3 have the same formats: one array, read-only.
    expect(sheet.numberFormats![0]).toBe(sheet.numberFormats![2]);
  });

  it("reads a sheet whose elements carry a namespace prefix", async () => {
    const xml = `<?xml version="1.0"?><x:worksheet ${NS}><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Tên</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>6</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`;
    const read = await readXlsx(workbookAround(partOf("xl/worksheets/sheet1.xml", xml)));
    // B1 is hidden under the merged A1:B1, so column B holds nothing and the grid ends at A.
    expect(read.workbook.sheets[0].values).toEqual([["Tên"], [6]]);
  });

  it("keeps only the top-left value of a merged area", async () => {
    const sheet = await gridOf(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c></row>',
      [],
      '<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>'
    );
    expect(sheet.values).toEqual([
      [1, 2],
      ["", 4],
    ]);
  });
});

describe("UTF-8 read in pieces", () => {
  it("decodes characters cut between two pieces", () => {
    const bytes = new TextEncoder().encode("Hội chợ 🎉 Đồng Tháp");
    for (let cut = 0; cut <= bytes.length; cut++) {
      const d = new Utf8Pieces();
      const text = d.decode(bytes.subarray(0, cut)) + d.decode(bytes.subarray(cut)) + d.end();
      expect(text).toBe("Hội chợ 🎉 Đồng Tháp");
    }
  });
});
