import { UsageError } from "../../src/cli/io";
import { commonOptions, parseOptions, type OptionSpec } from "../../src/cli/options";

const spec: OptionSpec = { flags: ["json"], values: ["year", "province", "lang"] };
const fail = (message: string) => new UsageError(`ocop test: ${message}`);
const parse = (...args: string[]) => parseOptions(args, spec, fail);
const common = (...args: string[]) => commonOptions(parse(...args).values, fail);

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
    expect(parsed.positional).toEqual(["a.xlsx", "b.xlsx", "-"]);
    expect([...parsed.flags]).toEqual(["json"]);
    expect(parsed.values.get("year")).toBe("2024");
  });

  it.each([["1999"], ["2101"], ["23"], ["20233"], ["năm"]])("refuses the year %s", (year) => {
    expect(() => common("--year", year)).toThrow(/--year: .*2000.*2100/);
    expect(() => common(`--year=${year}`)).toThrow(UsageError);
  });

  it("accepts the years 2000 and 2100 at the edges", () => {
    expect(common("--year=2000").year).toBe(2000);
    expect(common("--year", "2100").year).toBe(2100);
  });

  it("refuses a language other than vi or en", () => {
    expect(() => common("--lang", "fr")).toThrow(/vi or en/);
  });

  it("says a value is missing, also when the next word is another option", () => {
    expect(() => parse("--province")).toThrow(/missing value for --province/);
    expect(() => parse("--province", "--json")).toThrow(/missing value for --province/);
    expect(() => parse("--year=")).toThrow(/missing value for --year/);
  });

  it("refuses unknown options and values given to a flag", () => {
    expect(() => parse("--verbose")).toThrow(/unknown option --verbose/);
    expect(() => parse("--json=yes")).toThrow(/unknown option --json=yes/);
    expect(() => parse("-x")).toThrow(/unknown option -x/);
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
