import { PortError } from "../../src/workbook/port";
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
    ["unreadable", "problem.unreadable"],
  ] as const)("turns the port's %s error into %s", (code, key) => {
    const err = new PortError(code, "x", { sheet: "Hội chợ", requirement: "ExcelApi 1.6" });
    expect(problemOf(err).key).toBe(key);
  });

  it("takes only the port's errors by code: anything else is unexpected, in words", () => {
    // A look-alike is not recognised: the pane knows doors only through the port.
    const lookalike = Object.assign(new Error("x"), { name: "ExcelDoorError", code: "busy" });
    expect(problemOf(lookalike).key).toBe("problem.failed");
    const other = problemOf(new TypeError("boom"));
    expect(other).toEqual({ key: "problem.failed", params: { detail: "boom" } });
    expect(translator("vi")(other.key, other.params)).toBe("Có lỗi không mong đợi: boom");
  });
});
