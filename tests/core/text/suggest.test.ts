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

  it("does not pick between two names equally near, whatever their order", () => {
    // "Tân Chax" is one edit from both "Tân Châu" and "Tân Chân".
    expect(nearest("Tân Chax", ["Tân Châu", "Tân Chân"])).toBeUndefined();
    expect(nearest("Tân Chax", ["Tân Chân", "Tân Châu"])).toBeUndefined();
  });
});

describe("nearest when two candidates are equally near", () => {
  it("suggests nothing rather than guess", () => {
    const codes = ["HC-2023-01", "HC-2023-02", "HC-2023-03"];
    expect(nearest("HC-2023-09", codes)).toBeUndefined();
  });

  it("still suggests the one candidate that is nearest", () => {
    expect(nearest("HC-2023-3", ["HC-2023-01", "HC-2023-03"])).toBe("HC-2023-03");
  });
});
