/**
 * A fake Excel host for the door's tests, stricter than office-addin-mock: reading a property that
 * was not loaded and synced throws; writes are queued and applied only at `sync()`, in order, and a
 * failing operation leaves the ones before it applied (as Excel does: a batch is not a transaction);
 * every sync is counted with its request and response sizes (UTF-8 JSON bytes, plus the per-operation
 * overhead of Office.js's request builder below); APIs beyond the host's ExcelApi version fail with
 * ApiNotFound at sync, after the operations queued before them were applied. Modelled: worksheets (names, ids, protection, used
 * range), ranges (values, number formats, formulas, widths, bold), conditional formats, data
 * validation, tables, frozen rows, workbook names, workbook settings, `functions.date`, selection,
 * `onChanged` events, cell edit mode with `delayForCellEdit`.
 */
import { columnIndex, columnLetter, quoteSheetName } from "../../../src/core/sheets/address";
import type { ExcelRun, RunOptions } from "../../../src/workbook/excel/door";

export type Value = string | number | boolean;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
  }
}

export interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export function parseBox(address: string): Box {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  if (local === "") return { r0: 1, c0: 1, r1: MAX_ROWS, c1: MAX_COLS };
  const [a, b = a] = local.split(":");
  const part = (p: string): { r?: number; c?: number } => {
    const m = /^([A-Z]*)(\d*)$/i.exec(p);
    if (!m || (!m[1] && !m[2]))
      throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
    return { c: m[1] ? columnIndex(m[1]) : undefined, r: m[2] ? Number(m[2]) : undefined };
  };
  const p = part(a);
  const q = part(b);
  return { r0: p.r ?? 1, c0: p.c ?? 1, r1: q.r ?? MAX_ROWS, c1: q.c ?? MAX_COLS };
}

export function boxAddress(box: Box): string {
  const tl = `${columnLetter(box.c0)}${box.r0}`;
  const br = `${columnLetter(box.c1)}${box.r1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

/** "J5:J7, J9" or "J5:J7;J9" → one box per area. */
export function parseAreas(address: string): Box[] {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  return local
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter((a) => a !== "")
    .map(parseBox);
}

const areaCache = new Map<string, Box[]>();

function areasOf(address: string): Box[] {
  let boxes = areaCache.get(address);
  if (!boxes) areaCache.set(address, (boxes = parseAreas(address)));
  return boxes;
}

/** Cells covered by an address of one or more areas. */
export function areaCells(address: string): number {
  return parseAreas(address).reduce((n, b) => n + (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1), 0);
}

function intersects(a: Box, b: Box): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/**
 * Request bytes Office.js adds per queued operation besides its payload, as a reviewer measured
 * with Office.js's own request builder (2026-11): a one-cell write costs ~370 bytes plus its value,
 * a one-cell value check (getRange + load) ~290, a conditional-format mark (add + rule + fill +
 * font: four writes) ~1.5 KB.
 */
export const WRITE_OVERHEAD_BYTES = 370;
export const LOAD_OVERHEAD_BYTES = 290;

function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), "utf8");
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export interface CfState {
  id: string;
  /** One area ("J5:J9") or several, comma-separated ("J5:J9,K3"). */
  address: string;
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
  /**
   * Reading this rule's rule or format throws (office-js #6827: two cellValue rules on one range
   * make `items/rule` loads fail); its type and id still load.
   */
  unreadable?: boolean;
}

export interface SheetState {
  id: string;
  name: string;
  protected: boolean;
  values: (Value | undefined)[][];
  formats: (string | undefined)[][];
  formulas: Record<string, string>;
  /** The user's own fills, which the door must never touch. */
  fills: Record<string, string>;
  bold: string[];
  widths: Record<number, number>;
  frozenRows: number;
  tables: { address: string; hasHeaders: boolean }[];
  cfs: CfState[];
  validations: { address: string; rule: unknown; errorAlert?: unknown }[];
  /** Office.js lists hidden and very hidden sheets with the rest (`Worksheet.visibility`, 1.1). */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /**
   * Cells that hold formulas showing "" (e.g. `=IF(A2="","",…)` filled to row 1,048,576): used,
   * even for `getUsedRange(true)`, though their values are empty.
   */
  emptyFormulas?: Box;
  /** Cells ("r:c") whose `format.protection.locked` is false; every other cell is locked. */
  unlocked?: string[];
  /** Merged areas (`mergeCells`). */
  merged?: Box[];
}

export interface SyncRecord {
  request: number;
  response: number;
}

type Deliver = () => void;
interface Op {
  kind: "read" | "write";
  bytes: number;
  run: () => Deliver | void;
}

export class FakeExcel {
  sheets: SheetState[] = [];
  names: Record<string, string> = {};
  settings: Record<string, unknown> = {};
  date1904 = false;
  workbookProtected = false;
  /**
   * Builds that know `delayForCellEdit` hold a batch until the user leaves the cell; the option
   * belongs to no requirement set (d.ts `Excel.RunOptions.delayForCellEdit`, index.d.ts:33541), so
   * an older build ignores it and the batch fails at once.
   */
  honoursDelayForCellEdit = true;
  private editing = false;
  private editEnded: (() => void)[] = [];
  selection?: { sheet: string; address: string };
  activeSheet?: string;
  syncs: SyncRecord[] = [];
  /** Excel on the web rejects payloads over 5 MB. */
  payloadLimit = 5_000_000;
  /** Gets over more cells than this return null (see FakeRange.grid). */
  maxReadCells = 5_000_000;
  /** Called before each sync with its 1-based number: lets a test delete a sheet mid-run. */
  beforeSync?: (n: number) => void;
  /**
   * A one-off failure: sync number `sync` applies its first `afterOps` operations, then fails with
   * `code` (default GeneralException), as Excel fails mid-request without undoing what it did.
   */
  failAt?: { sync: number; afterOps: number; code?: string };
  /**
   * office-js #5222: deleting a conditional format addressed by its index (`getItemAt`) throws
   * ItemNotFound when a cell carries two rules. On by default, as in current Excel builds.
   */
  bug5222 = true;
  handlers: { id: number; fn: ChangedHandler }[] = [];
  private nextId = 1;

  constructor(readonly apiMinor = 11) {}

  /** The user is typing in a cell; setting it false ends the edit and lets held batches go. */
  get editMode(): boolean {
    return this.editing;
  }

  set editMode(on: boolean) {
    this.editing = on;
    if (!on) for (const resume of this.editEnded.splice(0)) resume();
  }

  /** Resolves when the user leaves the cell. */
  untilEditEnds(): Promise<void> {
    return this.editing
      ? new Promise((resolve) => this.editEnded.push(resolve))
      : Promise.resolve();
  }

  supports = (version: string): boolean => Number(version.split(".")[1] ?? 0) <= this.apiMinor;

  need(version: string): void {
    if (!this.supports(version))
      throw new FakeOfficeError("ApiNotFound", `ExcelApi ${version} is not available`);
  }

  /** Deletes a sheet (used by the context's `Worksheet.delete`). */
  removeSheet(id: string): void {
    this.sheets = this.sheets.filter((s) => s.id !== id);
  }

  run: ExcelRun = async (batch, options) => {
    const context = new FakeContext(this, options ?? {});
    return batch(context as unknown as Excel.RequestContext);
  };

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  addSheet(name: string, grid: Value[][] = [], origin = "A1"): SheetState {
    const sheet: SheetState = {
      id: this.newId("{sheet-"),
      name,
      protected: false,
      values: [],
      formats: [],
      formulas: {},
      fills: {},
      bold: [],
      widths: {},
      frozenRows: 0,
      tables: [],
      cfs: [],
      validations: [],
    };
    this.sheets.push(sheet);
    const o = parseBox(origin);
    grid.forEach((row, r) => row.forEach((v, c) => setCell(sheet, o.r0 + r, o.c0 + c, v)));
    return sheet;
  }

  /**
   * The active sheet: the first until one is activated. `worksheets.add` does not activate the new
   * sheet ("call .activate() on it", index.d.ts:37872).
   */
  active(): string {
    const name = this.activeSheet ?? this.sheets[0]?.name;
    if (name === undefined) throw new FakeOfficeError("ItemNotFound", "no sheet is active");
    return name;
  }

  sheet(name: string): SheetState {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Everything a user could see or Excel would save, for before/after comparisons. */
  snapshot(): unknown {
    return clone({
      sheets: this.sheets,
      names: this.names,
      settings: this.settings,
      workbookProtected: this.workbookProtected,
    });
  }

  /**
   * A user edit: the cell changes and `onChanged` handlers hear of it. `remote`: a co-author's
   * edit, which arrives with `source: "Remote"` (index.d.ts:35359).
   */
  async userEdit(
    sheetName: string,
    address: string,
    value: Value,
    options: { remote?: boolean } = {}
  ): Promise<void> {
    const sheet = this.sheet(sheetName);
    const box = parseBox(address);
    setCell(sheet, box.r0, box.c0, value);
    await this.fire(sheet, boxAddress(box), options.remote ? "Remote" : "Local", "Unknown");
  }

  /**
   * `worksheets.onChanged` (ExcelApi 1.9) fires for every data change, the add-in's own writes
   * included, with `source` (1.7) and, from ExcelApi 1.14, `triggerSource` "ThisLocalAddin" for
   * this add-in's writes (index.d.ts:35389); older hosts send no `triggerSource` at all.
   */
  async fire(
    sheet: SheetState,
    address: string,
    source: "Local" | "Remote",
    trigger: "Unknown" | "ThisLocalAddin",
    changeType = "RangeEdited"
  ): Promise<void> {
    const event: ChangedEvent = {
      worksheetId: sheet.id,
      address,
      source,
      changeType,
      type: "WorksheetChanged",
      ...(this.supports("1.14") ? { triggerSource: trigger } : {}),
    };
    for (const h of [...this.handlers]) await h.fn(event);
  }
}

export function setCell(sheet: SheetState, row: number, col: number, value: Value): void {
  (sheet.values[row - 1] ??= [])[col - 1] = value === "" ? undefined : value;
}

/**
 * Merges `address` as a user would have: only the top-left cell keeps its value (Excel warns that
 * merging "keeps the upper-left value only and discards other values").
 */
export function mergeCells(sheet: SheetState, address: string): void {
  const box = parseBox(address);
  (sheet.merged ??= []).push(box);
  for (let r = box.r0; r <= box.r1; r++)
    for (let c = box.c0; c <= box.c1; c++)
      if (r !== box.r0 || c !== box.c0) setCell(sheet, r, c, "");
}

export function getCell(sheet: SheetState, row: number, col: number): Value {
  return sheet.values[row - 1]?.[col - 1] ?? "";
}

export function setFormat(sheet: SheetState, row: number, col: number, format: string): void {
  (sheet.formats[row - 1] ??= [])[col - 1] = format === "General" ? undefined : format;
}

function getFormat(sheet: SheetState, row: number, col: number): string {
  return sheet.formats[row - 1]?.[col - 1] ?? "General";
}

const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";

/**
 * Excel parses text written to `values` as if typed: numbers, dates ("3/4", "12-Mar", "Jan 2024",
 * "Mar 5"), booleans (even "TRUE ") and formulas change type; a leading apostrophe keeps the text
 * (and is not part of the value). A cell formatted as Text ("@") keeps what is written as it is.
 */
function asTyped(v: Value, format: string): { value: Value; formula?: string } {
  if (typeof v !== "string" || format === "@") return { value: v };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith("=")) return { value: 0, formula: v };
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(v)) return { value: Number(v) };
  const date =
    /^\s*\d{1,2}\/\d{1,2}(\/\d{2,4})?\s*$/.test(v) ||
    new RegExp(`^\\s*\\d{1,2}[-/ ]${MONTH}([-/ ]\\d{2,4})?\\s*$`, "i").test(v) ||
    new RegExp(`^\\s*${MONTH}[-/ ]\\d{1,4}\\s*$`, "i").test(v);
  if (date) return { value: 45_000 }; // a date serial
  if (/^\s*(true|false)\s*$/i.test(v)) return { value: v.trim().toLowerCase() === "true" };
  return { value: v };
}

/** `FormatProtection.locked` of a box: true or false when uniform, null when mixed. */
export function lockedIn(sheet: SheetState, box: Box): boolean | null {
  const unlocked = new Set(sheet.unlocked ?? []);
  let some = false;
  let all = true;
  for (let r = box.r0; r <= box.r1; r++)
    for (let c = box.c0; c <= box.c1; c++) {
      const open = unlocked.has(`${r}:${c}`);
      some ||= !open;
      all &&= !open;
      if (some && !all) return null;
    }
  return all;
}

function usedBox(sheet: SheetState, valuesOnly: boolean): Box | undefined {
  let box: Box | undefined;
  const grow = (grid: unknown[][]): void =>
    grid.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === undefined) return;
        box = box
          ? {
              r0: Math.min(box.r0, r + 1),
              c0: Math.min(box.c0, c + 1),
              r1: Math.max(box.r1, r + 1),
              c1: Math.max(box.c1, c + 1),
            }
          : { r0: r + 1, c0: c + 1, r1: r + 1, c1: c + 1 };
      })
    );
  grow(sheet.values);
  if (!valuesOnly) grow(sheet.formats);
  const f = sheet.emptyFormulas;
  if (f)
    box = box
      ? {
          r0: Math.min(box.r0, f.r0),
          c0: Math.min(box.c0, f.c0),
          r1: Math.max(box.r1, f.r1),
          c1: Math.max(box.c1, f.c1),
        }
      : { ...f };
  return box;
}

class FakeContext {
  private queue: Op[] = [];
  private response = 0;
  private syncing = false;
  readonly workbook: FakeWorkbook;

  constructor(
    readonly host: FakeExcel,
    readonly options: RunOptions
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  /** Queues an operation; its request cost is its payload plus the measured overhead. */
  enqueue(op: Op): void {
    const overhead = op.kind === "write" ? WRITE_OVERHEAD_BYTES : LOAD_OVERHEAD_BYTES;
    this.queue.push({ ...op, bytes: op.bytes + overhead });
  }

  /**
   * An API of ExcelApi `version`: on an older host the request fails at that operation, after the
   * ones queued before it were applied (Office.js has the proxy; the host lacks the method).
   * Reached while a sync runs (a navigation in `load`), it fails that sync at once.
   */
  need(version: string): void {
    const host = this.host;
    if (host.supports(version)) return;
    if (this.syncing) host.need(version);
    this.enqueue({ kind: "write", bytes: 0, run: () => host.need(version) });
  }

  private twoRulesMemo = new Map<string, boolean>();

  /** Whether a cell of the sheet carries two rules, as of the start of this request (#5222). */
  twoRules(sheet: SheetState): boolean {
    const key = `${this.host.syncs.length}:${sheet.id}`;
    let yes = this.twoRulesMemo.get(key);
    if (yes === undefined) this.twoRulesMemo.set(key, (yes = twoRulesOnACell(sheet.cfs)));
    return yes;
  }

  count(value: unknown): void {
    this.response += bytesOf(value);
  }

  async sync(): Promise<void> {
    const host = this.host;
    host.beforeSync?.(host.syncs.length + 1);
    const ops = this.queue.splice(0);
    const request = ops.reduce((n, op) => n + op.bytes, 0);
    this.response = 0;
    const record: SyncRecord = { request, response: 0 };
    host.syncs.push(record);
    if (host.editMode) {
      if (!this.options.delayForCellEdit || !host.honoursDelayForCellEdit)
        throw new FakeOfficeError("InvalidOperationInCellEditMode", "the user is editing a cell");
      await host.untilEditEnds(); // held, not failed, until the user leaves the cell
    }
    if (request > host.payloadLimit)
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `${request} bytes`);
    const fail = host.failAt?.sync === host.syncs.length ? host.failAt : undefined;
    const delivers: Deliver[] = [];
    this.syncing = true;
    try {
      ops.forEach((op, i) => {
        if (fail && i === fail.afterOps)
          throw new FakeOfficeError(fail.code ?? "GeneralException", "the request failed");
        const deliver = op.run();
        if (deliver) delivers.push(deliver);
      });
    } finally {
      this.syncing = false;
    }
    record.response = this.response;
    if (this.response > host.payloadLimit)
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `${this.response} bytes`);
    for (const d of delivers) d();
  }

  /**
   * A write to a sheet: refused on a protected sheet, like Excel. A write of cell values (`cells`
   * given) is refused only when one of those cells is locked: protection applies to locked cells,
   * and every cell is locked unless its `format.protection.locked` was cleared (index.d.ts:42984).
   */
  write(
    sheet: () => SheetState,
    bytes: number,
    apply: (s: SheetState) => void,
    cells?: () => Box
  ): void {
    this.enqueue({
      kind: "write",
      bytes,
      run: () => {
        const s = sheet();
        if (s.protected && (!cells || lockedIn(s, cells()) !== false))
          throw new FakeOfficeError("AccessDenied", `sheet ${s.name} is protected`);
        apply(s);
      },
    });
  }
}

/** Base of every proxy: loaded properties live here and only here. */
abstract class FakeObject {
  protected readonly loaded = new Map<string, unknown>();

  constructor(protected readonly ctx: FakeContext) {}

  protected isNull(): boolean {
    return false;
  }

  protected scalar(name: string): unknown {
    throw new Error(`fake: no property ${name} on ${this.constructor.name}`);
  }

  protected nav(name: string): FakeObject {
    throw new Error(`fake: no navigation ${name} on ${this.constructor.name}`);
  }

  load(spec?: string | string[]): this {
    const list = spec === undefined ? [] : Array.isArray(spec) ? spec : spec.split(",");
    const paths = list.map((p) => p.trim().split("/")).filter((p) => p[0]);
    this.ctx.enqueue({
      kind: "read",
      bytes: 0,
      run: () => {
        const delivers = paths.map((p) => this.fetch(p));
        const nullNow = this.isNull();
        return () => {
          this.loaded.set("isNullObject", nullNow);
          delivers.forEach((d) => d());
        };
      },
    });
    return this;
  }

  fetch(path: string[]): Deliver {
    if (this.isNull()) return () => this.loaded.set("isNullObject", true);
    const [head, ...rest] = path;
    if (rest.length === 0) {
      const value = clone(this.scalar(head));
      this.ctx.count(value);
      return () => {
        this.loaded.set(head, value);
        this.loaded.set("isNullObject", false);
      };
    }
    const child = this.nav(head);
    const deliver = child.fetch(rest);
    return () => {
      this.loaded.set("isNullObject", false);
      child.markNull();
      deliver();
    };
  }

  markNull(): void {
    this.loaded.set("isNullObject", this.isNull());
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new Error(
        `PropertyNotLoaded: ${this.constructor.name}.${name} read before load() and sync()`
      );
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    return this.get<boolean>("isNullObject");
  }
}

/** Collections load `items/...` paths onto one list of children made at sync time. */
abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  /** The items as of this sync; `paths` are what the load asked for (some fakes bind by them). */
  protected abstract children(paths: string[][]): T[];

  override load(spec?: string | string[]): this {
    const list = spec === undefined ? [] : Array.isArray(spec) ? spec : spec.split(",");
    const paths = list.map((p) => p.trim().split("/"));
    this.ctx.enqueue({
      kind: "read",
      bytes: 0,
      run: () => {
        const items = this.children(paths);
        const delivers: Deliver[] = [];
        for (const p of paths) {
          if (p[0] !== "items") throw new Error(`fake: cannot load ${p.join("/")} on a collection`);
          if (p.length > 1) for (const item of items) delivers.push(item.fetch(p.slice(1)));
        }
        return () => {
          this.loaded.set("items", items);
          this.loaded.set("isNullObject", false);
          delivers.forEach((d) => d());
        };
      },
    });
    return this;
  }

  get items(): T[] {
    return this.get("items");
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }

  get names(): FakeNames {
    this.ctx.need("1.1");
    return new FakeNames(this.ctx);
  }

  get settings(): FakeSettings {
    this.ctx.need("1.4");
    return new FakeSettings(this.ctx);
  }

  get functions(): FakeFunctions {
    this.ctx.need("1.2");
    return new FakeFunctions(this.ctx);
  }

  get protection(): FakeWorkbookProtection {
    this.ctx.need("1.7");
    return new FakeWorkbookProtection(this.ctx);
  }
}

class FakeWorkbookProtection extends FakeObject {
  protected override scalar(name: string): unknown {
    if (name === "protected") return this.ctx.host.workbookProtected;
    return super.scalar(name);
  }

  get protected(): boolean {
    return this.get("protected");
  }
}

export interface ChangedEvent {
  worksheetId: string;
  address: string;
  source: "Local" | "Remote";
  changeType: string;
  type: "WorksheetChanged";
  triggerSource?: "Unknown" | "ThisLocalAddin";
}
type ChangedHandler = (e: ChangedEvent) => Promise<void>;

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected children(): FakeWorksheet[] {
    return this.ctx.host.sheets.map((s) => new FakeWorksheet(this.ctx, { id: s.id }));
  }

  get onChanged(): { add(fn: ChangedHandler): { context: unknown; remove(): void } } {
    this.ctx.need("1.9");
    const ctx = this.ctx;
    const host = ctx.host;
    return {
      add(fn) {
        const id = host.handlers.length + 1000;
        ctx.enqueue({ kind: "write", bytes: 0, run: () => void host.handlers.push({ id, fn }) });
        return {
          context: ctx,
          remove: () =>
            ctx.enqueue({
              kind: "write",
              bytes: 0,
              run: () => void (host.handlers = host.handlers.filter((h) => h.id !== id)),
            }),
        };
      },
    };
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, { name });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.need("1.4");
    return new FakeWorksheet(this.ctx, { name, orNull: true });
  }

  add(name: string): FakeWorksheet {
    const host = this.ctx.host;
    this.ctx.enqueue({
      kind: "write",
      bytes: bytesOf(name),
      run: () => {
        if (host.workbookProtected)
          throw new FakeOfficeError("AccessDenied", "workbook structure is protected");
        if (host.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
          throw new FakeOfficeError("ItemAlreadyExists", name);
        host.addSheet(name);
      },
    });
    return new FakeWorksheet(this.ctx, { name });
  }
}

interface SheetLocator {
  id?: string;
  name?: string;
  orNull?: boolean;
}

class FakeWorksheet extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly where: SheetLocator
  ) {
    super(ctx);
  }

  find(): SheetState | undefined {
    return this.ctx.host.sheets.find((s) =>
      this.where.id ? s.id === this.where.id : s.name === this.where.name
    );
  }

  state(): SheetState {
    const s = this.find();
    if (!s) throw new FakeOfficeError("ItemNotFound", `sheet ${this.where.name ?? this.where.id}`);
    return s;
  }

  protected override isNull(): boolean {
    return Boolean(this.where.orNull) && !this.find();
  }

  protected override scalar(name: string): unknown {
    const s = this.state();
    if (name === "name") return s.name;
    if (name === "id") return s.id;
    if (name === "visibility") return s.visibility ?? "Visible";
    return super.scalar(name);
  }

  get visibility(): string {
    return this.get("visibility");
  }

  set visibility(value: string) {
    this.ctx.enqueue({
      kind: "write",
      bytes: bytesOf(value),
      run: () => {
        if (this.ctx.host.workbookProtected)
          throw new FakeOfficeError("AccessDenied", "workbook structure is protected");
        this.state().visibility = value as SheetState["visibility"];
      },
    });
  }

  protected override nav(name: string): FakeObject {
    if (name === "protection") return this.protection;
    return super.nav(name);
  }

  get name(): string {
    return this.get("name");
  }

  get id(): string {
    return this.get("id");
  }

  get protection(): FakeSheetProtection {
    this.ctx.need("1.2");
    return (this.loaded.get("@protection") as FakeSheetProtection) ?? this.makeProtection();
  }

  private makeProtection(): FakeSheetProtection {
    const p = new FakeSheetProtection(this.ctx, () => this.state());
    this.loaded.set("@protection", p);
    return p;
  }

  getRange(address = ""): FakeRange {
    return new FakeRange(this.ctx, () => this.state(), { address });
  }

  getRanges(address: string): FakeRangeAreas {
    this.ctx.need("1.9");
    return new FakeRangeAreas(this.ctx, () => this.state(), address);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.ctx.need("1.2");
    return new FakeRange(this.ctx, () => this.state(), { used: Boolean(valuesOnly) });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.need("1.4");
    return new FakeRange(this.ctx, () => this.state(), {
      used: Boolean(valuesOnly),
      orNull: true,
    });
  }

  delete(): void {
    const host = this.ctx.host;
    this.ctx.enqueue({
      kind: "write",
      bytes: 0,
      run: () => {
        if (host.workbookProtected)
          throw new FakeOfficeError("AccessDenied", "workbook structure is protected");
        host.removeSheet(this.state().id);
      },
    });
  }

  activate(): void {
    this.ctx.enqueue({
      kind: "write",
      bytes: 0,
      run: () => void (this.ctx.host.activeSheet = this.state().name),
    });
  }

  /**
   * `Worksheet.tables` is a `TableCollection`, whose `add` puts a table on the sheet its address
   * names, and "if the address does not contain a sheet name, the currently-active sheet is used"
   * (index.d.ts:41529), whichever sheet's collection it was called on.
   */
  get tables(): { add(address: string, hasHeaders: boolean): void } {
    const host = this.ctx.host;
    return {
      add: (address, hasHeaders) => {
        const bang = address.lastIndexOf("!");
        const named =
          bang < 0 ? undefined : address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
        const target = (): SheetState =>
          named !== undefined ? host.sheet(named) : host.sheet(host.active());
        this.ctx.write(
          target,
          bytesOf(address),
          (s) => void s.tables.push({ address: address.slice(bang + 1), hasHeaders })
        );
      },
    };
  }

  get freezePanes(): { freezeRows(n: number): void } {
    this.ctx.need("1.7");
    return {
      freezeRows: (n) =>
        this.ctx.write(
          () => this.state(),
          4,
          (s) => void (s.frozenRows = n)
        ),
    };
  }
}

/** `range.format` as a load path ("format/protection/locked"). */
class FakeFormatPath extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly protection: FakeFormatProtection
  ) {
    super(ctx);
  }

  protected override nav(name: string): FakeObject {
    if (name === "protection") return this.protection;
    return super.nav(name);
  }
}

/** `RangeFormat.protection` (ExcelApi 1.2): `locked` is null when the range is mixed. */
class FakeFormatProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange
  ) {
    super(ctx);
  }

  protected override scalar(name: string): unknown {
    this.ctx.host.need("1.2");
    const box = this.range.box();
    if (name === "locked") return box ? lockedIn(this.range.sheet(), box) : true;
    return super.scalar(name);
  }

  get locked(): boolean | null {
    return this.get("locked");
  }
}

/**
 * `Worksheet.getRanges` (ExcelApi 1.9): several areas as one object. Long multi-area addresses
 * fail with InvalidArgument; office-js #5198 saw failures from about 8,200 characters.
 */
export const MAX_AREAS_ADDRESS = 8192;

class FakeRangeAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly sheet: () => SheetState,
    private readonly address: string
  ) {
    super(ctx);
  }

  boxes(): Box[] {
    if (this.address.length > MAX_AREAS_ADDRESS)
      throw new FakeOfficeError("InvalidArgument", "The argument is invalid (office-js #5198)");
    return parseAreas(this.address);
  }

  get conditionalFormats(): FakeCfCollection {
    this.ctx.need("1.9");
    return new FakeCfCollection(this.ctx, this);
  }

  /** `RangeAreas.select()` (ExcelApi 1.9): the areas become the selection. */
  select(): void {
    const boxes = this.boxes();
    this.ctx.enqueue({
      kind: "write",
      bytes: 0,
      run: () => {
        this.ctx.host.selection = {
          sheet: this.sheet().name,
          address: boxes.map(boxAddress).join(","),
        };
      },
    });
  }
}

/**
 * "If the merged areas count in this range is more than 512, then this method will fail to return
 * the result" (index.d.ts:39143). The error's code is not documented: the fake fails the sync with
 * GeneralException, so a door must not rely on the code.
 */
export const MAX_MERGED_AREAS = 512;

/** What `getMergedAreasOrNullObject` gives: a `RangeAreas`, null when there is no merged area. */
class FakeMergedAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange
  ) {
    super(ctx);
  }

  private areas(): Box[] {
    const b = this.range.box();
    const found = b
      ? (this.range.sheet().merged ?? []).filter(
          (m) => m.r0 >= b.r0 && m.r0 <= b.r1 && m.c0 >= b.c0 && m.c0 <= b.c1
        )
      : [];
    if (found.length > MAX_MERGED_AREAS)
      throw new FakeOfficeError("GeneralException", `${found.length} merged areas`);
    return found;
  }

  protected override isNull(): boolean {
    return this.areas().length === 0;
  }

  /** `RangeAreas.address`: "Sheet1!A1:B4, Sheet1!D1:D4" (index.d.ts, Excel.RangeAreas.address). */
  protected override scalar(name: string): unknown {
    const areas = this.areas();
    const sheet = quoteSheetName(this.range.sheet().name);
    if (name === "address") return areas.map((a) => `${sheet}!${boxAddress(a)}`).join(", ");
    if (name === "areaCount") return areas.length;
    return super.scalar(name);
  }

  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

class FakeSheetProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState
  ) {
    super(ctx);
  }

  protected override scalar(name: string): unknown {
    if (name === "protected") return this.sheet().protected;
    return super.scalar(name);
  }

  get protected(): boolean {
    return this.get("protected");
  }
}

interface RangeWhere {
  address?: string;
  used?: boolean;
  orNull?: boolean;
}

class FakeRange extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly sheet: () => SheetState,
    private readonly where: RangeWhere
  ) {
    super(ctx);
  }

  box(): Box | undefined {
    const s = this.sheet();
    if (this.where.address !== undefined) return parseBox(this.where.address);
    return usedBox(s, Boolean(this.where.used)) ?? (this.where.orNull ? undefined : parseBox("A1"));
  }

  private mustBox(): Box {
    const b = this.box();
    if (!b) throw new FakeOfficeError("ItemNotFound", "empty used range");
    return b;
  }

  protected override isNull(): boolean {
    return Boolean(this.where.orNull) && !this.box();
  }

  /**
   * A get over more than five million cells gives null rather than an error (the "performance"
   * docs page, office-js-docs-pr #5821; office-js #4783, #6781); `maxReadCells` lowers the limit
   * so tests need not build such grids.
   */
  private grid<T>(cell: (r: number, c: number) => T): T[][] | null {
    const b = this.mustBox();
    if ((b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1) > this.ctx.host.maxReadCells) return null;
    const out: T[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const row: T[] = [];
      for (let c = b.c0; c <= b.c1; c++) row.push(cell(r, c));
      out.push(row);
    }
    return out;
  }

  protected override scalar(name: string): unknown {
    const s = this.sheet();
    const b = this.mustBox();
    switch (name) {
      case "address":
        return `${quoteSheetName(s.name)}!${boxAddress(b)}`;
      case "rowCount":
        return b.r1 - b.r0 + 1;
      case "columnCount":
        return b.c1 - b.c0 + 1;
      case "values":
        return this.grid((r, c) => getCell(s, r, c));
      case "numberFormat":
        return this.grid((r, c) => getFormat(s, r, c));
      case "formulas":
        return this.grid((r, c) => s.formulas[`${r}:${c}`] ?? getCell(s, r, c));
      default:
        return super.scalar(name);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): Value[][] {
    return this.get("values");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  get formulas(): Value[][] {
    return this.get("formulas");
  }

  /**
   * `Range.getMergedAreasOrNullObject` (ExcelApi 1.13, index.d.ts:39150): the merged areas whose
   * top-left cell lies in this range (office-js #3611, answered "by design").
   */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    this.ctx.need("1.13");
    return new FakeMergedAreas(this.ctx, this);
  }

  private writeGrid(
    name: string,
    grid: unknown,
    put: (s: SheetState, r: number, c: number, v: unknown) => void
  ): void {
    const write = (s: SheetState): void => {
      const b = this.mustBox();
      const rows = b.r1 - b.r0 + 1;
      const cols = b.c1 - b.c0 + 1;
      if (
        !Array.isArray(grid) ||
        grid.length !== rows ||
        grid.some((row) => !Array.isArray(row) || row.length !== cols)
      )
        throw new FakeOfficeError("InvalidArgument", `${name}: expected ${rows}×${cols}`);
      (grid as unknown[][]).forEach((row, r) =>
        row.forEach((v, c) => put(s, b.r0 + r, b.c0 + c, v))
      );
    };
    // Values go into unlocked cells of a protected sheet; formats do not.
    if (name !== "values") return this.ctx.write(this.sheet, bytesOf(grid), write);
    this.ctx.write(
      this.sheet,
      bytesOf(grid),
      (s) => {
        write(s);
        // Events come after the request, asynchronously, for the add-in's own writes too.
        const host = this.ctx.host;
        const address = boxAddress(this.mustBox());
        setTimeout(() => void host.fire(s, address, "Local", "ThisLocalAddin"), 0);
      },
      () => this.mustBox()
    );
  }

  set values(grid: Value[][]) {
    this.writeGrid("values", grid, (s, r, c, v) => {
      // Excel's specifications: a cell holds at most 32,767 characters.
      if (typeof v === "string" && v.length > 32_767)
        throw new FakeOfficeError("InvalidArgument", "more than 32,767 characters in a cell");
      const typed = asTyped(v as Value, getFormat(s, r, c));
      if (typed.formula) s.formulas[`${r}:${c}`] = typed.formula;
      else delete s.formulas[`${r}:${c}`];
      setCell(s, r, c, typed.value);
    });
  }

  set numberFormat(grid: string[][]) {
    this.writeGrid("numberFormat", grid, (s, r, c, v) => setFormat(s, r, c, String(v)));
  }

  select(): void {
    this.ctx.enqueue({
      kind: "write",
      bytes: 0,
      run: () => {
        const s = this.sheet();
        this.ctx.host.selection = { sheet: s.name, address: boxAddress(this.mustBox()) };
      },
    });
  }

  private formatProtection(): FakeFormatProtection {
    let p = this.loaded.get("@formatProtection") as FakeFormatProtection | undefined;
    if (!p) this.loaded.set("@formatProtection", (p = new FakeFormatProtection(this.ctx, this)));
    return p;
  }

  protected override nav(name: string): FakeObject {
    if (name === "format") return new FakeFormatPath(this.ctx, this.formatProtection());
    return super.nav(name);
  }

  get format(): {
    columnWidth: number;
    font: { bold: boolean };
    protection: FakeFormatProtection;
  } {
    const protection = this.formatProtection();
    const setWidth = (points: number): void => {
      this.ctx.need("1.2");
      this.ctx.write(this.sheet, 8, (s) => {
        const b = this.mustBox();
        for (let c = b.c0; c <= b.c1; c++) s.widths[c] = points;
      });
    };
    const setBold = (on: boolean): void =>
      this.ctx.write(this.sheet, 8, (s) => {
        const a = boxAddress(this.mustBox());
        s.bold = on ? [...s.bold, a] : s.bold.filter((x) => x !== a);
      });
    return {
      protection,
      set columnWidth(points: number) {
        setWidth(points);
      },
      get columnWidth(): number {
        throw new Error("fake: columnWidth is write-only here");
      },
      font: {
        set bold(on: boolean) {
          setBold(on);
        },
        get bold(): boolean {
          throw new Error("fake: bold is write-only here");
        },
      },
    };
  }

  get dataValidation(): { rule: unknown; errorAlert: unknown } {
    this.ctx.need("1.8");
    const put = (key: "rule" | "errorAlert", value: unknown): void =>
      this.ctx.write(this.sheet, bytesOf(value), (s) => {
        const address = boxAddress(this.mustBox());
        let v = s.validations.find((x) => x.address === address);
        if (!v) s.validations.push((v = { address, rule: undefined }));
        v[key] = clone(value);
      });
    return {
      set rule(value: unknown) {
        put("rule", value);
      },
      get rule(): unknown {
        throw new Error("fake: rule is write-only here");
      },
      set errorAlert(value: unknown) {
        put("errorAlert", value);
      },
      get errorAlert(): unknown {
        throw new Error("fake: errorAlert is write-only here");
      },
    };
  }

  boxes(): Box[] {
    const b = this.box();
    return b ? [b] : [];
  }

  get conditionalFormats(): FakeCfCollection {
    this.ctx.need("1.6");
    return new FakeCfCollection(this.ctx, this);
  }
}

/** What a conditional-format collection hangs off: a range or a `RangeAreas`. */
interface CfOwner {
  sheet: () => SheetState;
  boxes(): Box[];
}

/**
 * A range's conditional formats, in priority order (index 0 on top). Office.js addresses an item
 * of a loaded collection by its id only when `id` was loaded with it; otherwise by its position
 * (`GetItemAt(i)`, as measured on office.js's request builder), so a later add or delete shifts
 * what the item means. `add` puts the new format "at the first/top priority" (index.d.ts:51558).
 */
class FakeCfCollection extends FakeCollection<FakeCf> {
  constructor(
    ctx: FakeContext,
    private readonly owner: CfOwner
  ) {
    super(ctx);
  }

  private memo?: { of: CfState[]; length: number; list: CfState[] };

  /** This collection's formats now (remembered while the sheet's list is unchanged). */
  list(): CfState[] {
    const all = this.owner.sheet().cfs;
    if (this.memo?.of === all && this.memo.length === all.length) return this.memo.list;
    const boxes = this.owner.boxes();
    const list = all.filter((cf) =>
      areasOf(cf.address).some((a) => boxes.some((b) => intersects(a, b)))
    );
    this.memo = { of: all, length: all.length, list };
    return list;
  }

  protected children(paths: string[][]): FakeCf[] {
    const byId = paths.some((p) => p[0] === "items" && p[1] === "id");
    return this.list().map((cf, index) =>
      byId
        ? new FakeCf(this.ctx, this.owner.sheet, { id: cf.id })
        : new FakeCf(this.ctx, this.owner.sheet, { index, of: this })
    );
  }

  add(type: string): FakeCf {
    const id = this.ctx.host.newId("{cf-");
    const owner = this.owner;
    this.ctx.write(owner.sheet, bytesOf(type), (s) => {
      const address = owner.boxes().map(boxAddress).join(",");
      if (address === "") throw new FakeOfficeError("InvalidArgument", "no range");
      s.cfs.unshift({ id, address, type });
    });
    return new FakeCf(this.ctx, owner.sheet, { id });
  }
}

/** Does some cell of the sheet carry two or more rules? */
function twoRulesOnACell(cfs: readonly CfState[]): boolean {
  const seen = new Set<string>();
  for (const cf of cfs) {
    const mine = new Set<string>();
    for (const b of areasOf(cf.address))
      for (let r = b.r0; r <= Math.min(b.r1, b.r0 + 2000); r++)
        for (let c = b.c0; c <= Math.min(b.c1, b.c0 + 50); c++) mine.add(`${r}:${c}`);
    for (const k of mine) {
      if (seen.has(k)) return true;
      seen.add(k);
    }
  }
  return false;
}

type CfLocator = { id: string } | { index: number; of: FakeCfCollection };

class FakeCf extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly sheet: () => SheetState,
    private readonly at: CfLocator
  ) {
    super(ctx);
  }

  state(): CfState {
    const at = this.at;
    const cf = "id" in at ? this.sheet().cfs.find((c) => c.id === at.id) : at.of.list()[at.index];
    if (!cf) throw new FakeOfficeError("ItemNotFound", "conditional format");
    return cf;
  }

  protected override scalar(name: string): unknown {
    if (name === "type") return this.state().type;
    if (name === "id") return this.state().id;
    return super.scalar(name);
  }

  protected override nav(name: string): FakeObject {
    if (this.state().unreadable)
      throw new FakeOfficeError("GeneralException", "this rule cannot be read (office-js #6827)");
    if (name === "customOrNullObject") return this.customOrNullObject;
    if (name === "custom") return this.custom;
    return super.nav(name);
  }

  get type(): string {
    return this.get("type");
  }

  get id(): string {
    return this.get("id");
  }

  private cached(key: string, orNull: boolean): FakeCustomCf {
    let c = this.loaded.get(key) as FakeCustomCf | undefined;
    if (!c) this.loaded.set(key, (c = new FakeCustomCf(this.ctx, this, orNull)));
    return c;
  }

  get custom(): FakeCustomCf {
    return this.cached("@custom", false);
  }

  get customOrNullObject(): FakeCustomCf {
    return this.cached("@customOrNull", true);
  }

  delete(): void {
    const at = this.at;
    this.ctx.write(this.sheet, 8, (s) => {
      if ("index" in at && this.ctx.host.bug5222 && this.ctx.twoRules(s))
        throw new FakeOfficeError("ItemNotFound", "Item Not Found (office-js #5222)");
      const target = this.state();
      s.cfs = s.cfs.filter((c) => c !== target);
    });
  }
}

class FakeCustomCf extends FakeObject {
  readonly rule: FakeCfRule;
  readonly format: { fill: { color: string }; font: { color: string } };

  constructor(
    ctx: FakeContext,
    readonly cf: FakeCf,
    private readonly orNull: boolean
  ) {
    super(ctx);
    this.rule = new FakeCfRule(ctx, this);
    const set = (key: "fill" | "font", value: string): void =>
      ctx.write(cf.sheet, bytesOf(value), () => void (cf.state()[key] = value));
    this.format = {
      fill: {
        set color(v: string) {
          set("fill", v);
        },
        get color(): string {
          throw new Error("fake: write-only");
        },
      },
      font: {
        set color(v: string) {
          set("font", v);
        },
        get color(): string {
          throw new Error("fake: write-only");
        },
      },
    };
  }

  protected override isNull(): boolean {
    return this.orNull && this.cf.state().type !== "Custom";
  }

  protected override nav(name: string): FakeObject {
    if (name === "rule") return this.rule;
    return super.nav(name);
  }
}

class FakeCfRule extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly custom: FakeCustomCf
  ) {
    super(ctx);
  }

  protected override scalar(name: string): unknown {
    if (name === "formula") return this.custom.cf.state().formula ?? "";
    return super.scalar(name);
  }

  get formula(): string {
    return this.get("formula");
  }

  set formula(value: string) {
    const cf = this.custom.cf;
    this.ctx.write(cf.sheet, bytesOf(value), () => void (cf.state().formula = value));
  }
}

class FakeNames {
  constructor(private readonly ctx: FakeContext) {}

  getItemOrNullObject(name: string): FakeNamedItem {
    this.ctx.need("1.4");
    return new FakeNamedItem(this.ctx, name);
  }

  add(name: string, formula: string): void {
    this.ctx.need("1.4");
    const host = this.ctx.host;
    this.ctx.enqueue({
      kind: "write",
      bytes: bytesOf([name, formula]),
      run: () => {
        if (host.names[name] !== undefined) throw new FakeOfficeError("ItemAlreadyExists", name);
        host.names[name] = formula;
      },
    });
  }
}

class FakeNamedItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string
  ) {
    super(ctx);
  }

  protected override isNull(): boolean {
    return this.ctx.host.names[this.key] === undefined;
  }

  protected override scalar(name: string): unknown {
    if (name === "name") return this.key;
    if (name === "formula") return this.ctx.host.names[this.key];
    return super.scalar(name);
  }

  get name(): string {
    return this.get("name");
  }

  get formula(): string {
    return this.get("formula");
  }

  /** `NamedItem.formula` is writable from ExcelApi 1.7 (index.d.ts:41080). */
  set formula(value: string) {
    this.ctx.need("1.7");
    const host = this.ctx.host;
    this.ctx.enqueue({
      kind: "write",
      bytes: bytesOf(value),
      run: () => {
        if (host.names[this.key] === undefined) throw new FakeOfficeError("ItemNotFound", this.key);
        host.names[this.key] = value;
      },
    });
  }

  delete(): void {
    const host = this.ctx.host;
    this.ctx.enqueue({
      kind: "write",
      bytes: 8,
      run: () => {
        if (host.names[this.key] === undefined) throw new FakeOfficeError("ItemNotFound", this.key);
        delete host.names[this.key];
      },
    });
  }
}

class FakeSettings {
  constructor(private readonly ctx: FakeContext) {}

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }

  add(key: string, value: unknown): void {
    const host = this.ctx.host;
    this.ctx.enqueue({
      kind: "write",
      bytes: bytesOf(value),
      run: () => void (host.settings[key] = clone(value)),
    });
  }
}

class FakeSetting extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string
  ) {
    super(ctx);
  }

  protected override isNull(): boolean {
    return !(this.key in this.ctx.host.settings);
  }

  protected override scalar(name: string): unknown {
    if (name === "value") return this.ctx.host.settings[this.key];
    return super.scalar(name);
  }

  get value(): unknown {
    return this.get("value");
  }

  delete(): void {
    const host = this.ctx.host;
    this.ctx.enqueue({ kind: "write", bytes: 8, run: () => void delete host.settings[this.key] });
  }
}

class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    const epoch = this.ctx.host.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    return new FakeFunctionResult(this.ctx, (Date.UTC(year, month - 1, day) - epoch) / 86_400_000);
  }
}

class FakeFunctionResult extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly result: number
  ) {
    super(ctx);
  }

  protected override scalar(name: string): unknown {
    if (name === "value") return this.result;
    return super.scalar(name);
  }

  get value(): number {
    return this.get("value");
  }
}
