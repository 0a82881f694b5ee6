import {
  inferDecimalSeparator,
  isMissing,
  parseDuration,
  parseNumber,
  parseShare,
} from "../../../src/domain/import/numbers";

// PapaParse-style table: each case says what it covers and, in notes, where the shape was seen.
const numberCases: ReadonlyArray<{
  description: string;
  input: string;
  decimal: "." | ",";
  expected: number | null;
  notes?: string;
}> = [
  { description: "a plain integer", input: "5838", decimal: ".", expected: 5838 },
  {
    description: "a float string of a count",
    input: "1938.0",
    decimal: ".",
    expected: 1938,
    notes: "X legacy metrics",
  },
  {
    description: "a decimal",
    input: "96808.007",
    decimal: ".",
    expected: 96808.007,
    notes: "MBS seconds viewed",
  },
  {
    description: "comma thousands",
    input: "3,215",
    decimal: ".",
    expected: 3215,
    notes: "UA English",
  },
  {
    description: "dot thousands in a decimal-comma file",
    input: "2.546",
    decimal: ",",
    expected: 2546,
    notes: "UA Dutch",
  },
  {
    description: "a decimal comma",
    input: "1,15",
    decimal: ",",
    expected: 1.15,
    notes: "UA Dutch Pages/Session",
  },
  { description: "both separators", input: "1.234.567,89", decimal: ",", expected: 1234567.89 },
  {
    description: "a percent string gives its percent number",
    input: "85,98%",
    decimal: ",",
    expected: 85.98,
  },
  {
    description: "a currency prefix",
    input: "US$ 0,00",
    decimal: ",",
    expected: 0,
    notes: "UA Dutch goal value",
  },
  { description: "a pound sign", input: "£12.50", decimal: ".", expected: 12.5 },
  {
    description: "a K suffix",
    input: "1.2K",
    decimal: ".",
    expected: 1200,
    notes: "TikTok fixtures",
  },
  { description: "an M suffix", input: "3M", decimal: ".", expected: 3000000 },
  {
    description: "a negative number",
    input: "-1",
    decimal: ".",
    expected: -1,
    notes: "YouTube subscribers, GA4 cohorts",
  },
  { description: "accounting negative", input: "(12)", decimal: ".", expected: -12 },
  {
    description: "surrounding spaces and NBSP",
    input: " 1\u00a0234 ",
    decimal: ",",
    expected: 1234,
  },
  { description: "scientific notation", input: "1.5E+3", decimal: ".", expected: 1500 },
  { description: "the empty cell", input: "", decimal: ".", expected: null },
  { description: "TikTok's --", input: "--", decimal: ".", expected: null },
  { description: "X legacy's -", input: "-", decimal: ".", expected: null },
  { description: "TikTok Studio's undefined", input: "undefined", decimal: ".", expected: null },
  { description: "TikTok business NAN", input: "NAN", decimal: ".", expected: null },
  { description: "MBS N/A", input: "N/A", decimal: ".", expected: null },
];

describe("parseNumber", () => {
  it.each(numberCases)(
    "reads $description ($input) as $expected",
    ({ input, decimal, expected }) => {
      expect(parseNumber(input, decimal)).toBe(expected);
    }
  );

  it.each(["abc", "12abc", "1,15", "40.0.2214.111", "1..2"])(
    "gives NaN for %p, which is not a number in a decimal-point file",
    (input) => {
      expect(parseNumber(input, ".")).toBeNaN();
    }
  );
});

describe("isMissing", () => {
  it.each(["", " ", "--", "-", "undefined", "NaN", "N/A", "null"])(
    "treats %p as no value",
    (cell) => {
      expect(isMissing(cell)).toBe(true);
    }
  );

  it.each(["0", "0.0", "abc"])("treats %p as a value", (cell) => {
    expect(isMissing(cell)).toBe(false);
  });
});

describe("inferDecimalSeparator", () => {
  const cases: ReadonlyArray<[string, string[], "." | ","]> = [
    ["Dutch UA: 2.546 next to 85,98% is decimal-comma", ["2.546", "85,98%", "1,15"], ","],
    ["English UA: 3,215 next to 1.18 is decimal-point", ["3,215", "1.18", "96.02%"], "."],
    ["GA4 fractions are decimal-point", ["0.35130830489192266", "4395"], "."],
    ["grouped thousands with dots vote for the comma", ["1.234.567"], ","],
    ["a version number does not vote", ["40.0.2214.111"], "."],
    ["text around a number does not vote", ["read 1,5 times"], "."],
    ["currency with a decimal comma votes", ["US$ 0,00"], ","],
  ];

  it.each(cases)("%s", (_description, cells, expected) => {
    expect(inferDecimalSeparator(cells)).toBe(expected);
  });

  it("falls back to the given separator without evidence", () => {
    expect(inferDecimalSeparator(["2.546", "1148"], ",")).toBe(",");
    expect(inferDecimalSeparator(["2.546", "1148"], ".")).toBe(".");
  });
});

describe("parseShare", () => {
  it.each([
    ["10.6", "percent", ".", 0.106],
    ["75.1", "percent", ".", 0.751],
    ["0.59", "fraction", ".", 0.59],
    ["6.5%", "fraction", ".", 0.065],
    ["85,98%", "fraction", ",", 0.8598],
  ] as const)("reads %p as a %s share: %p", (raw, scale, decimal, expected) => {
    expect(parseShare(raw, scale, decimal)).toBe(expected);
  });

  it("keeps missing shares missing", () => {
    expect(parseShare("", "percent", ".")).toBeNull();
  });
});

describe("parseDuration", () => {
  it.each([
    ["0:03:11", 191],
    ["00:00:12", 12],
    ["4:23", 263],
    ["34.9", 34.9],
  ] as const)("reads %p as %p seconds", (raw, expected) => {
    expect(parseDuration(raw)).toBe(expected);
  });
});
