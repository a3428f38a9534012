import { UsageError } from "../../src/cli/io";
import { CLI_TEXT } from "../../src/cli/messages";
import { parseArgs, requestedLang, type CommandSpec } from "../../src/cli/options";

const spec: CommandSpec = {
  usage: "ocop test FILE...",
  flags: ["json"],
  values: ["year", "province", "lang"],
  files: "some",
};
const parse = (...args: string[]) => parseArgs(args, spec);
const common = (...args: string[]) => {
  const { year, province, lang } = parse("f.xlsx", ...args);
  return { year, province, lang };
};

/** The English text of the usage error `fn` throws. */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof UsageError) return err.text(CLI_TEXT.en);
    throw err;
  }
  throw new Error("no error thrown");
}

describe("command-line options", () => {
  it("reads --name value and --name=value alike", () => {
    expect(common("--year", "2023", "--province", "Đồng Tháp", "--lang", "en")).toEqual({
      year: 2023,
      province: "Đồng Tháp",
      lang: "en",
    });
    expect(common("--year=2023", "--province=Đồng Tháp", "--lang=en")).toEqual(
      common("--year", "2023", "--province", "Đồng Tháp", "--lang", "en")
    );
  });

  it("keeps files apart from options and flags, in order, with - as a file", () => {
    const parsed = parse("a.xlsx", "--json", "--year", "2024", "b.xlsx", "-");
    expect(parsed.files).toEqual(["a.xlsx", "b.xlsx", "-"]);
    expect([...parsed.flags]).toEqual(["json"]);
    expect(parsed.values.get("year")).toBe("2024");
  });

  it.each([["1999"], ["2101"], ["23"], ["20233"], ["năm"]])("refuses the year %s", (year) => {
    expect(errorOf(() => common("--year", year))).toMatch(/--year: .*2000.*2100/);
    expect(() => common(`--year=${year}`)).toThrow(UsageError);
  });

  it("accepts the years 2000 and 2100 at the edges", () => {
    expect(common("--year=2000").year).toBe(2000);
    expect(common("--year", "2100").year).toBe(2100);
  });

  it("refuses a language other than vi or en", () => {
    expect(errorOf(() => common("--lang", "fr"))).toBe('--lang: vi or en, not "fr"');
  });

  it("says a value is missing, also when the next word is another option", () => {
    expect(errorOf(() => parse("--province"))).toBe("missing value for --province");
    expect(errorOf(() => parse("--province", "--json"))).toBe("missing value for --province");
    expect(errorOf(() => parse("--year="))).toBe("missing value for --year");
  });

  it("refuses unknown options and values given to a flag", () => {
    expect(errorOf(() => parse("--verbose"))).toBe("unknown option --verbose");
    expect(errorOf(() => parse("--json=yes"))).toBe("unknown option --json=yes");
    expect(errorOf(() => parse("-x"))).toBe("unknown option -x");
  });

  it("counts the files: at least one, or exactly one, with the usage line", () => {
    expect(errorOf(() => parse("--json"))).toBe("missing file name: ocop test FILE...");
    const one: CommandSpec = { ...spec, usage: "ocop one FILE", files: "one" };
    expect(errorOf(() => parseArgs(["a", "b"], one))).toBe("one file only: ocop one FILE");
    expect(parseArgs(["a"], one).files).toEqual(["a"]);
  });

  it("names the output file: the file argument or --out, with --force", () => {
    const written: CommandSpec = { ...spec, flags: ["force"], files: "one", output: "file" };
    expect(parseArgs(["ra.xlsx", "--force"], written)).toMatchObject({
      output: "ra.xlsx",
      force: true,
    });
    const out: CommandSpec = { ...spec, values: ["out"], files: "one", output: "out" };
    expect(parseArgs(["vao.xlsx", "--out", "ra.txt"], out)).toMatchObject({
      output: "ra.txt",
      force: false,
    });
    expect(parseArgs(["vao.xlsx"], out).output).toBeUndefined();
    expect(parse("vao.xlsx").output).toBeUndefined();
  });
});

describe("the language asked for", () => {
  it("is read anywhere on the line, in either spelling, the last one winning", () => {
    expect(requestedLang(["check", "a.xlsx", "--lang", "en"])).toBe("en");
    expect(requestedLang(["--lang=en", "check"])).toBe("en");
    expect(requestedLang(["check", "--lang", "en", "--lang=vi"])).toBe("vi");
  });

  it("is undefined when absent or not a language, for the parser to refuse", () => {
    expect(requestedLang(["check", "a.xlsx"])).toBeUndefined();
    expect(requestedLang(["check", "--lang", "fr"])).toBeUndefined();
    expect(requestedLang(["check", "--lang"])).toBeUndefined();
  });
});

describe("--province", () => {
  it("takes a province of either era, as written", () => {
    expect(common("--province", "Kiên Giang").province).toBe("Kiên Giang");
    expect(common("--province", "tỉnh An Giang").province).toBe("tỉnh An Giang");
  });

  it("refuses an unknown province, naming the nearest (never a silent switch-off)", () => {
    expect(() => common("--province", "An Giag")).toThrow(UsageError);
    expect(() => common("--province", "An Giag")).toThrow(/An Giag.*An Giang/);
  });
});
