import { join } from "node:path";
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { existsSync } from "node:fs";
import {
  aFair,
  aProduct,
  aTempDir,
  aWorkbook,
  seedCouncils,
  seedTraining,
  writeWorkbookFile,
} from "../builders";
import { aSampleFile, recorder } from "../builders/cli";

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

  it("writes the training and evaluation topics from the activity sheets", async () => {
    const dir = aTempDir();
    const file = await writeWorkbookFile(
      dir,
      "hoat-dong.xlsx",
      aWorkbook({ products: [aProduct()], training: seedTraining(), councils: seedCouncils() })
    );
    const io = recorder();
    expect(await main(["report", file, "--document", "--year", "2023"], io)).toBe(0);
    expect(io.outText).toContain(
      "báo cáo chuyên đề tại 04 lớp tập huấn triển khai chính sách khuyến công và các văn bản liên quan cho các đối tượng thuộc Chương trình OCOP tỉnh do Văn phòng Điều phối xây dựng nông thôn mới tỉnh tổ chức."
    );
    expect(io.outText).toContain(
      "tham gia đóng góp ý kiến cho hồ sơ sản phẩm tham gia Chương trình OCOP năm 2023 của 10 huyện, thị xã, thành phố; tham dự Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện của 10 huyện, thị xã, thành phố."
    );
    expect(io.errText).not.toContain("[Nêu các lớp tập huấn");
  });

  it("exits 1 with a clear message and writes nothing when the year has no data", async () => {
    const dir = aTempDir();
    // A 2022 fair and product only: nothing of 2024 to write from.
    const file = await writeWorkbookFile(
      dir,
      "cu.xlsx",
      aWorkbook({
        fairs: [aFair({ startDate: "2022-09-14", endDate: "2022-09-18" })],
        products: [aProduct({ decisionDate: "2019-06-15" })],
        training: seedTraining(),
      })
    );
    const out = join(dir, "bao-cao.docx");
    const io = recorder();
    const args = ["report", file, "--document", "--year", "2024", "--format", "docx", "--out", out];
    expect(await main(args, io)).toBe(1);
    expect(io.errText).toContain("không có số liệu năm 2024");
    expect(io.errText).toContain("không ghi tệp nào");
    expect(existsSync(out)).toBe(false);
    expect(io.outText).toBe("");
  });
});
