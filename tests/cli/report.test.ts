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

  it("reports the year asked for, with a sentence for a year without fairs or products", async () => {
    const { file } = await aSampleFile();
    const io = recorder();
    expect(await main(["report", file, "--year", "2022"], io)).toBe(0);
    expect(io.outText).toContain("trong năm 2022, toàn tỉnh có");
    expect(io.outText).toContain("trong năm 2022, không tham gia kỳ Hội chợ Triển lãm nào.");

    const none = recorder();
    expect(await main(["report", file, "--year", "2030"], none)).toBe(0);
    expect(none.outText).toContain(
      "trong năm 2030, toàn tỉnh không có sản phẩm nào được công nhận đạt chuẩn OCOP."
    );
  });

  it("says a workbook with no dated row needs --year, rather than reporting year 0", async () => {
    const dir = aTempDir();
    const file = join(dir, "trong.xlsx");
    expect(await main(["template", file], recorder())).toBe(0);
    const io = recorder();
    expect(await main(["report", file], io)).toBe(1);
    expect(io.errText).toContain("--year");
    expect(io.errText).not.toMatch(/\b0\b/);
  });

  it('writes "khoảng" only with --approximate', async () => {
    const { file } = await aSampleFile();
    const exact = recorder();
    const about = recorder();
    expect(await main(["report", file], exact)).toBe(0);
    expect(await main(["report", file, "--approximate"], about)).toBe(0);
    expect(exact.outText).not.toContain("khoảng");
    expect(exact.outText).toMatch(/quảng bá \d+ lượt/);
    expect(about.outText).toMatch(/quảng bá khoảng \d+ lượt/);
  });

  it("exits 1 with --strict when rows are left out, keeping its stderr line", async () => {
    const { file } = await aSampleFile();
    const io = recorder();
    expect(await main(["report", file, "--strict"], io)).toBe(1);
    expect(io.outText).toContain("Công tác rà soát");
    expect(io.errText).toMatch(/Báo cáo không tính \d+ dòng/);
  });

  it("prints the report as JSON: paragraphs with their figures and rows, and the rows left out", async () => {
    const { file } = await aSampleFile();
    const io = recorder();
    expect(await main(["report", file, "--format", "json"], io)).toBe(0);
    const json = JSON.parse(io.outText) as {
      year: number;
      paragraphs: Array<{
        id: string;
        text: string;
        figures: Array<{ text: string; rows: Array<{ sheet: string; row: number }> }>;
      }>;
      leftOut: Array<{ sheet: string; row: number; reason: string }>;
    };
    expect(Object.keys(json)).toEqual(["year", "paragraphs", "leftOut"]);
    expect(json.year).toBe(2023);
    expect(json.paragraphs.map((p) => p.id)).toEqual(["ranking", "promotion"]);
    for (const p of json.paragraphs) {
      expect(Object.keys(p)).toEqual(["id", "text", "figures"]);
      expect(p.figures.length).toBeGreaterThan(0);
      for (const f of p.figures) {
        expect(Object.keys(f)).toEqual(["text", "rows"]);
        expect(p.text).toContain(f.text);
        expect(f.rows.length).toBeGreaterThan(0);
        for (const r of f.rows) expect(Object.keys(r)).toEqual(["sheet", "row"]);
      }
    }
    const products = json.paragraphs[0].figures[0];
    expect(products.text).toMatch(/^\d+ sản phẩm$/);
    expect(products.rows).toHaveLength(Number(products.text.split(" ")[0]));
    expect(products.rows[0].sheet).toBe("Sản phẩm OCOP");
    expect(json.leftOut.length).toBeGreaterThan(0);
    for (const l of json.leftOut) {
      expect(Object.keys(l)).toEqual(["sheet", "row", "reason"]);
      expect(l.reason).toBe("có lỗi");
    }
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
