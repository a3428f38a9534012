import {
  isFormerMinistryName,
  missedWindowLastDay,
  reevaluationState,
  reevaluationWindow,
  rulesOn,
} from "../../../src/core/reference/ocopRules";
import { fold } from "../../../src/core/text/fold";

describe("rulesOn", () => {
  it("judges a decision before 22/5/2026 by QĐ 148 and from that day by QĐ 26/2026", () => {
    expect(rulesOn("2026-05-21").decision).toBe("148/QĐ-TTg");
    expect(rulesOn("2026-05-22").decision).toBe("26/2026/QĐ-TTg");
    expect(rulesOn("2025-10-01").decision).toBe("148/QĐ-TTg");
    expect(rulesOn("2026-05-22").title).toBe("Quyết định số 26/2026/QĐ-TTg ngày 22/5/2026");
  });

  it("lets 3★ be recognised by the district under QĐ 148, only by the province from 01/7/2025", () => {
    expect(rulesOn("2025-06-30").recognisers[3]).toEqual(["huyện", "tỉnh"]);
    expect(rulesOn("2025-06-30").amendedBy).toBeUndefined();
    expect(rulesOn("2025-07-01").recognisers[3]).toEqual(["tỉnh"]);
    expect(rulesOn("2025-07-01").amendedBy).toMatch(/1489\/QĐ-TTg/);
  });

  it("has the province recognise 3★ and 4★ and the ministry 5★ under QĐ 26/2026", () => {
    const rules = rulesOn("2026-08-01");
    expect(rules.recognisers).toEqual({ 3: ["tỉnh"], 4: ["tỉnh"], 5: ["trung ương"] });
    expect(rules.recognisedStars).toEqual([3, 4, 5]);
    expect(rules.centralBody).toBe("Bộ Nông nghiệp và Môi trường");
    expect(rules.validityMonths).toBe(36);
  });

  it("names the ministry as it was called on the date", () => {
    expect(rulesOn("2025-02-28").centralBody).toBe("Bộ Nông nghiệp và Phát triển nông thôn");
    expect(rulesOn("2025-03-01").centralBody).toBe("Bộ Nông nghiệp và Môi trường");
  });

  it("marks the 60 days in which QĐ 148 still finishes earlier dossiers (until 20/7/2026)", () => {
    expect(rulesOn("2026-07-20").transition).toEqual({
      previous: "148/QĐ-TTg",
      until: "2026-07-20",
    });
    expect(rulesOn("2026-07-21").transition).toBeUndefined();
    expect(rulesOn("2026-05-21").transition).toBeUndefined();
  });

  it("recognises the ministry's former name, and not the new one", () => {
    expect(isFormerMinistryName(fold("Bộ NN&PTNT"))).toBe(true);
    expect(isFormerMinistryName(fold("Bộ Nông nghiệp và Phát triển nông thôn"))).toBe(true);
    expect(isFormerMinistryName(fold("Bộ Nông nghiệp và Môi trường"))).toBe(false);
    expect(isFormerMinistryName(fold("Bộ NN&MT"))).toBe(false);
  });
});

describe("the re-evaluation window (QĐ 26/2026/QĐ-TTg Điều 7.6a)", () => {
  it("opens 180 and closes 120 days before expiry: 01/3/2027 → 02/9/2026 to 01/11/2026", () => {
    expect(reevaluationWindow("2027-03-01")).toEqual({ opens: "2026-09-02", closes: "2026-11-01" });
  });

  it("counts calendar days across months of different lengths", () => {
    expect(reevaluationWindow("2028-08-28")).toEqual({ opens: "2028-03-01", closes: "2028-04-30" });
  });

  it("places a report date before, in, after the window, or past expiry", () => {
    expect(reevaluationState("2027-03-01", "2026-09-01")).toBe("notYet");
    expect(reevaluationState("2027-03-01", "2026-09-02")).toBe("open");
    expect(reevaluationState("2027-03-01", "2026-11-01")).toBe("open");
    expect(reevaluationState("2027-03-01", "2026-11-02")).toBe("closed");
    expect(reevaluationState("2027-03-01", "2027-02-28")).toBe("closed");
    expect(reevaluationState("2027-03-01", "2027-03-01")).toBe("expired");
  });

  it("lets a holder who missed the window keep the certificate 180 days past expiry at most", () => {
    expect(missedWindowLastDay("2027-03-01")).toBe("2027-08-28");
  });
});
