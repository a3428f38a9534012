import { ExcelDoorError } from "../../src/workbook/excel/errors";
import { UnreadableWorkbookError } from "../../src/workbook/file/readXlsx";
import { problemOf } from "../../src/taskpane/session/problemOf";
import { translator } from "../../src/taskpane/i18n";

describe("problems as sentences", () => {
  it.each([
    ["protected", "problem.protected"],
    ["editMode", "problem.editMode"],
    ["sheetGone", "problem.sheetGone"],
    ["changed", "problem.changed"],
    ["formula", "problem.formula"],
    ["unsupported", "problem.unsupported"],
    ["tooLarge", "problem.tooLarge"],
    ["busy", "problem.busy"],
  ] as const)("turns the Excel door's %s error into %s", (code, key) => {
    const err = new ExcelDoorError(code, "x", { sheet: "Hội chợ", requirement: "ExcelApi 1.6" });
    expect(problemOf(err).key).toBe(key);
  });

  it("tells an unreadable file by its name and anything else as unexpected, in words", () => {
    expect(problemOf(new UnreadableWorkbookError("damaged")).key).toBe("problem.unreadable");
    const other = problemOf(new TypeError("boom"));
    expect(other).toEqual({ key: "problem.failed", params: { detail: "boom" } });
    expect(translator("vi")(other.key, other.params)).toBe("Có lỗi không mong đợi: boom");
  });
});
