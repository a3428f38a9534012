import JSZip from "jszip";
import { toDocx } from "../../../src/core/report";
import { aReport, HOSTILE } from "./typedRows";

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("word/document.xml");
  if (!file) throw new Error("no word/document.xml");
  return file.async("string");
}

const attr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

describe("the .docx", () => {
  let xml: string;
  beforeAll(async () => {
    xml = await documentXml(await toDocx(aReport()));
  });

  it("is A4 with margins top 20, bottom 20, left 30, right 15 mm", () => {
    const mm = (twips: string | undefined): number => Math.round((Number(twips) / 1440) * 25.4);
    expect(mm(attr(xml, "w:pgSz", "w:w"))).toBe(210);
    expect(mm(attr(xml, "w:pgSz", "w:h"))).toBe(297);
    expect(mm(attr(xml, "w:pgMar", "w:top"))).toBe(20);
    expect(mm(attr(xml, "w:pgMar", "w:bottom"))).toBe(20);
    expect(mm(attr(xml, "w:pgMar", "w:left"))).toBe(30);
    expect(mm(attr(xml, "w:pgMar", "w:right"))).toBe(15);
  });

  it("sets the title centred and every paragraph justified with a 1,27 cm first-line indent and 6 pt after", () => {
    const paragraphs = xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(attr(paragraphs[0] ?? "", "w:jc", "w:val")).toBe("center");
    for (const p of paragraphs.slice(1, 3)) {
      expect(attr(p, "w:jc", "w:val")).toBe("both");
      expect((Number(attr(p, "w:ind", "w:firstLine")) / 1440) * 2.54).toBeCloseTo(1.27, 2);
      expect(Number(attr(p, "w:spacing", "w:after"))).toBe(6 * 20);
      const line = Number(attr(p, "w:spacing", "w:line")) / 240;
      expect(line).toBeGreaterThanOrEqual(1.15);
      expect(line).toBeLessThanOrEqual(1.5);
    }
  });

  it("writes every run in Times New Roman 14 pt", () => {
    const runs = xml.match(/<w:r>.*?<\/w:r>/g) ?? [];
    expect(runs.length).toBeGreaterThanOrEqual(5);
    for (const r of runs) {
      expect(attr(r, "w:rFonts", "w:ascii")).toBe("Times New Roman");
      expect(attr(r, "w:rFonts", "w:hAnsi")).toBe("Times New Roman");
      expect(attr(r, "w:sz", "w:val")).toBe("28");
    }
  });

  it("carries the same words as the text", () => {
    const words = (xml.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? [])
      .map((t) => t.replace(/<[^>]+>/g, ""))
      .join("");
    expect(words).toContain("khoảng 03\u00a0lượt sản phẩm đặc thù");
  });

  it("holds a product named like markup as plain text", async () => {
    const hostile = await documentXml(await toDocx(aReport(HOSTILE)));
    expect(hostile).not.toContain("<img");
    expect(hostile).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("comes out byte for byte the same for the same report, even written later", async () => {
    const first = await toDocx(aReport());
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await toDocx(aReport());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("says vi-VN in the document defaults, dates the document by the report date, numbers pages from page 2", async () => {
    const zip = await JSZip.loadAsync(await toDocx(aReport()));
    const read = async (path: string): Promise<string> => {
      const file = zip.file(path);
      if (!file) throw new Error(`no ${path}`);
      return file.async("string");
    };
    const styles = await read("word/styles.xml");
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)?.[0] ?? "";
    expect(attr(defaults, "w:lang", "w:val")).toBe("vi-VN");
    const core = await read("docProps/core.xml");
    expect(core).toContain(">2023-12-31T00:00:00Z</dcterms:created>");
    expect(core).toContain(">2023-12-31T00:00:00Z</dcterms:modified>");
    // A first page of its own (w:titlePg) whose footer is empty; the others show PAGE.
    expect(xml).toMatch(/<w:titlePg\b/);
    const refs = [...xml.matchAll(/<w:footerReference [^>]*>/g)].map((m) => m[0]);
    const target = async (type: string): Promise<string> => {
      const ref = refs.find((r) => r.includes(`w:type="${type}"`)) ?? "";
      const id = /r:id="([^"]+)"/.exec(ref)?.[1];
      const rels = await read("word/_rels/document.xml.rels");
      const file = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
      return read(`word/${file}`);
    };
    expect(await target("default")).toMatch(/PAGE/);
    expect(await target("first")).not.toMatch(/PAGE/);
  });
});
