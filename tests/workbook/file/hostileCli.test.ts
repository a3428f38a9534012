import * as XLSX from "@e965/xlsx";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { readProblemText } from "../../../src/workbook/file/readXlsx";
import { aTempDir } from "../../builders";
import { repeatedPart, SHEET_HEAD, SHEET_TAIL, workbookAround } from "./hostileFiles";

const dir = aTempDir("ocop-hostile-cli-");

function encrypted(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "EncryptionInfo", new Uint8Array(64).fill(4));
  XLSX.CFB.utils.cfb_add(cfb, "EncryptedPackage", new Uint8Array(4096).fill(7));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as ArrayBuffer);
}

const FILES: Record<string, () => Uint8Array> = {
  zipBomb: () =>
    workbookAround(
      repeatedPart(
        "xl/worksheets/sheet1.xml",
        SHEET_HEAD,
        "<!-- " + "x".repeat(2 ** 22) + " -->",
        300,
        SHEET_TAIL
      )
    ),
  tooManyCells: () =>
    workbookAround(
      repeatedPart(
        "xl/worksheets/sheet1.xml",
        SHEET_HEAD,
        `<row>${"<c><v>1</v></c>".repeat(10)}</row>`.repeat(1024),
        1024,
        SHEET_TAIL
      )
    ),
  encrypted,
  csv: () => new TextEncoder().encode("Tên hội chợ;Tỉnh\nHội chợ A;Hà Nội\n"),
};

describe("ocop check on a file it refuses", () => {
  it.each(Object.keys(FILES))(
    "%s: exit 2, one line in the chosen language, no stack, nothing written",
    async (reason) => {
      const file = join(dir, `${reason}.xlsx`);
      writeFileSync(file, FILES[reason]());
      const before = readdirSync(dir).length;
      const err: string[] = [];
      const out: string[] = [];
      const code = await main(["check", file], {
        out: (t) => out.push(t),
        err: (t) => err.push(t),
      });
      expect(code).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toContain(file);
      const params = {
        sheet: "Hội chợ",
        cells: 10_485_760,
        limit: 2_000_000,
        part: "xl/worksheets/sheet1.xml",
      };
      const vi = readProblemText(reason as never, "vi", params).slice(0, 40);
      const en = readProblemText(reason as never, "en", params).slice(0, 40);
      expect(err[0]).toContain(vi);
      const inEnglish: string[] = [];
      const codeEn = await main(["check", file, "--lang", "en"], {
        out: () => undefined,
        err: (t) => inEnglish.push(t),
      });
      expect(codeEn).toBe(2);
      expect(inEnglish).toHaveLength(1);
      expect(inEnglish[0]).toContain(en);
      expect(err[0]).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir).length).toBe(before);
      expect(existsSync(file)).toBe(true);
    }
  );
});
