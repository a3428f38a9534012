import { toText, toWordHtml } from "../../../src/core/report";
import { aReport, HOSTILE } from "./typedRows";

describe("plain text", () => {
  it("gives the title and the paragraphs, blank lines between", () => {
    const text = toText(aReport());
    const blocks = text.trimEnd().split("\n\n");
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toBe(
      "Kết quả triển khai thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) năm 2023"
    );
    expect(blocks[1]).toMatch(/^Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP: /);
    expect(blocks[2]).toMatch(/^Công tác giới thiệu, quảng bá và xúc tiến thương mại /);
  });
});

describe("Word HTML", () => {
  const html = toWordHtml(aReport());

  it("formats every paragraph inline: Times New Roman 14 pt, justified, indent 1,27 cm, 6 pt after", () => {
    const paragraphs = html.match(/<p style="[^"]*">/g) ?? [];
    expect(paragraphs).toHaveLength(3);
    for (const p of paragraphs.slice(1)) {
      expect(p).toContain("font-family:'Times New Roman'");
      expect(p).toContain("font-size:14pt");
      expect(p).toContain("text-align:justify");
      expect(p).toContain("text-indent:1.27cm");
      expect(p).toContain("margin-bottom:6pt");
      const lineHeight = Number(/line-height:(\d+)%/.exec(p)?.[1]);
      expect(lineHeight).toBeGreaterThanOrEqual(115);
      expect(lineHeight).toBeLessThanOrEqual(150);
    }
  });

  it("formats the title as a heading: centred, bold, not indented", () => {
    const title = (html.match(/<p style="[^"]*">/g) ?? [])[0];
    expect(title).toContain("text-align:center");
    expect(title).toContain("font-weight:bold");
    expect(title).toContain("text-indent:0cm");
    expect(title).not.toContain("justify");
  });

  it("keeps a count with its word and a month with its number; plain text stays plain", () => {
    expect(html).toContain("03&nbsp;lượt");
    expect(html).toContain("(tháng&nbsp;9/2023)");
    expect(html).toContain("3&nbsp;sao");
    expect(toText(aReport())).not.toContain("\u00a0");
    expect(toText(aReport())).toContain("03 lượt");
  });

  it("keeps emphasis: the title bold, the lead-ins italic", () => {
    expect(html).toContain("<b>Kết quả triển khai");
    expect(html).toContain("<i>Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP:</i>");
  });

  it("escapes cell text: a product named like markup stays text", () => {
    const hostile = toWordHtml(aReport(HOSTILE));
    expect(hostile).not.toContain("<img");
    expect(hostile).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("is the same for the same report", () => {
    expect(toWordHtml(aReport())).toBe(html);
  });
});
