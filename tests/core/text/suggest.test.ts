import { nearest } from "../../../src/core/text/suggest";

const units = ["Long Xuyên", "Châu Đốc", "Tân Châu", "Chợ Mới", "Châu Phú", "Châu Thành"];

describe("nearest", () => {
  it("suggests the name one typo away, whatever the diacritics", () => {
    expect(nearest("Chợ Mớ", units)).toBe("Chợ Mới");
    expect(nearest("Long Xuyênn", units)).toBe("Long Xuyên");
    expect(nearest("chau doc", units)).toBe("Châu Đốc");
    expect(nearest("LongXuyen", units)).toBe("Long Xuyên");
  });

  it("suggests nothing for a stranger", () => {
    expect(nearest("Hà Nội", units)).toBeUndefined();
    expect(nearest("", units)).toBeUndefined();
    expect(nearest("Chợ Mới", [])).toBeUndefined();
  });

  it("lets the caller widen or narrow the allowed distance", () => {
    expect(nearest("Chợ", units)).toBeUndefined();
    expect(nearest("Chợ", units, 5)).toBe("Chợ Mới");
    expect(nearest("Chợ Mớ", units, 0)).toBeUndefined();
  });

  it("breaks ties by the order of the candidates", () => {
    // "Tân Chax" is one edit from both "Tân Châu" and "Tân Chân".
    expect(nearest("Tân Chax", ["Tân Châu", "Tân Chân"])).toBe("Tân Châu");
    expect(nearest("Tân Chax", ["Tân Chân", "Tân Châu"])).toBe("Tân Chân");
  });
});
