import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { CLI_TEXT, type CliCatalogue, type CliMessageKey } from "../../src/cli/messages";

/** Each entry rendered with sample params, as plain strings (nested records flattened). */
function rendered(catalogue: CliCatalogue): Map<string, string> {
  const params = { name: "chek", why: "x", option: "--bogus", usage: "ocop x FILE", value: "v" };
  const sample = { ...params, file: "a.xlsx", code: "EIO", files: "2", summary: "s", year: 2023 };
  const out = new Map<string, string>();
  const add = (key: string, entry: unknown): void => {
    if (typeof entry === "string") out.set(key, entry);
    else if (typeof entry === "function") out.set(key, String(entry({ ...sample, mistakes: 6 })));
    else for (const [k, v] of Object.entries(entry as object)) add(`${key}.${k}`, v);
  };
  for (const key of Object.keys(catalogue) as CliMessageKey[]) add(key, catalogue[key]);
  // Counted nouns: render 1 and 2 too (English plurals).
  for (const [k, fn] of Object.entries(catalogue.count)) out.set(`count.${k}.1`, fn(1));
  return out;
}

/** Letters only Vietnamese uses (đ and the vowels with tone or hat marks). */
const VIETNAMESE = /[đĐăâêôơưĂÂÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

describe("the command line's catalogues", () => {
  const vi = rendered(CLI_TEXT.vi);
  const en = rendered(CLI_TEXT.en);

  it("give every message in both languages, none empty", () => {
    expect([...en.keys()]).toEqual([...vi.keys()]);
    for (const [key, text] of [...vi, ...en])
      expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
  });

  it("keep each language to itself: no Vietnamese in English, no 'vi / en' pairs", () => {
    for (const [key, text] of en)
      expect({ key, text, vietnamese: VIETNAMESE.test(text) }).toMatchObject({ vietnamese: false });
    for (const [key, text] of vi)
      expect({ key, text, pair: / \/ [a-z]/.test(text) }).toMatchObject({ pair: false });
    const same = [...vi].filter(([key, text]) => en.get(key) === text && /[a-z]{3}/.test(text));
    expect(same).toEqual([]);
  });

  it("count in English with -s after any number but 1, and info uncountable", () => {
    expect([1, 2].map(CLI_TEXT.en.count.error)).toEqual(["1 error", "2 errors"]);
    expect([1, 2].map(CLI_TEXT.en.count.info)).toEqual(["1 info", "2 info"]);
    expect([1, 2].map(CLI_TEXT.vi.count.file)).toEqual(["1 tệp", "2 tệp"]);
  });
});

describe("the command line's code", () => {
  const root = join(__dirname, "../../src/cli");
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });

  it("writes no user text outside the catalogues", () => {
    const inline = files(root)
      .filter((file) => !relative(root, file).startsWith("messages"))
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line) && VIETNAMESE.test(line))
          .map((line) => `${relative(root, file)}: ${line.trim()}`)
      );
    expect(inline).toEqual([]);
  });
});
