import type { FileDoor } from "../port";
import { createFilePort } from "./filePort";
import { readInPage, type ReadBytes } from "./readInPage";
import { unreadableAsPortError } from "./unreadable";

/**
 * The standalone page's way to open workbooks, reading the bytes with `read` (a Web Worker on the
 * page). The composition root makes it; the pane only calls it.
 */
export function createFileDoor(read: ReadBytes = readInPage): FileDoor {
  return {
    async open(bytes, options = {}) {
      // The reader may move the bytes to a worker; the download patches this copy.
      const original = new Uint8Array(bytes.slice(0));
      const opened = await read(bytes).catch((err: unknown) => {
        throw unreadableAsPortError(err);
      });
      return createFilePort(opened.workbook, {
        ...options,
        settingsJson: opened.settingsJson,
        original,
        ...(opened.format ? { format: opened.format } : {}),
      });
    },
    fromGrids: (raw, options) => createFilePort(raw, options),
  };
}
