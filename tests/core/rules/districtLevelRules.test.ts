import { EXHIBITS, PRODUCTS } from "../../../src/core/sheets/columns";
import {
  aFair,
  anExhibit,
  aProduct,
  aTypedWorkbook,
  columnOf,
  findingsOf,
  withCode,
} from "./builders";

const AFTER = "2025-07-01";
const BEFORE = "2025-06-30";

describe("district-level units after the level ended on 01/7/2025", () => {
  const workbook = (date: string) =>
    aTypedWorkbook({
      fairs: [aFair({ startDate: date, endDate: date })],
      exhibits: [anExhibit({ district: "Chợ Mới" })],
      products: [aProduct({ district: "Long Xuyên", decisionDate: date })],
    });

  it("warns on a ranked product decided from that day that names a district", () => {
    const [f] = withCode(
      findingsOf(workbook(AFTER), {}, "2026-01-01"),
      "products.district.levelEnded"
    );
    expect(f).toMatchObject({
      row: 2,
      column: columnOf(PRODUCTS, "district"),
      severity: "warning",
      value: "Long Xuyên",
      params: { district: "Long Xuyên", date: AFTER },
    });
  });

  it("warns on an exhibit at a fair from that day that names a district", () => {
    const [f] = withCode(
      findingsOf(workbook(AFTER), {}, "2026-01-01"),
      "exhibits.district.levelEnded"
    );
    expect(f).toMatchObject({ row: 2, column: columnOf(EXHIBITS, "district"), value: "Chợ Mới" });
  });

  it("accepts the same rows the day before", () => {
    const found = findingsOf(workbook(BEFORE), {}, "2026-01-01");
    expect(found.filter((f) => f.code.endsWith(".district.levelEnded"))).toEqual([]);
  });

  it("trusts units the user listed in the settings", () => {
    const units = [{ name: "Long Xuyên", type: "thành phố", aliases: [], formerTypes: [] }];
    const found = findingsOf(workbook(AFTER), { units }, "2026-01-01");
    expect(found.filter((f) => f.code.endsWith(".district.levelEnded"))).toEqual([]);
  });
});
