import { recall, remember } from "../../src/taskpane/session/paneMemory";

const aWorkbook = () => ({ sheets: [{ name: "Hội chợ", origin: "A1", values: [["Mã"]] }] });

describe("what the pane remembers across a reload", () => {
  beforeEach(() => sessionStorage.clear());

  it("keeps the opened file's bytes with a small workbook", () => {
    remember({ standalone: { name: "a.xlsx", raw: aWorkbook(), original: "UEsDBA==" } });
    expect(recall().standalone?.original).toBe("UEsDBA==");
  });

  it("lets go of the file's bytes first, and keeps the grids, when both do not fit", () => {
    const big = "A".repeat(2_100_000);
    remember({ standalone: { name: "a.xlsx", raw: aWorkbook(), original: big } });
    expect(recall().standalone?.original).toBeUndefined();
    expect(recall().standalone?.raw).toEqual(aWorkbook());
  });
});
