import type { ColumnSpec } from "../../../src/core/sheets/columns";
import { FAIRS } from "../../../src/core/sheets/columns";
import { parseRow, rowParser } from "../../../src/core/sheets/parseRow";
import { readWorkbook } from "../../../src/core/sheets/readWorkbook";
import { z } from "zod";
import { ExhibitRow, FairRow, ProductRow, type ColumnKey } from "../../../src/core/sheets/rows";
import { defaultSettings } from "../../../src/core/settings";
import { aFair, anExhibit, aWorkbook } from "../../builders";
import { nationalReferenceOnce } from "../../builders/reference";

const ref = nationalReferenceOnce();

describe("typed rows come out of the row schemas", () => {
  it("keeps a record the schema accepts, as the schema outputs it", () => {
    const fair = { row: 3, fairCode: "HC01", startDate: "2023-09-14", booths: 12 };
    expect(parseRow(FairRow, fair)).toEqual(fair);
  });

  it("drops a field the schema rejects and keeps the rest, rather than trusting a cast", () => {
    const record = { row: 4, fairCode: "HC01", booths: -2, startDate: "14/09/2023" };
    expect(parseRow(FairRow, record)).toEqual({ row: 4, fairCode: "HC01" });
    expect(parseRow(ExhibitRow, { row: 5, count: 2, stars: 7, category: "OCOP?" })).toEqual({
      row: 5,
      count: 2,
    });
  });

  it("drops what no column fills", () => {
    expect(parseRow(FairRow, { row: 2, fairCode: "HC01", stray: "x" })).toEqual({
      row: 2,
      fairCode: "HC01",
    });
  });

  it("gives readWorkbook's rows exactly the schema's shape", () => {
    const raw = aWorkbook({
      fairs: [aFair(), aFair({ booths: "nhiều", startDate: "31/02/2023" })],
      exhibits: [anExhibit({ count: "" })],
    });
    const { typed } = readWorkbook(raw, defaultSettings(), {
      today: "2024-01-10",
      reference: ref.current,
    });
    for (const fair of typed.fairs) expect(FairRow.parse(fair)).toEqual(fair);
    expect(typed.fairs[1]).not.toHaveProperty("booths");
    expect(typed.exhibits[0].count).toBe(1);
  });

  it("types each column's key by the row it fills", () => {
    const keys: ColumnKey<"fairs">[] = FAIRS.columns.map((c) => c.key);
    expect(keys).toEqual(Object.keys(FairRow.shape).filter((k) => k !== "row"));
    // @ts-expect-error: a fair row has no stars, so no fairs column may fill them
    const wrong: ColumnSpec<ColumnKey<"fairs">> = { ...FAIRS.columns[0], key: "stars" };
    expect(wrong.key).toBe("stars");
  });

  it("parses many rows by rowParser exactly as parseRow does, key order included", () => {
    const values = [undefined, "", "HC01", "2023-09-14", "14/09/2023", 0, 1, 3, 5, 7, -2, 2.5, NaN];
    const values2 = ["OCOP", "Khác", "tỉnh", "trung ương", "OCOP?", 92, "x", null, true];
    const records: Record<string, unknown>[] = [];
    // Every field of each schema given each value, over and over (the memo must not lie),
    // with keys in an order other than the shape's, a stray key and a missing row.
    for (let round = 0; round < 2; round++)
      for (const schema of [FairRow, ExhibitRow, ProductRow])
        for (const key of Object.keys(schema.shape))
          for (const value of [...values, ...values2])
            records.push({ stray: 1, [key]: value, count: 2, row: 3 });
    records.push({ fairCode: "HC01", count: 1 }, { row: 4, stars: 3, count: 1, note: "n" });
    for (const schema of [FairRow, ExhibitRow, ProductRow]) {
      const parse = rowParser(schema);
      for (const record of records) {
        const expected = (() => {
          try {
            return parseRow(schema, record);
          } catch (err) {
            return err instanceof Error ? err.name : "?";
          }
        })();
        const got = (() => {
          try {
            return parse(record);
          } catch (err) {
            return err instanceof Error ? err.name : "?";
          }
        })();
        expect(got).toStrictEqual(expected);
        if (typeof got === "object") expect(Object.keys(got)).toEqual(Object.keys(expected));
      }
    }
  });

  it("gives a record that already is the row back as the row, and copies one in another order", () => {
    const parse = rowParser(ExhibitRow);
    const inOrder = { row: 2, fairCode: "HC01", product: "Chè", count: 1 };
    expect(parse(inOrder)).toBe(inOrder);
    const reordered = { row: 2, product: "Chè", fairCode: "HC01", count: 1 };
    const row = parse(reordered);
    expect(row).not.toBe(reordered);
    expect(Object.keys(row)).toEqual(["row", "fairCode", "product", "count"]);
    const stray = { row: 2, count: 1, extra: true };
    expect(parse(stray)).toStrictEqual({ row: 2, count: 1 });
  });

  it("leaves a schema with defaults to zod: rowParser only takes plainly optional fields", () => {
    const withDefault = z.object({ row: z.number(), count: z.number().default(1) });
    expect(rowParser(withDefault)({ row: 2 })).toEqual({ row: 2, count: 1 });
  });
});
