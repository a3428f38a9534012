import type { OpenedWorkbook } from "../port";

/** Reads .xlsx bytes into grids somewhere: in a Web Worker (the page) or right here. */
export type ReadBytes = (bytes: ArrayBuffer) => Promise<OpenedWorkbook>;

/** The reader on this thread; exceljs is loaded only now. */
export const readInPage: ReadBytes = async (bytes) => {
  const { readXlsx } = await import("./readXlsx");
  return readXlsx(bytes);
};
