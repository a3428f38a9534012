import { readWorkbook } from "../../../src/core/sheets/readWorkbook";
import { defaultSettings } from "../../../src/core/settings";
import {
  aFair,
  aGrid,
  anExhibit,
  aProduct,
  aWorkbook,
  nationalReferenceOnce,
} from "../../builders";

const national = nationalReferenceOnce();

describe("the unit column is found under the names sheets give it", () => {
  it.each([
    "Huyện/thị xã/thành phố",
    "Xã/phường",
    "Xã/phường/đặc khu",
    "XÃ, PHƯỜNG, ĐẶC KHU",
    "Đơn vị hành chính",
    "Địa bàn",
    "Địa phương",
    "Huyện",
    "Xã",
  ])("%s, on both the exhibits and the products sheet", (header) => {
    const headers = { district: header };
    const raw = aWorkbook({
      fairs: [aFair({ startDate: "2026-04-10", endDate: "2026-04-12", province: "Cần Thơ" })],
      exhibits: aGrid("exhibits", [anExhibit({ district: "xã Chợ Mới" })], { headers }),
      products: aGrid(
        "products",
        [aProduct({ district: "xã Chợ Mới", decisionDate: "2026-03-02" })],
        {
          headers,
        }
      ),
    });
    const { typed, findings } = readWorkbook(raw, defaultSettings(), {
      today: "2026-11-30",
      reference: national.current,
    });
    expect(findings.filter((f) => f.code.endsWith("missingColumn"))).toEqual([]);
    expect(typed.exhibits[0].district).toBe("Chợ Mới");
    expect(typed.products[0].district).toBe("Chợ Mới");
  });

  it("does not take a header that only contains a unit word (near miss)", () => {
    const raw = aWorkbook({
      products: aGrid("products", [aProduct()], { headers: { district: "Xã hội hóa" } }),
    });
    const { findings } = readWorkbook(raw, defaultSettings(), {
      today: "2026-11-30",
      reference: national.current,
    });
    expect(findings.map((f) => f.code)).toContain("products.sheet.missingColumn");
  });
});
