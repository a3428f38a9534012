import { GROUPS, PRODUCT_SETS } from "../../../src/core/reference/ocop";
import {
  GROUPS_26,
  LEAVES_26,
  leafOfProductSet,
  resolveClassification26,
} from "../../../src/core/reference/ocopClassification";

describe("Phụ lục I of QĐ 26/2026/QĐ-TTg", () => {
  it("has 6 sản phẩm › 17 nhóm › 26 leaves, numbered within each sản phẩm", () => {
    expect(new Set(GROUPS_26.map((g) => g.product))).toEqual(new Set(GROUPS.map((g) => g.id)));
    expect(GROUPS_26).toHaveLength(17);
    expect(LEAVES_26).toHaveLength(26);
    expect(GROUPS_26.filter((g) => g.product === 1).map((g) => g.id)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "1.6",
    ]);
    expect(GROUPS_26.find((g) => g.id === "1.3")?.name).toBe("Thực phẩm chế biến");
  });

  it("keeps QĐ 148's product set ids and names each leaf's former name", () => {
    expect(LEAVES_26.map((l) => l.id)).toEqual(PRODUCT_SETS.map((s) => s.id));
    const tea = LEAVES_26.find((l) => l.id === 12);
    expect(tea).toMatchObject({
      name: "Sản phẩm chè từ thực vật khác",
      oldName: "Sản phẩm trà từ thực vật khác",
      group: "1.5",
      product: 1,
    });
    expect(LEAVES_26.every((l) => l.product === PRODUCT_SETS[l.id - 1].group)).toBe(true);
    expect(leafOfProductSet(PRODUCT_SETS[17])?.name).toBe(
      "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền"
    );
  });

  it("names who manages each leaf", () => {
    expect(
      LEAVES_26.find((l) => l.name === "Nước khoáng thiên nhiên, nước uống đóng chai")?.agencies
    ).toEqual(["Bộ Y tế"]);
    expect(LEAVES_26.every((l) => l.agencies.length > 0)).toBe(true);
  });
});

describe("resolveClassification26", () => {
  it("reads a new leaf name, with enumerators and the word Phân nhóm", () => {
    expect(resolveClassification26("Chè tươi, chế biến")).toMatchObject({
      kind: "leaf",
      leaf: { id: 11 },
    });
    expect(resolveClassification26("a) Phân nhóm: Rau, củ, quả, hạt tươi")).toMatchObject({
      kind: "leaf",
      leaf: { id: 1 },
    });
    expect(resolveClassification26("Cà phê, ca cao")).toMatchObject({
      kind: "leaf",
      leaf: { id: 13 },
    });
  });

  it("reads a nhóm", () => {
    expect(resolveClassification26("Nhóm: Thực phẩm chế biến")).toMatchObject({
      kind: "group",
      group: { id: "1.3" },
    });
  });

  it("takes QĐ 148's name as old, naming the new one", () => {
    expect(resolveClassification26("Sản phẩm trà từ thực vật khác")).toMatchObject({
      kind: "old",
      oldName: "Sản phẩm trà từ thực vật khác",
      leaf: { name: "Sản phẩm chè từ thực vật khác" },
    });
    expect(resolveClassification26("Đồ uống không cồn khác")).toMatchObject({
      kind: "old",
      leaf: { name: "Đồ uống không cồn" },
    });
  });

  it("suggests the new name for a near miss, old or new, and nothing for a stranger", () => {
    expect(resolveClassification26("Mỹ phẩm có thành phần từ thảo dượcc")).toEqual({
      kind: "unknown",
      suggestion: "Mỹ phẩm có thành phần từ dược liệu",
    });
    expect(resolveClassification26("Gia vi khac nua")).toEqual({
      kind: "unknown",
      suggestion: "Gia vị khác",
    });
    expect(resolveClassification26("Xe máy")).toEqual({ kind: "unknown" });
  });
});
