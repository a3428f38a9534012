import { checkWorkbook } from "../../../src/core/check";
import type { Finding } from "../../../src/core/findings";
import { defaultSettings, type Settings } from "../../../src/core/settings";
import { aProduct, aWorkbook, nationalReferenceOnce, type RawRow } from "../../builders";

const national = nationalReferenceOnce();

/** The findings on ranked products (An Giang's units, dated so none is a unit finding). */
function findingsOn(rows: RawRow[], settings: Partial<Settings> = {}): Finding[] {
  const products = rows.map((r, i) =>
    aProduct({ product: `Sản phẩm ${i + 1}`, district: "Chợ Mới", expiryDate: "", ...r })
  );
  return checkWorkbook(
    aWorkbook({ products }),
    { ...defaultSettings(), ...settings },
    {
      today: "2026-11-30",
      reference: national.current,
    }
  ).findings;
}

const only = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);

describe("QĐ 26/2026/QĐ-TTg: names of Phụ lục I on decisions from 22/5/2026", () => {
  const oldName = "Sản phẩm trà từ thực vật khác";

  it("accepts QĐ 148's name on a 2026 decision with an info naming the new one", () => {
    const [f] = only(
      findingsOn([{ productSet: oldName, decisionDate: "2026-06-10" }]),
      "products.productSet.renamed"
    );
    expect(f).toMatchObject({
      severity: "info",
      suggestion: "Sản phẩm chè từ thực vật khác",
      fixable: true,
    });
  });

  it("says nothing on the day before QĐ 26 took effect (a 2026 row still judged by QĐ 148)", () => {
    const found = findingsOn([{ productSet: oldName, decisionDate: "2026-05-21" }]);
    expect(only(found, "products.productSet.renamed")).toEqual([]);
    expect(only(found, "products.productSet.unknown")).toEqual([]);
  });

  it("accepts Phụ lục I's name on rows of either rules", () => {
    for (const decisionDate of ["2025-03-10", "2026-06-10"]) {
      const found = findingsOn([{ productSet: "Sản phẩm chè từ thực vật khác", decisionDate }]);
      expect(found.filter((f) => f.columnKey === "productSet")).toEqual([]);
    }
  });

  it("reads a nhóm of Phụ lục I in the group column as its sản phẩm", () => {
    const found = findingsOn([{ group: "Thực phẩm chế biến", decisionDate: "2026-06-10" }]);
    expect(found.filter((f) => f.columnKey === "group")).toEqual([]);
  });
});

describe("QĐ 26/2026/QĐ-TTg: who recognises", () => {
  const threeStars = { score: 60, stars: 3, level: "huyện" };

  it("warns on a 2026 3★ decision by a district: UBND cấp tỉnh recognises it", () => {
    const found = findingsOn([{ ...threeStars, decisionDate: "2026-06-10" }]);
    const [f] = only(found, "products.level.notRecogniser");
    expect(f).toMatchObject({ severity: "warning", suggestion: "tỉnh" });
    expect(f.params).toMatchObject({ body: "UBND cấp tỉnh", stars: 3 });
    expect(only(found, "products.level.era")).toEqual([]);
  });

  it("judges a 2025 row by QĐ 148: 3★ by a district before 01/7/2025 passes, after it not", () => {
    const before = findingsOn([{ ...threeStars, decisionDate: "2025-03-10" }]);
    expect(before.filter((f) => f.columnKey === "level")).toEqual([]);
    const after = findingsOn([{ ...threeStars, decisionDate: "2025-09-10" }]);
    expect(after.filter((f) => f.columnKey === "level").map((f) => f.code)).toEqual([
      "products.level.era",
    ]);
  });

  it("warns on 'Bộ NN&PTNT' on a 2026 5★ decision, not on a 2025 one", () => {
    const fiveStars = { score: 92, stars: 5, level: "Bộ NN&PTNT" };
    const [f] = only(
      findingsOn([{ ...fiveStars, decisionDate: "2026-06-10" }]),
      "products.level.formerMinistry"
    );
    expect(f).toMatchObject({ severity: "warning", suggestion: "Bộ Nông nghiệp và Môi trường" });
    const earlier = findingsOn([{ ...fiveStars, decisionDate: "2025-12-10" }]);
    expect(earlier.filter((f) => f.columnKey === "level")).toEqual([]);
  });
});

describe("QĐ 26/2026/QĐ-TTg: the re-evaluation window (180 to 120 days before expiry)", () => {
  // Decided 01/3/2024: expires 01/3/2027; window 02/9/2026 to 01/11/2026.
  const row = { decisionDate: "2024-03-01" };
  const window = (reportDate: string) =>
    findingsOn([row], { reportYear: 2026, reportDate }).filter((f) =>
      f.code.startsWith("products.decisionDate.reevaluation")
    );

  it("finds a passed window on 31/12/2026, giving both dates", () => {
    const [f] = window("2026-12-31");
    expect(f).toMatchObject({
      code: "products.decisionDate.reevaluationMissed",
      severity: "warning",
    });
    expect(f.params).toMatchObject({
      expiryDate: "2027-03-01",
      openDate: "2026-09-02",
      closeDate: "2026-11-01",
    });
    expect(f.column).toBe("L");
  });

  it("finds an open window on its first day, none the day before", () => {
    expect(window("2026-09-02").map((f) => f.code)).toEqual([
      "products.decisionDate.reevaluationOpen",
    ]);
    expect(window("2026-09-01")).toEqual([]);
  });

  it("leaves an expired certificate to the expiry finding", () => {
    const found = findingsOn([row], { reportYear: 2027, reportDate: "2027-03-01" });
    expect(found.filter((f) => f.code.includes("reevaluation"))).toEqual([]);
    expect(only(found, "products.decisionDate.expired")).toHaveLength(1);
  });

  it("does not apply before QĐ 26 took effect", () => {
    const earlier = findingsOn([{ decisionDate: "2022-10-01" }], {
      reportYear: 2025,
      reportDate: "2025-06-30",
    });
    expect(earlier.filter((f) => f.code.includes("reevaluation"))).toEqual([]);
  });

  it("skips the older row of a product ranked again", () => {
    const found = findingsOn(
      [row, { ...row, decisionDate: "2026-02-10" }].map((r) => ({
        ...r,
        product: "Khô cá lóc",
      })),
      { reportYear: 2026, reportDate: "2026-12-31" }
    );
    expect(found.filter((f) => f.code.includes("reevaluation"))).toEqual([]);
  });
});
