/**
 * `npx tsx bench/merge.ts [files] [rows]`: the roll-up of 30 unit workbooks of 2,000 rows each
 * (issue 15), timed twice: in memory from grids (rollUp: each file checked, the files read
 * together, the merged grids built), and through .xlsx (read every file, roll up, write the
 * merged workbook). Every unit shows at the same 20 fairs, so the merge folds 29 copies of each.
 * Prints figures, asserts nothing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { checkWorkbook } from "../src/core/check";
import { loadNationalReference } from "../src/core/reference/national";
import { rollUp, type RollupSource } from "../src/core/rollup";
import { defaultSettings } from "../src/core/settings";
import type { RawWorkbook } from "../src/core/sheets/rawSheet";
import { rawToXlsx } from "../src/workbook/file/rawToXlsx";
import { readXlsx } from "../src/workbook/file/readXlsx";
import { writeXlsx } from "../src/workbook/file/writeXlsx";
import { aWorkbook } from "../tests/builders/grid";
import { aFair, anExhibit, aProduct, excelSerial } from "../tests/builders/rows";
import { aTempDir, toXlsxBook } from "../tests/builders/xlsx";

const FILES = Number(process.argv[2] ?? 30);
const ROWS = Number(process.argv[3] ?? 2_000);
const FAIRS = 20;
const PRODUCTS = Math.round(ROWS * 0.2);
const EXHIBITS = ROWS - FAIRS - PRODUCTS;
// An Giang's district-level units of 2023 (domain.md §3.1): one per file, round the list.
const UNITS = ["Long Xuyên", "Châu Đốc", "Tân Châu", "Tịnh Biên", "An Phú", "Châu Phú"];
const PROVINCES = ["Sóc Trăng", "Hậu Giang", "Hà Nội", "Cần Thơ", "Đồng Tháp", "Kiên Giang"];

const isoDay = (day: number): string =>
  new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);

function unitWorkbook(file: number): RawWorkbook {
  const unit = UNITS[file % UNITS.length];
  const fairs = Array.from({ length: FAIRS }, (_, i) =>
    aFair({
      fairCode: `HC${i + 1}`,
      name: `Hội chợ số ${i + 1}`,
      province: PROVINCES[i % PROVINCES.length],
      startDate: excelSerial(isoDay(i * 17)),
      endDate: excelSerial(isoDay(i * 17 + 4)),
    })
  );
  const exhibits = Array.from({ length: EXHIBITS }, (_, i) =>
    // Each product at most once per fair, shown as ranked (a clean file: the per-file check
    // has nothing to say, as in a unit's file ready to send).
    anExhibit({
      fairCode: `HC${(Math.floor(i / PRODUCTS) % FAIRS) + 1}`,
      product: `Sản phẩm ${file}-${i % PRODUCTS}`,
      producer: `Chủ thể ${file}-${(i % PRODUCTS) % 150}`,
      district: unit,
    })
  );
  const products = Array.from({ length: PRODUCTS }, (_, i) =>
    aProduct({
      seq: i + 1,
      product: `Sản phẩm ${file}-${i}`,
      producer: `Chủ thể ${file}-${i % 150}`,
      district: unit,
      decisionNo: `${100 + file}/QĐ-UBND`,
      // Recognised in 2022, before every fair of 2023 that shows it.
      decisionDate: excelSerial(isoDay(-365 + (i % 200))),
    })
  );
  const raw = aWorkbook({ fairs, exhibits, products });
  // Dates as Excel keeps them: serials under a date format.
  for (const sheet of raw.sheets)
    sheet.numberFormats = sheet.numberFormats?.map((row, r) =>
      row.map((f, c) =>
        r > 0 && typeof sheet.values[r][c] === "number" && sheet.values[r][c]! > 40000
          ? "dd/mm/yyyy"
          : f
      )
    );
  return raw;
}

/** Wall-clock ms since t0, and this process's CPU ms since c0: on a shared machine the wall
 *  clock also measures the neighbours. */
function ms(t0: number, c0?: NodeJS.CpuUsage): string {
  const wall = `${Math.round(performance.now() - t0).toLocaleString("en")} ms`;
  if (!c0) return wall;
  const c = process.cpuUsage(c0);
  return `${wall} (CPU ${Math.round((c.user + c.system) / 1000).toLocaleString("en")} ms)`;
}

async function main(): Promise<void> {
  const reference = await loadNationalReference();
  const options = { today: "2024-01-10", reference };
  const settings = { ...defaultSettings(), reportYear: 2023 };
  const sources: RollupSource[] = Array.from({ length: FILES }, (_, i) => ({
    name: `don-vi-${i + 1}.xlsx`,
    raw: unitWorkbook(i),
    settings,
  }));
  console.log(`${FILES} files × ${ROWS.toLocaleString("en")} rows`);

  rollUp(sources.slice(0, 2), options); // warm-up: the code paths and the reference's indexes
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  const result = rollUp(sources, options);
  console.log(`in memory, rollUp from grids: ${ms(t0, c0)}`);
  // The per-file checks are the checker's own cost (bench/check.ts); the rest is the roll-up's.
  t0 = performance.now();
  c0 = process.cpuUsage();
  for (const s of sources) checkWorkbook(s.raw, s.settings, options);
  console.log(`  of which the ${FILES} per-file checks alone: ${ms(t0, c0)}`);
  const findings = result.perFile.reduce((n, f) => n + f.result.findings.length, 0);
  console.log(`  per-file findings: ${findings}`);
  const rows = result.merged.sheets.map((s) => `${s.name} ${s.values.length - 1}`).join(", ");
  console.log(`  merged: ${rows}; fairs folded ${result.summary.fairsMerged}`);
  console.log(`  across findings: ${result.across.length}`);

  const dir = aTempDir("ocop-bench-merge-");
  const paths = await Promise.all(
    sources.map(async (s) => {
      const path = join(dir, s.name);
      writeFileSync(path, await writeXlsx(toXlsxBook(s.raw)));
      return path;
    })
  );
  t0 = performance.now();
  c0 = process.cpuUsage();
  const read: RollupSource[] = [];
  for (const [i, path] of paths.entries()) {
    const { workbook } = await readXlsx(readFileSync(path));
    read.push({ name: sources[i].name, raw: workbook, settings });
  }
  const readTime = ms(t0);
  const t1 = performance.now();
  const again = rollUp(read, options);
  const rollTime = ms(t1);
  const t2 = performance.now();
  const bytes = await writeXlsx(rawToXlsx(again.merged, { headerRows: again.headerRows }));
  writeFileSync(join(dir, "tinh.xlsx"), bytes);
  const writeTime = ms(t2);
  console.log(
    `through .xlsx: ${ms(t0, c0)}: read ${readTime}, rollUp ${rollTime}, ` +
      `write ${writeTime} (${(bytes.length / 1024 / 1024).toFixed(1)} MB)`
  );
}

void main();
