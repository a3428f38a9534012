import { createExcelPort, type ExcelPortOptions } from "../../../src/workbook/excel/excelPort";
import { FakeExcel, type Value } from "./fakeExcel";

/** A fake Excel with the given ExcelApi minor version and the door over it. */
export function anExcel(apiMinor = 11, options: ExcelPortOptions = {}) {
  const host = new FakeExcel(apiMinor);
  const port = createExcelPort({
    run: host.run,
    apiSupport: host.supports,
    today: () => "2024-06-30",
    ...options,
  });
  return { host, port };
}

/** A grid of `rows` × `columns` with a header row and cells like a tracking sheet's. */
export function aGridOf(
  rows: number,
  columns: number,
  cell?: (r: number, c: number) => Value
): Value[][] {
  const out: Value[][] = [];
  out.push(Array.from({ length: columns }, (_, c) => `Cột ${c + 1}`));
  for (let r = 1; r < rows; r++)
    out.push(
      Array.from({ length: columns }, (_, c) =>
        cell ? cell(r, c) : c % 3 === 0 ? r * 10 + c : `Sản phẩm ${r}-${c}`
      )
    );
  return out;
}
