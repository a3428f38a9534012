import { createFileDoor } from "../../../src/workbook/file/fileDoor";
import { createFilePort } from "../../../src/workbook/file/filePort";
import { PortError } from "../../../src/workbook/port";
import { aFair, aGrid, aWorkbook } from "../../builders";

describe("the file door", () => {
  const workbook = () => aWorkbook({ fairs: aGrid("fairs", [aFair({ name: "Hội chợ A" })]) });

  it("opens .xlsx bytes into a port that keeps the file for the download", async () => {
    const bytes = await createFilePort(workbook()).toXlsx();
    const port = await createFileDoor().open(bytes.slice().buffer);
    expect(port.workbook().sheets.map((s) => s.name)).toContain("Hội chợ");
    expect(port.original()?.byteLength).toBe(bytes.byteLength);
    expect(port.toXlsx).toBeInstanceOf(Function);
  });

  it("says a file that is not a workbook is unreadable, as a PortError", async () => {
    const notes = new TextEncoder().encode("not a zip").buffer;
    const opening = createFileDoor().open(notes);
    await expect(opening).rejects.toBeInstanceOf(PortError);
    await expect(opening).rejects.toMatchObject({ code: "unreadable" });
  });

  it("recognises the reader's failure by name, as it arrives from a worker", async () => {
    // Classes do not cross postMessage: the worker's error comes back as a named Error.
    const fromWorker = Object.assign(new Error("zip"), { name: "UnreadableWorkbookError" });
    const door = createFileDoor(async () => Promise.reject(fromWorker));
    await expect(door.open(new ArrayBuffer(4))).rejects.toMatchObject({ code: "unreadable" });
    const other = new TypeError("boom");
    await expect(
      createFileDoor(async () => Promise.reject(other)).open(new ArrayBuffer(4))
    ).rejects.toBe(other);
  });
});

describe("settings text in both doors", () => {
  it("is decoded alike by the file door and the Excel door's store", async () => {
    const { decodeSettings } = await import("../../../src/workbook/excel/settingsStore");
    for (const text of ['{"province":"Kiên Giang","dismissed":"x"}', "{broken", "[]"]) {
      const fromFile = await createFilePort({ sheets: [] }, { settingsJson: text }).loadSettings();
      expect(fromFile).toEqual(decodeSettings(text));
    }
  });
});
