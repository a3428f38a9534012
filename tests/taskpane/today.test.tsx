import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../src/core/check";
import { aFair, aGrid, aWorkbook } from "../builders";
import { onVietnamClock } from "../builders/clock";
import { renderStandalone } from "./renderPane";
import { nationalReferenceOnce } from "../builders/reference";

const ref = nationalReferenceOnce();

describe("the pane's today", () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it("is the user's local date, as the CLI's: 01:00 on 2 January in Việt Nam is 2 January", async () => {
    // 2026-01-01T18:00Z is 01:00 on 2026-01-02 in Việt Nam (UTC+7); the UTC date is a day behind.
    restore = onVietnamClock("2026-01-01T18:00:00Z");
    const asked: string[] = [];
    await renderStandalone(aWorkbook({ fairs: aGrid("fairs", [aFair()]) }), {
      today: undefined,
      check: async (raw, settings, today) => {
        asked.push(today);
        return checkWorkbook(raw, settings, { today, reference: ref.current });
      },
    });
    await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
    await waitFor(() => expect(asked).toEqual(["2026-01-02"]));
  });
});
