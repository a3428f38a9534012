import { rollUp } from "../../../src/core/rollup";
import { defaultSettings } from "../../../src/core/settings";
import { columnIndex } from "../../../src/core/sheets/address";
import type { CellValue, RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { importPlan } from "../../../src/taskpane/rollup/importPlan";
import { nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();
const options = () => ({ today: "2024-06-01", reference: national.current });
const OPEN = "Sổ đang mở";

/** A products sheet under a title row, its columns in the user's own order. */
const open = (rows: CellValue[][]): RawWorkbook => ({
  sheets: [
    {
      name: "Phân hạng",
      origin: "A1",
      values: [
        ["DANH SÁCH SẢN PHẨM OCOP"],
        [
          "STT",
          "Chủ thể",
          "Tên sản phẩm",
          "Loại hình chủ thể",
          "Huyện/thị xã/thành phố",
          "Nhóm sản phẩm",
          "Điểm",
          "Hạng sao",
          "Số quyết định",
          "Ngày quyết định",
        ],
        ...rows,
      ],
    },
  ],
});

const unit: RawWorkbook = {
  sheets: [
    {
      name: "Sản phẩm OCOP",
      origin: "A1",
      values: [
        [
          "Tên sản phẩm",
          "Chủ thể",
          "Loại hình chủ thể",
          "Huyện/thị xã/thành phố",
          "Nhóm sản phẩm",
          "Điểm",
          "Hạng sao",
          "Số quyết định",
          "Ngày quyết định",
        ],
        [
          "Khô cá lóc",
          "Cơ sở Hai Lúa",
          "Hộ sản xuất, kinh doanh",
          "Chợ Mới",
          "Thực phẩm",
          72,
          4,
          "123/QĐ-UBND",
          45000,
        ],
      ],
      numberFormats: [
        new Array<string>(9).fill("General"),
        [...new Array<string>(8).fill("General"), "dd/mm/yyyy"],
      ],
    },
  ],
};

const ownRow: CellValue[] = [
  1,
  "HTX Tri Tôn",
  "Đường thốt nốt",
  "Hợp tác xã",
  "Tri Tôn",
  "Thực phẩm",
  65,
  3,
  "12/QĐ-UBND",
  44990,
];

const planFor = (target: RawWorkbook) =>
  importPlan(
    target,
    rollUp(
      [
        { name: OPEN, raw: target, settings: defaultSettings() },
        { name: "don-vi-2.xlsx", raw: unit, settings: defaultSettings() },
      ],
      options()
    ),
    OPEN
  );

describe("importPlan", () => {
  it("puts the other file's rows under the open sheet's last row, in its columns, with their Nguồn", () => {
    const plan = planFor(open([ownRow]));
    expect(plan.sheets).toEqual([{ kind: "products", sheet: "Phân hạng", rows: 1 }]);
    const [header, rows] = plan.blocks;
    // The sheet had no "Nguồn": it gets one, headed, right of its header.
    expect(header).toEqual({ sheet: "Phân hạng", row: 2, column: "K", values: [["Nguồn"]] });
    expect(rows.row).toBe(4);
    const at = (letter: string) => columnIndex(letter) - columnIndex(rows.column);
    expect(rows.values[0][at("B")]).toBe("Cơ sở Hai Lúa");
    expect(rows.values[0][at("C")]).toBe("Khô cá lóc");
    expect(rows.values[0][at("J")]).toBe(45000);
    expect(rows.values[0][at("K")]).toBe("don-vi-2.xlsx › Sản phẩm OCOP!2");
    expect(rows.formats?.[at("J")]).toBe("dd/mm/yyyy");
  });

  it("brings nothing once the open sheet holds the imported rows", () => {
    const first = planFor(open([ownRow]));
    const rows = first.blocks[1];
    const after = open([ownRow]);
    after.sheets[0].values[1].push("Nguồn");
    after.sheets[0].values.push(rows.values[0]);
    const again = planFor(after);
    expect(again.blocks).toEqual([]);
    expect(again.sheets).toEqual([]);
  });

  it("names the kinds the open workbook has no sheet for", () => {
    const plan = planFor({ sheets: [{ name: "Ghi chú", origin: "A1", values: [["x"]] }] });
    expect(plan.blocks).toEqual([]);
    expect(plan.missing).toEqual([{ kind: "products", rows: 1 }]);
  });
});
