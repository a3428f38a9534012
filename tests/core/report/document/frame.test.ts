import { defaultParentAgency, documentHeader } from "../../../../src/core/report/document/frame";
import { runsText } from "../../../../src/core/report/model";

describe("the document header's cơ quan chủ quản", () => {
  it("is the province's People's Committee, named as the province is in force at the year's end", () => {
    expect(defaultParentAgency("An Giang", 2023)).toBe("UBND tỉnh An Giang");
    expect(defaultParentAgency("Cần Thơ", 2023)).toBe("UBND thành phố Cần Thơ");
    // Hậu Giang joined Cần Thơ on 01/7/2025.
    expect(defaultParentAgency("Hậu Giang", 2026)).toBe("UBND thành phố Cần Thơ");
  });

  it("writes a province the list does not know as it is", () => {
    expect(defaultParentAgency("Tỉnh Mới", 2023)).toBe("UBND tỉnh Tỉnh Mới");
  });

  it("is the setting when one is given, in capitals", () => {
    const ctx = { year: 2023, province: "Hà Nội", agency: "Sở Công Thương" };
    expect(runsText(documentHeader({}, ctx).parentAgency)).toBe("UBND THÀNH PHỐ HÀ NỘI");
    expect(runsText(documentHeader({ parentAgency: "Bộ Công Thương" }, ctx).parentAgency)).toBe(
      "BỘ CÔNG THƯƠNG"
    );
  });
});
