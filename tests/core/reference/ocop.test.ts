import {
  GROUPS,
  PRODUCT_SETS,
  VALIDITY_MONTHS,
  expectedLevels,
  expiryDate,
  resolveCategory,
  resolveGroup,
  resolveLevel,
  resolveProducerType,
  resolveProductSet,
  resolveStars,
  resolveStatus,
  starsForScore,
} from "../../../src/core/reference/ocop";

describe("OCOP groups and product sets (QĐ 148/QĐ-TTg)", () => {
  it("has 6 groups and 26 sets numbered 1–26, each in its group", () => {
    expect(GROUPS.map((g) => g.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(PRODUCT_SETS.map((s) => s.id)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    const perGroup = GROUPS.map((g) => PRODUCT_SETS.filter((s) => s.group === g.id).length);
    expect(perGroup).toEqual([13, 4, 3, 2, 3, 1]);
  });

  it.each([
    ["1", 1],
    ["Nhóm 1", 1],
    ["Nhóm Thực phẩm", 1],
    ["1. Thực phẩm", 1],
    ["Nhóm 2: Đồ uống", 2],
    ["dich vu du lich cong dong, du lich sinh thai va diem du lich", 6],
  ])("reads the group %p", (text, id) => {
    expect(resolveGroup(text)).toMatchObject({ kind: "ok", group: { id } });
  });

  it.each([
    ["Thảo dược", 3],
    ["Vải và may mặc", 4],
    ["Lưu niệm - nội thất - trang trí", 4],
    ["Dịch vụ du lịch nông thôn, bán hàng", 6],
  ])("reads the 2019 name %p as old, naming group %i", (text, id) => {
    expect(resolveGroup(text)).toMatchObject({ kind: "old", group: { id }, oldName: text });
  });

  it("suggests a group for a near miss and nothing for nonsense", () => {
    expect(resolveGroup("Thực phẩmm")).toEqual({ kind: "unknown", suggestion: "Thực phẩm" });
    expect(resolveGroup("7")).toEqual({ kind: "unknown" });
    expect(resolveGroup("")).toEqual({ kind: "unknown" });
    expect(resolveGroup("Máy bay")).toEqual({ kind: "unknown" });
  });

  it.each([
    ["7", 7],
    ["(7) Chế biến từ rau, củ, quả, hạt", 7],
    ["Chế biến từ rau, củ, quả, hạt", 7],
    ["Chế biến từ thịt, thủy sản, trứng, sữa, mật ong...", 8],
    ["Bộ sản phẩm 14", 14],
    ["26", 26],
  ])("reads the product set %p", (text, id) => {
    expect(resolveProductSet(text)).toMatchObject({ kind: "ok", set: { id } });
  });

  it("rejects a set whose number and name disagree, or that does not exist", () => {
    expect(resolveProductSet("(8) Chế biến từ rau, củ, quả, hạt").kind).toBe("unknown");
    expect(resolveProductSet("27")).toEqual({ kind: "unknown" });
    expect(resolveProductSet("Rượu trắn")).toEqual({ kind: "unknown", suggestion: "Rượu trắng" });
  });
});

describe("stars", () => {
  it.each([
    [0, 1],
    [29.99, 1],
    [30, 2],
    [49.99, 2],
    [50, 3],
    [69.99, 3],
    [70, 4],
    [89.99, 4],
    [90, 5],
    [100, 5],
  ])("gives a score of %p %i star(s)", (score, stars) => {
    expect(starsForScore(score)).toBe(stars);
  });

  it.each([
    [3, 3],
    ["3", 3],
    ["3 sao", 3],
    ["3★", 3],
    ["★★★", 3],
    ["3*", 3],
    [" 4 SAO ", 4],
    ["5 Sao", 5],
    ["★★★★★", 5],
  ])("reads %p as %i stars", (value, stars) => {
    expect(resolveStars(value)).toBe(stars);
  });

  it.each([[3.5], [0], [6], ["6 sao"], ["ba sao"], ["★★★★★★"], [""], [true], [null], ["#N/A"]])(
    "reads %p as no stars",
    (value) => {
      expect(resolveStars(value)).toBeUndefined();
    }
  );
});

describe("producer types, categories, levels, statuses", () => {
  it.each([
    ["DN", "Doanh nghiệp"],
    ["Công ty TNHH", "Doanh nghiệp"],
    ["Công ty cổ phần", "Doanh nghiệp"],
    ["HTX", "Hợp tác xã"],
    ["hợp tác xã", "Hợp tác xã"],
    ["THT", "Tổ hợp tác"],
    ["HKD", "Hộ sản xuất, kinh doanh"],
    ["Hộ kinh doanh", "Hộ sản xuất, kinh doanh"],
    ["CSSX", "Hộ sản xuất, kinh doanh"],
    ["Cơ sở sản xuất", "Hộ sản xuất, kinh doanh"],
    ["Hộ sản xuất, kinh doanh", "Hộ sản xuất, kinh doanh"],
  ])("reads the producer type %p", (text, type) => {
    expect(resolveProducerType(text)).toBe(type);
  });

  it.each([
    ["OCOP", "OCOP"],
    ["Sản phẩm OCOP", "OCOP"],
    ["CNNTTB", "CNNTTB"],
    ["sản phẩm công nghiệp nông thôn tiêu biểu", "CNNTTB"],
    ["Đặc thù", "Đặc thù"],
    ["Tiềm năng OCOP", "Tiềm năng OCOP"],
    ["Khác", "Khác"],
  ])("reads the category %p", (text, category) => {
    expect(resolveCategory(text)).toBe(category);
  });

  it.each([
    ["huyện", "huyện"],
    ["cấp huyện", "huyện"],
    ["Tỉnh", "tỉnh"],
    ["TW", "trung ương"],
    ["trung ương", "trung ương"],
    ["Bộ NN&PTNT", "trung ương"],
  ])("reads the level %p", (text, level) => {
    expect(resolveLevel(text)).toBe(level);
  });

  it.each([
    ["mới", "mới"],
    ["công nhận mới", "mới"],
    ["nâng hạng", "nâng hạng"],
    ["nâng sao", "nâng hạng"],
    ["đánh giá lại", "đánh giá lại"],
    ["tái đánh giá", "đánh giá lại"],
  ])("reads the status %p", (text, status) => {
    expect(resolveStatus(text)).toBe(status);
  });

  it("reads nothing from text that names none of them", () => {
    for (const text of ["", "xyz", "Sản phẩm", "3"]) {
      expect(resolveProducerType(text)).toBeUndefined();
      expect(resolveCategory(text)).toBeUndefined();
      expect(resolveLevel(text)).toBeUndefined();
      expect(resolveStatus(text)).toBeUndefined();
    }
  });
});

describe("recognition levels by era", () => {
  it("expects the central level for 5★ and the province for 4★ in every era", () => {
    for (const date of ["2022-05-01", "2024-05-01", "2025-08-01"]) {
      expect(expectedLevels(5, date)).toEqual(["trung ương"]);
      expect(expectedLevels(4, date)).toEqual(["tỉnh"]);
    }
  });

  it("lets the district or the province recognise 3★ until 30/6/2025, the province after", () => {
    expect(expectedLevels(3, "2025-06-30")).toEqual(["huyện", "tỉnh"]);
    expect(expectedLevels(3, "2025-07-01")).toEqual(["tỉnh"]);
  });
});

describe("certificate expiry", () => {
  it.each([
    ["2023-05-15", "2026-05-15"],
    ["2020-02-29", "2023-02-28"],
    ["2021-01-31", "2024-01-31"],
    ["2022-12-31", "2025-12-31"],
    ["2021-03-31", "2024-03-31"],
    ["2021-02-28", "2024-02-28"],
  ])("makes a certificate of %s expire on %s", (decision, expiry) => {
    expect(VALIDITY_MONTHS).toBe(36);
    expect(expiryDate(decision)).toBe(expiry);
  });

  it("gives no date for a decision date that is not one", () => {
    for (const bad of ["2021-02-29", "2021-13-01", "15/03/2024", ""]) {
      expect(expiryDate(bad)).toBe("");
    }
  });
});
