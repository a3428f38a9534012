import { defaultSettings } from "../../src/core/settings";
import { recall } from "../../src/taskpane/session/paneMemory";
import { recallWorkbook, rememberWorkbook } from "../../src/taskpane/session/standaloneMemory";
import { createFileDoor } from "../../src/workbook/file/fileDoor";
import type { WorkbookPort } from "../../src/workbook/port";
import { aFair, aGrid, aWorkbook } from "../builders";

describe("the standalone page's workbook across a reload", () => {
  beforeEach(() => sessionStorage.clear());
  const files = createFileDoor();

  it("comes back with its grids, settings and the file as opened", async () => {
    const raw = aWorkbook({ fairs: aGrid("fairs", [aFair({ name: "Hội chợ A" })]) });
    const port = files.fromGrids(raw, { original: new Uint8Array([1, 2, 3]) });
    rememberWorkbook(port, { ...defaultSettings(), province: "Kiên Giang" }, "tinh.xlsx");
    const back = recallWorkbook(files, {})!;
    expect(back.name).toBe("tinh.xlsx");
    expect(back.port.workbook!()).toEqual(port.workbook());
    expect(Array.from(back.port.original!()!)).toEqual([1, 2, 3]);
    expect((await back.port.loadSettings()).province).toBe("Kiên Giang");
  });

  it("is not kept for a door without grids, and forgotten when too big to keep", () => {
    const excel = { kind: "excel" } as WorkbookPort;
    rememberWorkbook(excel, defaultSettings(), "x.xlsx");
    expect(recall().standalone).toBeUndefined();
    rememberWorkbook(files.fromGrids(aWorkbook({})), defaultSettings(), "small.xlsx");
    expect(recall().standalone?.name).toBe("small.xlsx");
    const row = Array.from({ length: 60 }, () => "x");
    const big = {
      sheets: [
        { name: "Hội chợ", origin: "A1", values: Array.from({ length: 2000 }, () => [...row]) },
      ],
    };
    rememberWorkbook(files.fromGrids(big), defaultSettings(), "big.xlsx");
    expect(recallWorkbook(files, {})).toBeUndefined();
  });
});
