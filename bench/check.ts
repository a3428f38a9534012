/**
 * `npx tsx bench/check.ts [rows]`: writes a generated 50k-row tracking workbook (.xlsx), then
 * prints the time of `ocop check` on it, the time of the .xlsx parser alone on the same file,
 * and their ratio (goal ≤ 1.5×: the engine should cost little next to unzipping and parsing).
 */
import { readFileSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { main } from "../src/cli/main";
import type { RawRow } from "../tests/builders/rows";
import { aFair, anExhibit, aProduct, excelSerial } from "../tests/builders/rows";
import { aGrid } from "../tests/builders/grid";
import { aTempDir, writeWorkbookFile } from "../tests/builders/xlsx";
import { readXlsx } from "../src/workbook/file/readXlsx";

const TOTAL = Number(process.argv[2] ?? 50_000);
const FAIRS = 100;
const PRODUCTS = Math.round(TOTAL / 10);
const EXHIBITS = TOTAL - FAIRS - PRODUCTS;
const DISTRICTS = [
  "Long Xuyên",
  "Châu Đốc",
  "Tân Châu",
  "Tịnh Biên",
  "An Phú",
  "Châu Phú",
  "Châu Thành",
  "Chợ Mới",
  "Phú Tân",
  "Thoại Sơn",
  "Tri Tôn",
];
const PROVINCES = ["Sóc Trăng", "Hậu Giang", "Hà Nội", "Cần Thơ", "Kiên Giang", "TP Hồ Chí Minh"];
const DATE_FORMAT = {
  numberFormats: { startDate: "dd/mm/yyyy", endDate: "dd/mm/yyyy", decisionDate: "dd/mm/yyyy" },
};

function pad(n: number): string {
  return String(n).padStart(4, "0");
}

async function main_(): Promise<void> {
  const fairs: RawRow[] = [];
  for (let i = 0; i < FAIRS; i++) {
    const day = 1 + (i % 27);
    const month = 1 + (i % 12);
    fairs.push(
      aFair({
        fairCode: `HC${pad(i)}`,
        province: PROVINCES[i % PROVINCES.length],
        startDate: excelSerial(
          `2023-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
        ),
        endDate: excelSerial(
          `2023-${String(month).padStart(2, "0")}-${String(day + 1).padStart(2, "0")}`
        ),
      })
    );
  }
  const products: RawRow[] = [];
  for (let i = 0; i < PRODUCTS; i++) {
    const stars = 3 + (i % 3);
    products.push(
      aProduct({
        seq: i + 1,
        product: `Sản phẩm ${i}`,
        producer: `Cơ sở ${i}`,
        district: DISTRICTS[i % DISTRICTS.length],
        score: stars === 3 ? 60 : stars === 4 ? 80 : 92,
        stars,
        level: stars === 3 ? "huyện" : stars === 4 ? "tỉnh" : "trung ương",
        decisionDate: excelSerial(`2023-0${1 + (i % 9)}-15`),
      })
    );
  }
  const exhibits: RawRow[] = [];
  const perFair = Math.ceil(EXHIBITS / FAIRS);
  for (let i = 0; i < EXHIBITS; i++) {
    // Each fair shows a run of distinct products, as a real sheet would.
    const p = i % PRODUCTS;
    exhibits.push(
      anExhibit({
        fairCode: `HC${pad(Math.floor(i / perFair))}`,
        product: `Sản phẩm ${p}`,
        producer: `Cơ sở ${p}`,
        district: DISTRICTS[p % DISTRICTS.length],
        stars: 3 + (p % 3),
        count: 1 + (i % 4),
      })
    );
  }
  const dir = aTempDir("ocop-bench-");
  const file = await writeWorkbookFile(
    dir,
    "bench.xlsx",
    {
      sheets: [
        aGrid("fairs", fairs, DATE_FORMAT),
        aGrid("exhibits", exhibits),
        aGrid("products", products, DATE_FORMAT),
      ],
    },
    JSON.stringify({ reportYear: 2023 })
  );
  const bytes = readFileSync(file);
  console.log(
    `${TOTAL} rows (${FAIRS} fairs, ${EXHIBITS} exhibits, ${PRODUCTS} products), ${(bytes.length / 1e6).toFixed(1)} MB`
  );

  const silent = { out: () => undefined, err: () => undefined };
  // One warm-up each, then the better of two runs: the JIT and the file cache settle first.
  const time = async (run: () => Promise<unknown>) => {
    await run();
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      await run();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const parse = await time(() => readXlsx(readFileSync(file)));
  const check = await time(() => main(["check", file, "--json"], silent));
  console.log(`readXlsx alone : ${parse.toFixed(0)} ms`);
  console.log(`ocop check     : ${check.toFixed(0)} ms`);
  console.log(`ratio          : ${(check / parse).toFixed(2)}× (goal ≤ 1.5×)`);
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(file);
}

main_().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
