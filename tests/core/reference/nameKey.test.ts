import { nameKey } from "../../../src/core/reference/nameKey";

describe("nameKey", () => {
  it("is the same wherever the tone mark sits and however it is encoded", () => {
    const key = nameKey("Mỹ Hòa Hưng");
    expect(nameKey("Mỹ Hoà Hưng")).toBe(key);
    expect(nameKey("Mỹ Hòa Hưng".normalize("NFD"))).toBe(key);
    expect(nameKey("MỸ HOÀ HƯNG")).toBe(key);
    expect(nameKey("  Mỹ  Hòa-Hưng ")).toBe(key);
    expect(nameKey("Thuỷ")).toBe(nameKey("Thủy"));
  });

  it("keeps tones and letters apart: Tân Thành is not Tân Thạnh, Mỹ Tho not Mỹ Thọ", () => {
    expect(nameKey("Tân Thành")).not.toBe(nameKey("Tân Thạnh"));
    expect(nameKey("Mỹ Tho")).not.toBe(nameKey("Mỹ Thọ"));
    expect(nameKey("Đông Tiến")).not.toBe(nameKey("Đồng Tiến"));
    expect(nameKey("Văn Lang")).not.toBe(nameKey("Văn Lăng"));
  });

  it("keeps numbers: Tân Phước 1 is not Tân Phước 2", () => {
    expect(nameKey("Tân Phước 1")).not.toBe(nameKey("Tân Phước 2"));
    expect(nameKey("Tân Phước 1")).toBe(nameKey("tân phước 1"));
  });

  it("reads a legacy Ð (eth) as Đ", () => {
    expect(nameKey("Ðiện Biên")).toBe(nameKey("Điện Biên"));
  });
});
