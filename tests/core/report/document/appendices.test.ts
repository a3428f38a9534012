import JSZip from "jszip";
import { buildReport } from "../../../../src/core/report";
import { runsText } from "../../../../src/core/report/model";
import {
  appendices,
  buildDocument,
  toDocumentDocx,
  toDocumentHtml,
} from "../../../../src/core/report/document";
import { aFairRow, anExhibitRow, aProductRow, aTypedWorkbook, someOptions } from "../typedRows";

/** A small seeded generator, so a failing workbook can be rebuilt from its seed. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

function aRandomWorkbook(seed: number) {
  const r = random(seed);
  const years = [2022, 2023, 2024];
  const fairs = Array.from({ length: r(5) }, (_, i) => {
    const year = years[r(3)];
    const month = String(1 + r(12)).padStart(2, "0");
    return aFairRow({
      fairCode: `HC${i}`,
      startDate: `${year}-${month}-10`,
      endDate: `${year}-${month}-12`,
      booths: r(4),
    });
  });
  const exhibits = Array.from({ length: r(8) }, () =>
    anExhibitRow({ fairCode: `HC${r(6)}`, count: 1 + r(3) })
  );
  const products = Array.from({ length: r(12) }, () =>
    aProductRow({
      stars: [2, 3, 4, 5, undefined][r(5)] as 3 | undefined,
      decisionDate: r(6) === 0 ? undefined : `${years[r(3)]}-0${1 + r(9)}-15`,
    })
  );
  return aTypedWorkbook({ fairs, exhibits, products });
}

const counted = (text: string, pattern: RegExp): number => Number(pattern.exec(text)?.[1] ?? 0);

describe("appendices", () => {
  it("hold exactly the rows the paragraphs count, over random workbooks", () => {
    let nonTrivial = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const typed = aRandomWorkbook(seed);
      const options = someOptions();
      const report = buildReport(typed, options);
      const text = report.paragraphs.map((p) => runsText(p.runs)).join("\n");
      const list = appendices(typed, report);
      const rowsOf = (n: number) => list.find((a) => a.number === n)?.rows.length ?? 0;
      expect({ seed, products: rowsOf(1) }).toEqual({
        seed,
        products: counted(text, /có (\d+) sản phẩm được công nhận/),
      });
      // The fairs the paragraph counts are its first figure on the fairs sheet ("03 kỳ Hội chợ
      // Triển lãm", or the one fair's name): every figure keeps its rows.
      const fairSheet = typed.locations.fairs?.sheet ?? "Hội chợ";
      const fairFigure = report.paragraphs
        .find((p) => p.id === "promotion")
        ?.figures.find((f) => f.rows.length > 0 && f.rows.every((r) => r.sheet === fairSheet));
      expect({ seed, fairs: rowsOf(2) }).toEqual({
        seed,
        fairs: fairFigure?.rows.length ?? 0,
      });
      const shown =
        list.find((a) => a.number === 2)?.rows.reduce((n, r) => n + Number(r[5]), 0) ?? 0;
      expect({ seed, shown }).toEqual({ seed, shown: counted(text, /(\d+) lượt/) });
      if (rowsOf(1) > 0 && rowsOf(2) > 0 && shown > 0) nonTrivial++;
    }
    // The generator must reach workbooks where both tables and all counts are non-empty.
    expect(nonTrivial).toBeGreaterThan(10);
  });

  it("are real tables with a repeated header row, Phụ lục 1 landscape, and referred to from the text", async () => {
    const typed = aTypedWorkbook({
      fairs: [aFairRow({ fairCode: "HC01" })],
      exhibits: [anExhibitRow({ fairCode: "HC01" })],
      products: [aProductRow(), aProductRow()],
    });
    const options = someOptions();
    const report = buildReport(typed, options);
    const doc = buildDocument(report, {}, appendices(typed, report));
    expect(doc.appendices.map((a) => a.title)).toEqual([
      "Phụ lục 1: Danh sách sản phẩm OCOP được công nhận năm 2023",
      "Phụ lục 2: Các kỳ hội chợ, triển lãm đã tham gia năm 2023",
    ]);
    const body = doc.body.map((p) => runsText(p.runs)).join("\n");
    expect(body).toContain("(Chi tiết tại Phụ lục 1)");
    expect(body).toContain("(Chi tiết tại Phụ lục 2)");
    const zip = await JSZip.loadAsync(await toDocumentDocx(doc));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain("Danh sách sản phẩm OCOP được công nhận năm 2023");
    expect(toDocumentHtml(doc).match(/<thead>/g)).toHaveLength(2);
  });
});
