import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import * as core from "../../src/core/check";
import type { CliIO } from "../../src/cli/io";
import { readProblemText } from "../../src/workbook/file/readXlsx";
import { aFair, anExhibit, aProduct, aTempDir, aWorkbook, writeWorkbookFile } from "../builders";

function recordingIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out, err, text: () => out.join("\n"), errText: () => err.join("\n") };
}

const dir = aTempDir("ocop-check-");
const cleanBook = aWorkbook({
  fairs: [aFair({ startDate: "2023-09-14", endDate: "2023-09-18" })],
  exhibits: [anExhibit()],
  products: [aProduct()],
});
const brokenBook = aWorkbook({
  fairs: [aFair(), aFair({ fairCode: "HC02", startDate: "03/15/2023" })],
  exhibits: [anExhibit(), anExhibit({ district: "Chợ Mớii", count: "#REF!" })],
  products: [aProduct()],
});
let clean: string;
let broken: string;

beforeAll(async () => {
  clean = await writeWorkbookFile(
    dir,
    "sạch.xlsx",
    cleanBook,
    JSON.stringify({ reportYear: 2023 })
  );
  broken = await writeWorkbookFile(
    dir,
    "lỗi.xlsx",
    brokenBook,
    JSON.stringify({ reportYear: 2023 })
  );
});

describe("ocop check", () => {
  it("exits 0 on a clean workbook and prints a summary line", async () => {
    const rec = recordingIO();
    expect(await main(["check", clean], rec.io)).toBe(0);
    expect(rec.text()).toContain(clean);
    expect(rec.text()).toMatch(/0 lỗi/);
    expect(rec.text()).toMatch(/^Tổng cộng 1 tệp: 0 lỗi/m);
  });

  it("exits 1 and prints each finding under its file and sheet with its address", async () => {
    const rec = recordingIO();
    expect(await main(["check", broken], rec.io)).toBe(1);
    const lines = rec.text().split("\n");
    const at = (needle: string) => lines.findIndex((l) => l.includes(needle));
    expect(at("'Hội chợ'!D3")).toBeGreaterThan(at("  Hội chợ"));
    expect(lines[at("'Hội chợ'!D3")]).toMatch(/lỗi .*Từ ngày.*\[fairs\.startDate\.invalid\]/);
    expect(at("'Sản phẩm trưng bày'!D3")).toBeGreaterThan(at("  Sản phẩm trưng bày"));
    expect(lines[at("'Sản phẩm trưng bày'!D3")]).toContain('có phải "Chợ Mới"?');
    expect(lines[at("'Sản phẩm trưng bày'!G3")]).toContain("#REF!");
    expect(rec.text()).toMatch(/^ {2}3 lỗi, /m);
  });

  it("speaks English with --lang en", async () => {
    const rec = recordingIO();
    expect(await main(["check", broken, "--lang", "en"], rec.io)).toBe(1);
    expect(rec.text()).toContain(
      'Start date "03/15/2023": not a date; write day/month/year (dd/mm/yyyy).'
    );
    expect(rec.text()).toMatch(/^Total, 1 file: 3 errors?, /m);
  });

  it("prints exactly the documented JSON with --json", async () => {
    const rec = recordingIO();
    expect(await main(["check", "--json", broken, clean], rec.io)).toBe(1);
    const doc = JSON.parse(rec.text());
    expect(Object.keys(doc)).toEqual(["files"]);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([broken, clean]);
    const [first, second] = doc.files;
    expect(Object.keys(first)).toEqual(["file", "findings", "summary"]);
    expect(first.findings).toContainEqual({
      severity: "error",
      code: "fairs.startDate.invalid",
      sheet: "Hội chợ",
      row: 3,
      column: "D",
      address: "'Hội chợ'!D3",
      value: "03/15/2023",
      message: 'Từ ngày "03/15/2023": không đọc được ngày; ghi theo ngày/tháng/năm (dd/mm/yyyy).',
      suggestion: null,
    });
    expect(first.findings).toContainEqual(
      expect.objectContaining({
        code: "exhibits.district.unknown",
        suggestion: "Chợ Mới",
        value: "Chợ Mớii",
      })
    );
    for (const f of first.findings)
      expect(Object.keys(f)).toEqual([
        "severity",
        "code",
        "sheet",
        "row",
        "column",
        "address",
        "value",
        "message",
        "suggestion",
      ]);
    expect(first.summary).toEqual({
      error: 3,
      warning: expect.any(Number),
      info: expect.any(Number),
    });
    expect(second.summary.error).toBe(0);
  });

  it("takes --year and --province over the workbook's settings", async () => {
    const codesFor = async (args: string[]) => {
      const rec = recordingIO();
      await main(["check", clean, "--json", ...args], rec.io);
      return JSON.parse(rec.text()).files[0].findings.map((f: { code: string }) => f.code);
    };
    // The workbook says 2023, its fair is in September 2023.
    expect(await codesFor([])).not.toContain("fairs.startDate.outsideReportYear");
    expect(await codesFor(["--year", "2024"])).toContain("fairs.startDate.outsideReportYear");

    const other = recordingIO();
    await main(["check", broken, "--json", "--province", "Đồng Tháp"], other.io);
    const districts = JSON.parse(other.text()).files[0].findings.filter(
      (f: { code: string }) => f.code === "exhibits.district.unknown"
    );
    // Checked against Đồng Tháp's own 2023 list: no An Giang unit offered as the fix.
    expect(districts).toHaveLength(1);
    expect(districts[0].suggestion).toBeNull();
  });

  it("exits 2 with one clear line for a missing or unreadable file", async () => {
    const notXlsx = join(dir, "ghi-chu.xlsx");
    writeFileSync(notXlsx, "không phải xlsx");
    for (const file of [join(dir, "không-có.xlsx"), notXlsx]) {
      const rec = recordingIO();
      expect(await main(["check", file], rec.io)).toBe(2);
      expect(rec.err).toHaveLength(1);
      expect(rec.errText()).toContain(file);
      expect(rec.errText()).not.toMatch(/\n\s+at /);
    }
  });

  it("names a file that is not an .xlsx in our words only: no library text, no link", async () => {
    const renamed = join(dir, "ghi-chu-doi-ten.xlsx");
    writeFileSync(renamed, "một tệp văn bản đổi đuôi thành .xlsx");
    const rec = recordingIO();
    expect(await main(["check", renamed], rec.io)).toBe(2);
    expect(rec.err).toEqual([
      `ocop check: không đọc được ${renamed}: ${readProblemText("notWorkbook", "vi")}`,
    ]);
    const en = recordingIO();
    expect(await main(["check", renamed, "--lang", "en"], en.io)).toBe(2);
    expect(en.err).toEqual([
      `ocop check: cannot read ${renamed}: ${readProblemText("notWorkbook", "en")}`,
    ]);
  });

  it("says a folder is a folder", async () => {
    const rec = recordingIO();
    expect(await main(["check", dir], rec.io)).toBe(2);
    expect(rec.err).toHaveLength(1);
    expect(rec.errText()).toBe(`ocop check: là thư mục, không phải tệp .xlsx: ${dir}`);
    expect(rec.errText()).not.toContain("EISDIR");
  });

  it("does not blame the file when the checker itself fails", async () => {
    const spy = jest.spyOn(core, "checkWorkbook").mockImplementation(() => {
      throw new Error("rule exploded");
    });
    try {
      const rec = recordingIO();
      expect(await main(["check", clean], rec.io)).toBe(2);
      expect(rec.errText()).toBe(
        `ocop check: lỗi của chương trình khi kiểm tra ${clean}: rule exploded`
      );
      expect(rec.errText()).not.toContain(readProblemText("notWorkbook", "vi"));
    } finally {
      spy.mockRestore();
    }
  });

  it("still reports the readable files when another is missing, as JSON and as text", async () => {
    const missing = join(dir, "không-có.xlsx");
    const json = recordingIO();
    expect(await main(["check", clean, missing, "--json"], json.io)).toBe(2);
    const doc = JSON.parse(json.text());
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([clean]);
    expect(json.err).toEqual([`ocop check: không có tệp: ${missing}`]);

    const text = recordingIO();
    expect(await main(["check", clean, missing], text.io)).toBe(2);
    expect(text.text().split("\n")[0]).toBe(clean);
    expect(text.text()).toMatch(/^Tổng cộng 1 tệp: 0 lỗi/m);
    expect(text.err).toEqual(json.err);
  });

  it("cuts a 32 KB cell value to about 200 characters in printed messages; JSON keeps it whole", async () => {
    const long = "Chợ Mới " + "x".repeat(32 * 1024);
    const file = await writeWorkbookFile(
      dir,
      "dài.xlsx",
      aWorkbook({
        fairs: [aFair({ startDate: "2023-09-14", endDate: "2023-09-18" })],
        exhibits: [anExhibit({ district: long })],
        products: [aProduct()],
      }),
      JSON.stringify({ reportYear: 2023 })
    );
    const text = recordingIO();
    await main(["check", file], text.io);
    const line = text
      .text()
      .split("\n")
      .find((l) => l.includes("'Sản phẩm trưng bày'!D2"));
    expect(line).toMatch(/"Chợ Mới x+…"/);
    expect(line!.length).toBeLessThan(400);
    expect(text.text().length).toBeLessThan(2000);

    const json = recordingIO();
    await main(["check", file, "--json"], json.io);
    const finding = JSON.parse(json.text()).files[0].findings.find(
      (f: { address: string }) => f.address === "'Sản phẩm trưng bày'!D2"
    );
    expect(finding.value).toBe(long);
    expect(finding.message).toContain(long);
  });

  it.each([
    [[]],
    [["--year=1999", "f.xlsx"]],
    [["--year", "23", "f.xlsx"]],
    [["--lang", "fr", "f.xlsx"]],
    [["--verbose", "f.xlsx"]],
    [["f.xlsx", "--province"]],
  ])("exits 2 on bad arguments %j", async (args) => {
    const rec = recordingIO();
    expect(await main(["check", ...args], rec.io)).toBe(2);
    expect(rec.errText().split("\n")[0]).toMatch(/^ocop check: /);
    expect(rec.out).toEqual([]);
  });
});
