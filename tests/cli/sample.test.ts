import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { sampleWorkbook } from "../../src/core/sample";
import { rawToXlsx } from "../../src/workbook/file/rawToXlsx";
import { readXlsx } from "../../src/workbook/file/readXlsx";
import { writeXlsx } from "../../src/workbook/file/writeXlsx";
import { aTempDir } from "../builders";
import { recorder } from "../builders/cli";

describe("ocop sample", () => {
  it("writes the sample workbook, which reads back as the same grids", async () => {
    const out = join(aTempDir(), "mau.xlsx");
    const io = recorder();
    expect(await main(["sample", out], io)).toBe(0);
    expect(io.outText).toContain(out);

    const { workbook } = await readXlsx(readFileSync(out));
    const expected = sampleWorkbook({ mistakes: true });
    expect(workbook.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
    workbook.sheets.forEach((sheet, i) => {
      expect(sheet.values).toEqual(expected.sheets[i].values);
    });
  });

  it("writes the 2026 sample with --year 2026, and refuses a year it has no sample for", async () => {
    const dir = aTempDir();
    const out = join(dir, "mau-2026.xlsx");
    const io = recorder();
    expect(await main(["sample", out, "--year", "2026"], io)).toBe(0);
    expect(io.outText).toContain("2026");
    const { workbook } = await readXlsx(readFileSync(out));
    const expected = sampleWorkbook({ mistakes: true, year: 2026 });
    workbook.sheets.forEach((sheet, i) => expect(sheet.values).toEqual(expected.sheets[i].values));
    expect(workbook.sheets.flatMap((s) => s.values.flat())).toContain("đặc khu Phú Quốc");

    const bad = recorder();
    expect(await main(["sample", join(dir, "x.xlsx"), "--year", "2024"], bad)).toBe(2);
    expect(bad.errText).toContain("2023, 2026");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  it("keeps dates as dates and #REF! as an error cell", async () => {
    const out = join(aTempDir(), "mau.xlsx");
    await main(["sample", out], recorder());
    const { workbook } = await readXlsx(readFileSync(out));
    const fairs = workbook.sheets[0];
    expect(typeof fairs.values[1][3]).toBe("number");
    expect(fairs.numberFormats?.[1][3]).toBe("dd/mm/yyyy");
    const errors = workbook.sheets.flatMap((s) => s.values.flat()).filter((v) => v === "#REF!");
    expect(errors).toHaveLength(1);
  });

  it("never overwrites a file without --force", async () => {
    const out = join(aTempDir(), "mau.xlsx");
    writeFileSync(out, "keep me");
    const io = recorder();
    expect(await main(["sample", out], io)).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(io.errText.trim().split("\n")).toHaveLength(1);
    expect(io.errText).toContain("--force");

    expect(await main(["sample", out, "--force"], recorder())).toBe(0);
    expect(readFileSync(out, "utf8")).not.toBe("keep me");
  });

  it("asks for a file name in one line", async () => {
    const io = recorder();
    expect(await main(["sample"], io)).toBe(2);
    expect(io.errText.trim().split("\n")).toHaveLength(1);
    expect(await main(["sample", "--bogus", "x.xlsx"], recorder())).toBe(2);
    expect(existsSync("x.xlsx")).toBe(false);
  });
});

describe("rawToXlsx, the grids as a file", () => {
  it("turns a number under a date format into a date, but not one under a time or number format", async () => {
    const raw = {
      sheets: [
        {
          name: "Dữ liệu",
          origin: "B3",
          values: [
            ["Ngày", "Giờ", "Điểm", "Lỗi"],
            [45200, 0.5, 69.5, "#N/A"],
          ],
          numberFormats: [
            ["General", "General", "General", "General"],
            ["dd/mm/yyyy", "hh:mm", "0.0", "General"],
          ],
        },
      ],
    };
    const dir = aTempDir();
    const path = join(dir, "grid.xlsx");
    writeFileSync(path, await writeXlsx(rawToXlsx(raw)));
    // "Dữ liệu" is no sheet the check would take: read every sheet.
    const back = (await readXlsx(readFileSync(path), { allSheets: true })).workbook.sheets[0];
    // Read back from A1: the grid starts at B3.
    expect(back.values[2].slice(1)).toEqual(["Ngày", "Giờ", "Điểm", "Lỗi"]);
    expect(back.values[3].slice(1)).toEqual([45200, 0.5, 69.5, "#N/A"]);
    expect(back.numberFormats?.[3].slice(1, 4)).toEqual(["dd/mm/yyyy", "hh:mm", "0.0"]);
  });

  it("reads a 1904-system serial as the date it meant", () => {
    const book = rawToXlsx({
      date1904: true,
      sheets: [{ name: "S", origin: "A1", values: [[0]], numberFormats: [["dd/mm/yyyy"]] }],
    });
    expect(book.sheets[0].rows[0][0]).toEqual({ date: "1904-01-01" });
  });
});
