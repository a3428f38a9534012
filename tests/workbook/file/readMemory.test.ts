import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { readXlsx } from "../../../src/workbook/file/readXlsx";
import { sheetPart, workbookAround } from "./hostileFiles";

// A full collection on demand, to weigh what a result keeps alive (not a timing).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function retained(keep: () => Promise<unknown>): Promise<number> {
  gc();
  const before = process.memoryUsage().heapUsed;
  return keep().then((kept) => {
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(kept).toBeDefined();
    return grown;
  });
}

describe("what a read keeps in memory", () => {
  it("keeps the cells' text, never the sheet XML it was cut from", async () => {
    // 5,000 short texts in 10 MB of XML (each cell padded with an attribute no reader needs):
    // a text kept as a view into the XML's decoded pieces would keep all of them alive.
    const padding = "y".repeat(1000);
    let rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>Mã hội chợ</t></is></c><c r="B1" t="inlineStr"><is><t>Tên hội chợ</t></is></c></row>`;
    for (let r = 2; r <= 5001; r++)
      rows +=
        `<row r="${r}"><c r="A${r}" t="inlineStr" x="${padding}"><is><t>Hội chợ số ${r} ở Long Xuyên</t></is></c>` +
        `<c r="B${r}" t="str" x="${padding}"><v>Sản phẩm thứ ${r} của xã</v></c></row>`;
    const file = workbookAround(sheetPart(rows), "Hội chợ");
    let read: Awaited<ReturnType<typeof readXlsx>> | undefined;
    const grown = await retained(async () => (read = await readXlsx(file)));
    expect(read!.workbook.sheets[0].values[5000]).toEqual([
      "Hội chợ số 5001 ở Long Xuyên",
      "Sản phẩm thứ 5001 của xã",
    ]);
    // The texts themselves with the grid: about 2 MB. Kept as views, they held 24 MB.
    expect(grown).toBeLessThan(6 * 2 ** 20);
    expect(rows.length).toBeGreaterThan(10e6);
  });
});
