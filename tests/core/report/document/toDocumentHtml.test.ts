import {
  buildDocument,
  toDocumentHtml,
  toDocumentText,
} from "../../../../src/core/report/document";
import { aReport, HOSTILE } from "../typedRows";

describe("the document as HTML and text", () => {
  const doc = buildDocument(aReport(), { requestSender: HOSTILE });
  const html = toDocumentHtml(doc);

  it("is Vietnamese, inline-styled, with the header and signature as borderless tables", () => {
    expect(html).toMatch(/^<div lang="vi" style="[^"]*Times New Roman/);
    expect(html).not.toMatch(/<style|class=/);
    const tables: string[] = html.match(/<table\b[^>]*>[\s\S]*?<\/table>/g) ?? [];
    expect(tables).toHaveLength(2);
    expect(tables[0]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(tables[0]).toContain("SỞ CÔNG THƯƠNG");
    expect(tables[0].match(/<td\b/g)).toHaveLength(2);
    expect(tables[0]).toContain("border:none");
  });

  it("highlights every blank and escapes cell text", () => {
    const highlighted = html.match(/<span style="background:yellow[^"]*">/g) ?? [];
    expect(highlighted).toHaveLength(doc.blanks.length);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
  });

  it("as text, reads top to bottom with the blanks in brackets", () => {
    const text = toDocumentText(doc);
    expect(text.indexOf("CỘNG HÒA")).toBeLessThan(text.indexOf("BÁO CÁO"));
    expect(text.indexOf("BÁO CÁO")).toBeLessThan(text.indexOf("1. Kết quả"));
    expect(text).toContain("[Nêu thuận lợi trong quá trình triển khai thực hiện]");
    expect(text.trimEnd()).toMatch(/\[Họ và tên người ký\]$/);
  });
});
