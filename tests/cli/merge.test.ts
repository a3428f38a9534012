import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { loadNationalReference } from "../../src/core/reference/national";
import { sampleWorkbook } from "../../src/core/sample";
import { defaultSettings } from "../../src/core/settings";
import type { RawWorkbook } from "../../src/core/sheets/rawSheet";
import { readXlsx } from "../../src/workbook/file/readXlsx";
import { aTempDir, writeWorkbookFile } from "../builders";
import { cliRecorder } from "../builders/cliRecorder";
import { splitByUnit } from "../core/rollup/splitByUnit";

const SETTINGS = JSON.stringify({ reportYear: 2023 });
const dir = aTempDir("ocop-merge-");
let original: string;
let units: string[];
let parts: RawWorkbook[];

beforeAll(async () => {
  const reference = await loadNationalReference();
  const raw = sampleWorkbook({ mistakes: false, year: 2023 });
  const settings = { ...defaultSettings(), reportYear: 2023 };
  parts = splitByUnit(raw, settings, { today: "2027-01-10", reference }, 3);
  original = await writeWorkbookFile(dir, "ca-tinh.xlsx", raw, SETTINGS);
  units = await Promise.all(
    parts.map((p, i) => writeWorkbookFile(dir, `don-vi-${i + 1}.xlsx`, p, SETTINGS))
  );
});

async function run(...argv: string[]) {
  const io = cliRecorder();
  const code = await main(argv, io);
  return { code, out: io.outText, err: io.errText };
}

async function grids(file: string) {
  const { workbook } = await readXlsx(readFileSync(file));
  return workbook.sheets.map((s) => ({ name: s.name, values: s.values }));
}

describe("ocop merge", () => {
  it("writes the province's workbook: its check finds nothing, its report is the original's", async () => {
    const out = join(dir, "tinh.xlsx");
    const merged = await run("merge", ...units, "--out", out);
    expect(merged.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(merged.out).toMatch(
      /^don-vi-1\.xlsx: \d+ hội chợ, \d+ dòng trưng bày, \d+ sản phẩm OCOP; 0 lỗi/m
    );
    expect(merged.out).toContain("Không có vấn đề giữa các tệp.");
    expect(merged.out).toMatch(/Hội chợ có ở nhiều tệp, đã gộp làm một: [1-9]\d* dòng/);
    expect(merged.err).toContain(`Đã ghi bản gộp ${out}`);

    const check = await run("check", out);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/^Tổng cộng 1 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin\.$/m);

    const fromOriginal = await run("report", original);
    const fromMerged = await run("report", out);
    const fromUnits = await run("report", ...units);
    expect(fromOriginal.code).toBe(0);
    expect(fromMerged.out).toBe(fromOriginal.out);
    expect(fromUnits.out).toBe(fromOriginal.out);
    expect(fromUnits.err).toContain("Báo cáo từ 3 tệp gộp lại");
  });

  it("adds no row when merging the merged workbook again, alone or with one of its sources", async () => {
    const once = join(dir, "lan-1.xlsx");
    expect((await run("merge", ...units, "--out", once)).code).toBe(0);
    const alone = join(dir, "lan-2.xlsx");
    expect((await run("merge", once, "--out", alone)).code).toBe(0);
    const withSource = join(dir, "lan-3.xlsx");
    const again = await run("merge", once, units[1], "--out", withSource);
    expect(again.code).toBe(0);
    expect(again.out).toContain("Không có vấn đề giữa các tệp.");
    const first = await grids(once);
    expect(await grids(alone)).toEqual(first);
    expect(await grids(withSource)).toEqual(first);
  });

  it("never overwrites without --force, needs --out, and writes nothing when a file is unreadable", async () => {
    const out = join(dir, "ghi-de.xlsx");
    expect((await run("merge", ...units, "--out", out)).code).toBe(0);
    const refused = await run("merge", ...units, "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("--force");
    expect((await run("merge", ...units, "--out", out, "--force")).code).toBe(0);

    const noOut = await run("merge", ...units);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain("--out");

    const missing = join(dir, "khong-co.xlsx");
    const target = join(dir, "khong-ghi.xlsx");
    const unreadable = await run("merge", units[0], missing, "--out", target, "--lang", "en");
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toContain(`no such file: ${missing}`);
    expect(existsSync(target)).toBe(false);
  });

  it("says its summary in English with --lang en", async () => {
    const out = join(dir, "tinh-en.xlsx");
    const merged = await run("merge", ...units, "--out", out, "--lang", "en");
    expect(merged.code).toBe(0);
    expect(merged.out).toMatch(
      /^don-vi-2\.xlsx: \d+ fairs?, \d+ exhibit rows?, \d+ ranked products?; 0 errors/m
    );
    expect(merged.out).toContain("No problems across files.");
    expect(merged.err).toContain(`Wrote the merged workbook ${out}`);
  });
});

describe("ocop check --across", () => {
  /** Part `to` with the last data row of sheet `sheet` of part `from` appended, edited. */
  async function withCopiedRow(
    name: string,
    from: number,
    to: number,
    sheet: string,
    edit: Record<number, string> = {}
  ): Promise<string> {
    const src = parts[from].sheets.find((s) => s.name === sheet)!;
    const copy: RawWorkbook = structuredClone(parts[to]);
    const dst = copy.sheets.find((s) => s.name === sheet)!;
    const values = [...src.values.at(-1)!];
    for (const [i, v] of Object.entries(edit)) values[Number(i)] = v;
    dst.values.push(values);
    dst.numberFormats?.push([...(src.numberFormats?.at(-1) ?? values.map(() => "General"))]);
    return writeWorkbookFile(dir, name, copy, SETTINGS);
  }

  it("prints each file's findings and, once, a product two files hold, naming both cells", async () => {
    const twice = await withCopiedRow("trung-sp.xlsx", 0, 1, "Sản phẩm OCOP");
    const checked = await run("check", "--across", units[0], twice);
    expect(checked.code).toBe(0);
    const lines = checked.out.split("\n").filter((l) => l.includes("[across."));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ {4}trung-sp\.xlsx 'Sản phẩm OCOP'![A-Z]+\d+ {2}cảnh báo /);
    expect(lines[0]).toMatch(/don-vi-1\.xlsx, Sản phẩm OCOP, ô [A-Z]+\d+/);
    expect(checked.out).toContain("Giữa các tệp: 0 lỗi, 1 cảnh báo, 0 thông tin.");
    expect(checked.out).toMatch(/^Tổng cộng 2 tệp/m);
  });

  it("exits 1 on a fair code that means two fairs, and gives the across findings in --json", async () => {
    const clash = await withCopiedRow("trung-ma.xlsx", 0, 1, "Hội chợ", {
      1: "Hội chợ Xuân",
      3: "2023-02-01",
      4: "2023-02-03",
    });
    // The copied fair's code is part 1's last fair's code, which part 2 may hold as the same fair.
    const checked = await run("check", units[0], clash, "--across", "--json");
    expect(checked.code).toBe(1);
    const json = JSON.parse(checked.out) as {
      files: { file: string }[];
      across: { code: string; file: string; other: { file: string; address: string } }[];
    };
    expect(json.files.map((f) => f.file)).toEqual(["don-vi-1.xlsx", "trung-ma.xlsx"]);
    const clashes = json.across.filter((f) => f.code === "across.fairs.codeClash");
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({ file: "trung-ma.xlsx", other: { file: "don-vi-1.xlsx" } });
    expect(clashes[0].other.address).toMatch(/^'Hội chợ'![A-Z]+\d+$/);

    // merge says the same, exits 1, and still writes the merge with both fairs apart.
    const out = join(dir, "tinh-trung-ma.xlsx");
    const merged = await run("merge", units[0], clash, "--out", out);
    expect(merged.code).toBe(1);
    expect(merged.out).toContain("[across.fairs.codeClash]");
    expect(merged.out).toContain("Giữa các tệp: 1 lỗi");
    const fairs = (await grids(out)).find((g) => g.name === "Hội chợ")!;
    expect(fairs.values.some((r) => String(r[0]).endsWith("-2"))).toBe(true);
  });
});
