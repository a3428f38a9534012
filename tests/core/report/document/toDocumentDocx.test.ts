import JSZip from "jszip";
import { buildDocument, toDocumentDocx } from "../../../../src/core/report/document";
import { runsText } from "../../../../src/core/report/model";
import { aReport, HOSTILE } from "../typedRows";

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("word/document.xml");
  if (!file) throw new Error("no word/document.xml");
  return file.async("string");
}

const attr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

/** The visible text of each w:p, in order. */
const paragraphTexts = (xml: string): string[] =>
  (xml.match(/<w:p\b[\s\S]*?<\/w:p>/g) ?? []).map((p) =>
    (p.match(/<w:t\b[^>]*>([^<]*)<\/w:t>/g) ?? [])
      .map((t) => t.replace(/<[^>]+>/g, ""))
      .join("")
      .replace(/&amp;/g, "&")
  );

/** Each w:r with its text, for checking the format of a given text. */
const runs = (xml: string): { props: string; text: string }[] =>
  [...xml.matchAll(/<w:r>(?:<w:rPr>([\s\S]*?)<\/w:rPr>)?<w:t\b[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map(
    (m) => ({
      props: m[1] ?? "",
      text: m[2],
    })
  );

describe("the document .docx", () => {
  const doc = buildDocument(aReport(), {});
  let xml: string;
  beforeAll(async () => {
    xml = await documentXml(await toDocumentDocx(doc));
  });

  it("is A4 with the ND 30 margins", () => {
    const mm = (twips: string | undefined): number => Math.round((Number(twips) / 1440) * 25.4);
    expect(mm(attr(xml, "w:pgSz", "w:w"))).toBe(210);
    expect(mm(attr(xml, "w:pgSz", "w:h"))).toBe(297);
    expect(mm(attr(xml, "w:pgMar", "w:top"))).toBe(20);
    expect(mm(attr(xml, "w:pgMar", "w:left"))).toBe(30);
    expect(mm(attr(xml, "w:pgMar", "w:right"))).toBe(15);
  });

  it("lays the header out as a borderless two-column table with the ND 30 texts and styles", () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? "";
    expect(table.match(/<w:tc>/g)).toHaveLength(2);
    expect(table.match(/<w:gridCol\b/g)).toHaveLength(2);
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(table)?.[1] ?? "";
    expect(borders).not.toBe("");
    expect(borders.match(/w:val="(?!none)[^"]*"/g)).toBeNull();
    const texts = paragraphTexts(table);
    expect(texts).toEqual(
      expect.arrayContaining([
        "UBND TỈNH AN GIANG",
        "SỞ CÔNG THƯƠNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
      ])
    );
    const r = runs(table);
    const of = (text: string) => r.find((x) => x.text === text)?.props ?? "missing";
    expect(of("SỞ CÔNG THƯƠNG")).toContain("<w:b/>");
    expect(of("UBND TỈNH AN GIANG")).not.toContain("<w:b/>");
    expect(of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toContain("<w:b/>");
    expect(of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toContain('<w:sz w:val="26"/>');
    expect(of("Độc lập - Tự do - Hạnh phúc")).toContain('<w:sz w:val="28"/>');
    expect(of("An Giang, ")).toContain("<w:i/>");
    for (const x of r) expect(x.props).toContain('w:ascii="Times New Roman"');
    // The agency and the motto carry their rule: an empty paragraph right under each, so the
    // rule's indents never narrow (and wrap) the text above it.
    const paragraphs = table.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    const ruled = paragraphs.flatMap((p, i) => (p.includes("<w:pBdr>") ? [i] : []));
    expect(ruled.map((i) => paragraphTexts(paragraphs[i - 1])[0])).toEqual([
      "SỞ CÔNG THƯƠNG",
      "Độc lập - Tự do - Hạnh phúc",
    ]);
    for (const i of ruled) {
      expect(paragraphTexts(paragraphs[i])).toEqual([""]);
      expect(paragraphs[i - 1]).not.toContain("<w:ind");
    }
  });

  it("widens the header into the margins so the Quốc hiệu fits one line", () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? "";
    expect(Number(attr(table, "w:tblInd", "w:w"))).toBeLessThan(0);
    const cols = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    // 13 pt bold capitals need about 105 mm (1 mm = 56.7 twips).
    expect(cols[1] / 56.7).toBeGreaterThan(105);
  });

  it("rules the trích yếu's last line, as NĐ 30 Phụ lục I, Phần I, Mục II, khoản 5.b asks", () => {
    const afterHeader = xml.slice(xml.indexOf("</w:tbl>"));
    const paragraphs = afterHeader.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    // The rule is an empty paragraph of its own right under that line, as in the header, so
    // its indents never narrow the text.
    const ruled = paragraphs.flatMap((p, i) => (p.includes("<w:pBdr>") ? [i] : []));
    expect(ruled).toHaveLength(1);
    expect(paragraphTexts(paragraphs[ruled[0]]).join("")).toBe("");
    expect(paragraphTexts(paragraphs[ruled[0] - 1])[0]).toBe(runsText(doc.summary.at(-1)!));
  });

  it("has the section headings, the data paragraphs unchanged, and ./. ending the closing", () => {
    const texts = paragraphTexts(xml);
    expect(texts).toContain("1. Kết quả triển khai thực hiện Chương trình năm 2023");
    expect(texts).toContain("2. Những khó khăn, thuận lợi trong quá trình triển khai thực hiện");
    expect(texts).toContain("3. Kế hoạch triển khai thực hiện năm 2024");
    for (const p of aReport().paragraphs) expect(texts).toContain(runsText(p.runs));
    expect(texts.find((t) => t.startsWith("Trên đây là báo cáo"))).toMatch(/\.\/\.$/);
  });

  it("highlights every blank and nothing else", () => {
    const r = runs(xml);
    const highlighted = r.filter((x) => x.props.includes('<w:highlight w:val="yellow"/>'));
    expect(highlighted.map((x) => x.text.replace(/&amp;/g, "&"))).toEqual(
      doc.blanks.map((b) => `[${b}]`)
    );
    expect(highlighted.length).toBeGreaterThan(5);
  });

  it("is the same bytes for the same input and keeps cell text as text", async () => {
    const a = await toDocumentDocx(doc);
    const b = await toDocumentDocx(buildDocument(aReport(), {}));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const hostile = await documentXml(
      await toDocumentDocx(buildDocument(aReport(), { signerName: HOSTILE }))
    );
    expect(hostile).not.toContain("<img");
    expect(hostile).toContain("&lt;img");
  });
});
