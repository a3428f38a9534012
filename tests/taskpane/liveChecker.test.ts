import { checkWorkbook } from "../../src/core/check";
import { loadNationalReference } from "../../src/core/reference/national";
import { defaultSettings } from "../../src/core/settings";
import { checkInPage, checkLiveInPage, liveInPage } from "../../src/taskpane/session/checker";
import { aFair, aGrid, anExhibit, aProduct } from "../builders";

const today = "2024-06-30";

// offThread.ts (import.meta, Worker) does not load under jest: its one line asks `liveInPage`.
describe("the page's checker while live mode is on", () => {
  afterAll(() => checkLiveInPage(false));

  it("follows edits made in place, equal to a whole check each time", async () => {
    const reference = await loadNationalReference();
    const settings = defaultSettings();
    const raw = {
      sheets: [
        aGrid("fairs", [aFair()]),
        aGrid("exhibits", [anExhibit(), anExhibit({ product: "Khô bò" })]),
        aGrid("products", [aProduct()]),
      ],
    };
    checkLiveInPage(true);
    expect(liveInPage()).toBe(true);
    const before = await checkInPage(raw, settings, today);
    raw.sheets[1].values[2][1] = "Đường thốt nốt"; // a duplicate at the fair, edited in place
    const after = await checkInPage(raw, settings, today);
    expect(after).toEqual(checkWorkbook(raw, settings, { today, reference }));
    expect(after.findings).not.toEqual(before.findings);
    expect(after.findings.map((f) => f.code)).toContain("exhibits.product.duplicateAtFair");
    raw.sheets[1].values[2][1] = "Khô bò";
    expect(await checkInPage(raw, settings, today)).toEqual(before);
    checkLiveInPage(false);
    expect(liveInPage()).toBe(false);
  });
});
