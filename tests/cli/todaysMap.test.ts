import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import {
  aFair,
  anExhibit,
  aProduct,
  aTempDir,
  aWorkbook,
  writeWorkbookFile,
  type RawRow,
} from "../builders";

/**
 * Issue 9's acceptance: `ocop check` on workbooks of today's map (34 provinces, communes from
 * 01/7/2025) and of the old one, each finding at its cell with its severity.
 */
const dir = aTempDir("ocop-map-");

interface JsonFinding {
  code: string;
  severity: string;
  address: string;
  suggestion: string | number | null;
}

function recordingIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, text: () => out.join("\n"), errText: () => err.join("\n") };
}

/** A fair, its exhibits and their ranked rows, one per unit, in `year`. */
function workbookOf(units: string[], year: number, fairProvince: string) {
  const decisionDate = `${year}-03-02`;
  const startDate = `${year}-04-10`;
  const rows = units.map((district, i) => ({
    product: `Sản phẩm số ${i + 1}`,
    producer: `Hợp tác xã số ${i + 1}`,
    district,
  }));
  const fair: RawRow = aFair({ province: fairProvince, startDate, endDate: `${year}-04-12` });
  return aWorkbook({
    fairs: [fair],
    exhibits: rows.map((r) => anExhibit({ ...r, stars: 4 })),
    products: rows.map((r, i) =>
      aProduct({ ...r, seq: i + 1, productCode: "", decisionDate, stars: 4, score: 75 })
    ),
  });
}

async function check(
  name: string,
  units: string[],
  year: number,
  fairProvince: string,
  settings: Record<string, unknown>,
  args: string[] = []
): Promise<{ code: number; findings: JsonFinding[] }> {
  const file = await writeWorkbookFile(
    dir,
    name,
    workbookOf(units, year, fairProvince),
    JSON.stringify({ reportYear: year, ...settings })
  );
  const rec = recordingIO();
  const code = await main(["check", file, "--json", ...args], rec.io);
  return { code, findings: JSON.parse(rec.text()).files[0].findings };
}

const at = (findings: JsonFinding[], address: string) =>
  findings.filter((f) => f.address === address).map((f) => [f.code, f.severity, f.suggestion]);

describe("ocop check on the merged An Giang of 2026", () => {
  const clean = ["đặc khu Phú Quốc", "phường Rạch Giá", "xã Tân Hiệp", "xã Mỹ Hoà Hưng"];

  it("finds nothing in a clean workbook", async () => {
    const { code, findings } = await check("ag-2026.xlsx", clean, 2026, "Cần Thơ", {});
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  it("finds a typo, a ward of Cần Thơ, two former districts and a fair in Hậu Giang", async () => {
    const units = ["Mỹ Hòa Hưnq", "phường Ninh Kiều", "huyện Chợ Mới", "thành phố Phú Quốc"];
    const { code, findings } = await check("ag-2026-loi.xlsx", units, 2026, "Hậu Giang", {});
    expect(code).toBe(1);
    for (const [sheet, column] of [
      ["Sản phẩm trưng bày", "D"],
      ["Sản phẩm OCOP", "F"],
    ]) {
      const kind = sheet === "Sản phẩm OCOP" ? "products" : "exhibits";
      expect(at(findings, `'${sheet}'!${column}2`)).toEqual([
        [`${kind}.district.unknown`, "error", "Mỹ Hòa Hưng"],
      ]);
      expect(at(findings, `'${sheet}'!${column}3`)).toEqual([
        [`${kind}.district.elsewhere`, "error", null],
      ]);
      expect(at(findings, `'${sheet}'!${column}4`)).toEqual([
        [`${kind}.district.levelEnded`, "warning", "xã Chợ Mới"],
      ]);
      expect(at(findings, `'${sheet}'!${column}5`)).toEqual([
        [`${kind}.district.levelEnded`, "warning", "đặc khu Phú Quốc"],
      ]);
    }
    expect(at(findings, "'Hội chợ'!C2")).toEqual([
      ["fairs.province.outdated", "warning", "thành phố Cần Thơ"],
    ]);
    expect(findings).toHaveLength(9);
  });
});

describe("ocop check on a 2024 Kiên Giang workbook (--province)", () => {
  it("finds nothing with Kiên Giang's districts and a fair in Hậu Giang (then in force)", async () => {
    const units = ["thành phố Phú Quốc", "huyện Tân Hiệp", "Rạch Giá"];
    const { findings } = await check("kg-2024.xlsx", units, 2024, "Hậu Giang", {}, [
      "--province",
      "Kiên Giang",
    ]);
    expect(findings).toEqual([]);
  });

  it("finds a typo, An Giang's Tịnh Biên and a commune of 2026", async () => {
    const units = ["huyện Tân Hiệpp", "Tịnh Biên", "đặc khu Phú Quốc"];
    const { findings } = await check("kg-2024-loi.xlsx", units, 2024, "Hậu Giang", {}, [
      "--province",
      "Kiên Giang",
    ]);
    expect(at(findings, "'Sản phẩm OCOP'!F2")).toEqual([
      ["products.district.unknown", "error", "huyện Tân Hiệp"],
    ]);
    expect(at(findings, "'Sản phẩm OCOP'!F3")).toEqual([
      ["products.district.elsewhere", "error", null],
    ]);
    // Phú Quốc was a thành phố in 2024: the name is Kiên Giang's, the type word is not.
    expect(at(findings, "'Sản phẩm OCOP'!F4")).toEqual([
      ["products.district.wrongType", "warning", "thành phố Phú Quốc"],
    ]);
  });
});

describe("ocop check on a 2026 Đồng Tháp workbook", () => {
  it("finds nothing with its communes, numbers kept", async () => {
    const units = ["xã Tân Phước 1", "phường Mỹ Tho", "Cái Bè"];
    const { findings } = await check("dt-2026.xlsx", units, 2026, "Đồng Tháp", {
      province: "Đồng Tháp",
    });
    expect(findings).toEqual([]);
  });

  it("finds a unit of no list and a former district", async () => {
    const units = ["xã Tân Phước 9", "huyện Cái Bè"];
    const { findings } = await check("dt-2026-loi.xlsx", units, 2026, "Đồng Tháp", {
      province: "Đồng Tháp",
    });
    expect(at(findings, "'Sản phẩm OCOP'!F2").map(([c, s]) => [c, s])).toEqual([
      ["products.district.unknown", "error"],
    ]);
    expect(at(findings, "'Sản phẩm OCOP'!F3")).toEqual([
      ["products.district.levelEnded", "warning", "xã Cái Bè"],
    ]);
  });
});

describe("an unknown province is never a silent switch-off", () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbookFile(dir, "any.xlsx", workbookOf(["Chợ Mới"], 2023, "Cần Thơ"));
  });

  it.each([["check"], ["report"]])(
    "ocop %s --province 'An Giag' exits 2 naming An Giang",
    async (cmd) => {
      const rec = recordingIO();
      expect(await main([cmd, file, "--province", "An Giag"], rec.io)).toBe(2);
      expect(rec.errText()).toMatch(/An Giag.*An Giang/);
      expect(rec.text()).toBe("");
    }
  );
});
