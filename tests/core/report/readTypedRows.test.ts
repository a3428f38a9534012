import { checkWorkbook } from "../../../src/core/check";
import { buildReport } from "../../../src/core/report";
import { defaultSettings } from "../../../src/core/settings";
import { readWorkbook } from "../../../src/core/sheets/readWorkbook";
import { aFair, anExhibit, aProduct, aWorkbook, excelSerial } from "../../builders";
import { someOptions } from "./typedRows";
import { nationalReferenceOnce } from "../../builders/reference";

const ref = nationalReferenceOnce();

const today = { today: "2024-01-10" };

/** One fair, a good exhibit of 4 showings and one of 50 whose district cannot be read. */
function aWorkbookWithAReadingError() {
  const fair = aFair({
    fairCode: "ST",
    startDate: excelSerial("2023-09-14"),
    endDate: excelSerial("2023-09-18"),
  });
  return aWorkbook({
    fairs: [fair],
    exhibits: [
      anExhibit({ fairCode: "ST", count: 4, category: "Đặc thù", stars: "" }),
      anExhibit({
        fairCode: "ST",
        count: 50,
        category: "Đặc thù",
        stars: "",
        district: "Atlantis",
      }),
    ],
    products: [aProduct()],
  });
}

describe("the report on rows straight from readWorkbook", () => {
  it("leaves out the rows reading found errors on, as the whole check does", () => {
    const raw = aWorkbookWithAReadingError();
    const read = readWorkbook(raw, defaultSettings(), { ...today, reference: ref.current });
    expect(read.findings.map((f) => f.code)).toContain("exhibits.district.unknown");
    expect(read.typed.rowsWithErrors.exhibits).toEqual([3]);

    const fromRead = buildReport(read.typed, someOptions());
    const fromCheck = buildReport(
      checkWorkbook(raw, defaultSettings(), { ...today, reference: ref.current }).typed,
      someOptions()
    );
    expect(fromRead.leftOut).toEqual([
      { kind: "exhibits", sheet: "Sản phẩm trưng bày", reason: "errors", rows: [3] },
    ]);
    expect(fromRead.leftOut).toEqual(fromCheck.leftOut);
  });
});
