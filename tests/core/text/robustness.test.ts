import {
  detectEncoding,
  fixEncoding,
  fromUnicode,
  toUnicode,
} from "../../../src/core/text/encodings";
import { nearest } from "../../../src/core/text/suggest";
import { resolveProvince } from "../../../src/core/reference/provinces";
import { AN_GIANG_2023_UNITS, resolveUnit } from "../../../src/core/reference/units";
import {
  expiryDate,
  resolveGroup,
  resolveProductSet,
  resolveStars,
} from "../../../src/core/reference/ocop";
import { prng } from "../../builders/prng";

/** Random strings from a seeded generator, so a failure can be replayed. */
function randomTexts(count: number, seed = 7): string[] {
  const next = prng(seed);
  const alphabet = [
    ..."aAeEoOuUyYiIdDnNgGhHtT .-/*★0123456789",
    ..."¸µ¶·¹¨©ª«¬\u00ad®§¡¢£¤¥¦ÕÖÔâäùøûõïñö",
    ..."ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
    "\u0300",
    "\u0301",
    "\u0323",
    "\u0000",
    "\ud83d",
    "😀",
  ];
  return Array.from({ length: count }, () =>
    Array.from(
      { length: Math.floor(next() * 24) },
      () => alphabet[Math.floor(next() * alphabet.length)]
    ).join("")
  );
}

describe("text and reference functions on random input", () => {
  it("never throw, and a fix is always NFC", () => {
    for (const text of randomTexts(3000)) {
      const fixed = fixEncoding(text);
      if (fixed) expect(fixed.fixed).toBe(fixed.fixed.normalize("NFC"));
      detectEncoding(text, ["An Phú"]);
      toUnicode(text, "tcvn3");
      toUnicode(text, "vni");
      fromUnicode(text, "tcvn3");
      fromUnicode(text, "vni");
      nearest(text, ["Chợ Mới", ""]);
      resolveProvince(text, "2024-01-01");
      resolveUnit(text, AN_GIANG_2023_UNITS, "2023-05-01");
      resolveGroup(text);
      resolveProductSet(text);
      resolveStars(text);
      expiryDate(text);
    }
  });
});
