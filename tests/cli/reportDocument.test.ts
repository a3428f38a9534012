import { join } from "node:path";
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { aTempDir } from "../builders";

function recorder(): CliIO & { outText: string; errText: string } {
  const io = {
    outText: "",
    errText: "",
    out: (t: string) => void (io.outText += t + "\n"),
    err: (t: string) => void (io.errText += t + "\n"),
  };
  return io;
}

async function aSampleFile(): Promise<{ dir: string; file: string }> {
  const dir = aTempDir();
  const file = join(dir, "mau.xlsx");
  expect(await main(["sample", file], recorder())).toBe(0);
  return { dir, file };
}

describe("ocop report --document", () => {
  it("prints the whole document as text and lists the open blanks on stderr", async () => {
    const { file } = await aSampleFile();
    const io = recorder();
    expect(await main(["report", file, "--document"], io)).toBe(0);
    expect(io.outText).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(io.outText).toContain("1. Kết quả triển khai thực hiện Chương trình năm 2023");
    expect(io.outText).toContain("Công tác giới thiệu, quảng bá và xúc tiến thương mại");
    expect(io.errText).toMatch(/Còn \d+ chỗ trống cần điền:/);
    expect(io.errText).toContain("  [Họ và tên người ký]");
  });

  it("writes the document .docx with --out", async () => {
    const { dir, file } = await aSampleFile();
    const out = join(dir, "bao-cao.docx");
    const io = recorder();
    expect(await main(["report", file, "--document", "--format", "docx", "--out", out], io)).toBe(
      0
    );
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
  });

  it("prints the document as HTML with --format html", async () => {
    const { file } = await aSampleFile();
    const io = recorder();
    expect(await main(["report", file, "--document", "--format", "html"], io)).toBe(0);
    expect(io.outText).toMatch(/^<div lang="vi"/);
    expect(io.outText).toContain("<table");
  });
});
