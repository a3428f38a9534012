/**
 * `npx tsx bench/live.ts [rows]`: live mode in the fake Excel (tests/workbook/excel/fakeExcel.ts)
 * on a generated 50,000-row tracking workbook. Prints the syncs a one-cell edit costs (the
 * debounced flush plus the incremental read) and the time of the full core check on the merged
 * grid, against a whole read. The goal (issue 12): ≤ 2 syncs and ≤ 50 ms of checking per edit.
 */
import { performance } from "node:perf_hooks";
import { checkWorkbook } from "../src/core/check";
import { loadNationalReference } from "../src/core/reference/national";
import { defaultSettings } from "../src/core/settings";
import { parseBox, setFormat, FakeExcel } from "../tests/workbook/excel/fakeExcel";
import { anExcel } from "../tests/workbook/excel/portFixture";
import { aFair, anExhibit, aProduct, excelSerial, type RawRow } from "../tests/builders/rows";
import { aGrid } from "../tests/builders/grid";
import type { RawWorkbook } from "../src/core/sheets/rawSheet";

const TOTAL = Number(process.argv[2] ?? 50_000);
const FAIRS = 100;
const PRODUCTS = Math.round(TOTAL / 10);
const EXHIBITS = TOTAL - FAIRS - PRODUCTS;
const DATES = {
  numberFormats: { startDate: "dd/mm/yyyy", endDate: "dd/mm/yyyy", decisionDate: "dd/mm/yyyy" },
};
const code = (i: number) => `HC${String(i).padStart(4, "0")}`;

function aBigWorkbook(): RawWorkbook {
  const fairs: RawRow[] = Array.from({ length: FAIRS }, (_, i) =>
    aFair({
      fairCode: code(i),
      startDate: excelSerial("2023-05-01"),
      endDate: excelSerial("2023-05-03"),
    })
  );
  const products: RawRow[] = Array.from({ length: PRODUCTS }, (_, i) =>
    aProduct({
      seq: i + 1,
      product: `Sản phẩm ${i}`,
      producer: `Cơ sở ${i}`,
      decisionDate: excelSerial("2023-03-15"),
    })
  );
  const perFair = Math.ceil(EXHIBITS / FAIRS);
  const exhibits: RawRow[] = Array.from({ length: EXHIBITS }, (_, i) =>
    anExhibit({
      fairCode: code(Math.floor(i / perFair)),
      product: `Sản phẩm ${i % PRODUCTS}`,
      producer: `Cơ sở ${i % PRODUCTS}`,
    })
  );
  return {
    sheets: [
      aGrid("fairs", fairs, DATES),
      aGrid("exhibits", exhibits),
      aGrid("products", products, DATES),
    ],
  };
}

function holding(raw: RawWorkbook): FakeExcel {
  const host = new FakeExcel(11);
  for (const sheet of raw.sheets) {
    const o = parseBox(sheet.origin);
    const state = host.addSheet(
      sheet.name,
      sheet.values.map((r) => r.map((v) => v ?? "")),
      sheet.origin
    );
    sheet.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => setFormat(state, o.r0 + r, o.c0 + c, f))
    );
  }
  return host;
}

async function main(): Promise<void> {
  const raw = aBigWorkbook();
  const host = holding(raw);
  const { port } = anExcel(11, { run: host.run, apiSupport: host.supports, debounceMs: 5 });
  let heard: () => void = () => undefined;
  const stop = await port.onSheetsChanged(() => heard());
  const options = { today: "2024-06-30", reference: await loadNationalReference() };
  const settings = defaultSettings();

  host.syncs = [];
  let t0 = performance.now();
  const whole = await port.readSheets();
  const wholeRead = performance.now() - t0;
  const wholeSyncs = host.syncCount;
  t0 = performance.now();
  const before = checkWorkbook(whole, settings, options);
  const wholeCheck = performance.now() - t0;

  const exhibits = raw.sheets[1].name;
  host.syncs = [];
  const flushed = new Promise<void>((resolve) => (heard = resolve));
  await host.userEdit(exhibits, "B41234", "Sản phẩm đã sửa");
  await flushed;
  t0 = performance.now();
  const merged = await port.readSheets();
  const editRead = performance.now() - t0;
  const editSyncs = host.syncCount;
  // The better of three: the JIT settles first.
  let editCheck = Infinity;
  let after = before;
  for (let i = 0; i < 3; i++) {
    t0 = performance.now();
    after = checkWorkbook(merged, settings, options);
    editCheck = Math.min(editCheck, performance.now() - t0);
  }
  await stop();

  console.log(
    `${TOTAL} rows (${FAIRS} fairs, ${EXHIBITS} exhibits, ${PRODUCTS} products) in the fake Excel`
  );
  console.log(
    `whole read      : ${wholeSyncs} syncs, ${wholeRead.toFixed(0)} ms (fake); check ${wholeCheck.toFixed(0)} ms`
  );
  console.log(
    `one-cell edit   : ${editSyncs} syncs (flush + rows), read ${editRead.toFixed(0)} ms (fake)`
  );
  console.log(
    `check on merged : ${editCheck.toFixed(0)} ms (goal ≤ 50 ms); findings ${before.findings.length} → ${after.findings.length}`
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
