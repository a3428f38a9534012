import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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

describe("ocop report", () => {
  it("prints the report as text and warns on stderr how many rows it left out", async () => {
    const { file } = await aSampleFile();
    const io = recorder();
    expect(await main(["report", file], io)).toBe(0);
    expect(io.outText).toContain("Công tác giới thiệu, quảng bá và xúc tiến thương mại");
    expect(io.outText).toContain(
      "tỉnh Sóc Trăng (tháng 9/2023), tỉnh Hậu Giang (tháng 10/2023) và thành phố Hà Nội (tháng 12/2023)"
    );
    expect(io.errText).toMatch(/^Báo cáo không tính \d+ dòng/);
    expect(io.errText).not.toMatch(/The report leaves out/);
  });

  it("says in English which rows it left out with --lang en; the report stays Vietnamese", async () => {
    const { file } = await aSampleFile();
    const vi = recorder();
    const en = recorder();
    expect(await main(["report", file], vi)).toBe(0);
    expect(await main(["report", file, "--lang", "en"], en)).toBe(0);
    expect(en.errText).toMatch(/^The report leaves out \d+ rows/);
    expect(en.errText).not.toMatch(/Báo cáo không tính/);
    expect(en.outText).toBe(vi.outText);
  });

  it("prints Word HTML with --format html", async () => {
    const { file } = await aSampleFile();
    const io = recorder();
    expect(await main(["report", file, "--format", "html"], io)).toBe(0);
    expect(io.outText).toMatch(/^<div lang="vi"/);
    expect(io.outText).toContain("text-indent:1.27cm");
  });

  it("writes a .docx with --out, and only with --out", async () => {
    const { dir, file } = await aSampleFile();
    const io = recorder();
    expect(await main(["report", file, "--format", "docx"], io)).toBe(2);
    expect(io.errText).toContain("--out");

    const out = join(dir, "bao-cao.docx");
    expect(await main(["report", file, "--format", "docx", "--out", out], recorder())).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file("word/document.xml")?.async("string")).toContain("Hội chợ Triển lãm");
  });

  it("never overwrites an existing file without --force", async () => {
    const { dir, file } = await aSampleFile();
    const out = join(dir, "bao-cao.txt");
    writeFileSync(out, "keep me");
    expect(await main(["report", file, "--out", out], recorder())).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(await main(["report", file, "--out", out, "--force"], recorder())).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("Công tác rà soát");
  });

  it("reports the year asked for, and says when there is nothing to report", async () => {
    const { file } = await aSampleFile();
    const io = recorder();
    expect(await main(["report", file, "--year", "2022"], io)).toBe(0);
    expect(io.outText).toContain("trong năm 2022, toàn tỉnh có");
    expect(io.outText).not.toContain("Hội chợ Triển lãm");

    const none = recorder();
    expect(await main(["report", file, "--year", "2030"], none)).toBe(1);
    expect(none.errText).toContain("2030");
  });

  it("takes --year=YYYY as check does", async () => {
    const { file } = await aSampleFile();
    const spaced = recorder();
    const joined = recorder();
    expect(await main(["report", file, "--year", "2022"], spaced)).toBe(0);
    expect(await main(["report", file, "--year=2022"], joined)).toBe(0);
    expect(joined.outText).toContain("trong năm 2022");
    expect(joined.outText).toBe(spaced.outText);
  });

  it("words a missing or unreadable file exactly as check does", async () => {
    const { dir } = await aSampleFile();
    const notXlsx = join(dir, "khong-phai.xlsx");
    writeFileSync(notXlsx, "not a workbook");
    for (const file of [join(dir, "missing.xlsx"), notXlsx, dir]) {
      const report = recorder();
      const check = recorder();
      expect(await main(["report", file], report)).toBe(2);
      expect(await main(["check", file], check)).toBe(2);
      expect(report.errText.replace(/^ocop report: /, "")).toBe(
        check.errText.replace(/^ocop check: /, "")
      );
      expect(report.errText).toContain(file);
    }
  });

  it("answers bad arguments and unreadable files in one line, exit 2", async () => {
    const { dir, file } = await aSampleFile();
    const notXlsx = join(dir, "khong-phai.xlsx");
    writeFileSync(notXlsx, "not a workbook");
    for (const args of [
      ["report"],
      ["report", file, "--year", "23"],
      ["report", file, "--year=2101"],
      ["report", file, "--format", "pdf"],
      ["report", file, "--bogus"],
      ["report", join(dir, "missing.xlsx")],
      ["report", notXlsx],
    ]) {
      const io = recorder();
      expect(await main(args, io)).toBe(2);
      expect(io.errText.trim().split("\n")).toHaveLength(1);
      expect(io.errText).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(dir, "bao-cao.docx"))).toBe(false);
  });
});
