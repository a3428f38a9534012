import { checkWorkbook } from "../../../src/core/check";
import { defaultSettings } from "../../../src/core/settings";
import { aCouncil, aTraining, aWorkbook, nationalReferenceOnce } from "../../builders";
import type { RawRow } from "../../builders";

const national = nationalReferenceOnce();

function check(parts: { training?: RawRow[]; councils?: RawRow[] }) {
  return checkWorkbook(aWorkbook(parts), defaultSettings(), {
    today: "2026-11-30",
    reference: national.current,
  });
}

describe("the activity sheets (issue 11)", () => {
  it("reads training rows to their canonical values", () => {
    const { typed, findings } = check({
      training: [aTraining({ role: "BCV", date: "10/05/2023", participants: "60" })],
    });
    expect(findings.filter((f) => f.sheetKind === "training")).toEqual([]);
    expect(typed.training).toEqual([
      {
        row: 2,
        date: "2023-05-10",
        title: aTraining().title,
        organizer: "Văn phòng Điều phối xây dựng nông thôn mới tỉnh",
        role: "báo cáo viên",
        participants: 60,
      },
    ]);
  });

  it("reads a council's unit against the units in force on its date", () => {
    const { typed, findings } = check({
      councils: [
        aCouncil({ unit: "TP. Long Xuyên" }),
        aCouncil({ date: "2026-03-02", level: "cấp xã", unit: "xã Mỹ Hòa Hưng", kind: "góp ý" }),
        aCouncil({ date: "2026-03-02", level: "cấp tỉnh", unit: "huyện Chợ Mới" }),
      ],
    });
    expect(typed.councils?.map((c) => [c.level, c.unit, c.kind])).toEqual([
      ["cấp huyện", "Long Xuyên", "tham dự hội đồng"],
      ["cấp xã", "Mỹ Hòa Hưng", "góp ý hồ sơ"],
      ["cấp tỉnh", "Chợ Mới", "tham dự hội đồng"],
    ]);
    const ours = findings.filter((f) => f.sheetKind === "councils");
    expect(ours.map((f) => [f.row, f.code])).toEqual([[4, "councils.unit.levelEnded"]]);
  });

  it("flags a level that does not exist on the row's date, as an error that keeps the row out", () => {
    const { findings, typed } = check({
      councils: [
        aCouncil({ date: "2025-07-01", level: "cấp huyện", unit: "xã Mỹ Hòa Hưng" }),
        aCouncil({ date: "2025-06-30", level: "cấp xã" }),
        aCouncil({ date: "2025-06-30", level: "cấp tỉnh" }),
      ],
    });
    const notInForce = findings.filter((f) => f.code === "councils.level.notInForce");
    expect(notInForce.map((f) => [f.row, f.column, f.value])).toEqual([
      [2, "B", "cấp huyện"],
      [3, "B", "cấp xã"],
    ]);
    expect(typed.rowsWithErrors.councils).toEqual([2, 3]);
  });

  it("raises nothing for a workbook without them", () => {
    const { findings, typed } = check({});
    expect(findings.some((f) => /^(training|councils)\./.test(f.code))).toBe(false);
    expect(typed.training).toBeUndefined();
    expect(typed.councils).toBeUndefined();
  });
});
