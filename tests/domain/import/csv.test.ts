import fc from "fast-check";
import {
  type Delimiter,
  parseCsv,
  scanCsv,
  sniffDelimiter,
  unwrapQuotedLines,
} from "../../../src/domain/import/csv";

const cases: ReadonlyArray<{
  description: string;
  input: string;
  expected: string[][];
  notes?: string;
}> = [
  {
    description: "splits records and fields",
    input: "a,b\n1,2\n",
    expected: [
      ["a", "b"],
      ["1", "2"],
    ],
  },
  {
    description: "keeps CRLF out of the fields",
    input: "a,b\r\n1,2\r\n",
    expected: [
      ["a", "b"],
      ["1", "2"],
    ],
    notes: "classic Facebook page CSV",
  },
  {
    description: "reads a last line without newline",
    input: "a,b\n1,2",
    expected: [
      ["a", "b"],
      ["1", "2"],
    ],
    notes: "X content, GA4, TikTok Studio",
  },
  {
    description: "keeps newlines inside quotes",
    input: 'id,text\n1,"line 1\n\nline 2"\n',
    expected: [
      ["id", "text"],
      ["1", "line 1\n\nline 2"],
    ],
    notes: "MBS captions",
  },
  {
    description: "unescapes doubled quotes",
    input: 'a,"say ""hi"""\n',
    expected: [["a", 'say "hi"']],
  },
  {
    description: "keeps a quote inside an unquoted field",
    input: 'a,5" tall\n',
    expected: [["a", '5" tall']],
  },
  {
    description: "keeps text after a closing quote",
    input: '"ab"cd,e\n',
    expected: [["abcd", "e"]],
  },
  {
    description: "keeps empty trailing fields",
    input: "a,,\n",
    expected: [["a", "", ""]],
    notes: "MBS empty metrics",
  },
  {
    description: "reads blank lines as one empty field",
    input: "a\n\nb\n",
    expected: [["a"], [""], ["b"]],
  },
  {
    description: "reads classic Mac CR line ends",
    input: "a,b\r1,2\r",
    expected: [
      ["a", "b"],
      ["1", "2"],
    ],
  },
  {
    description: "splits a classic Mac file on CR even when a quoted cell holds an LF line break",
    input: '"line 1\nline 2",b\r1,2\r',
    expected: [
      ["line 1\nline 2", "b"],
      ["1", "2"],
    ],
    notes: "classic Mac CSV with in-cell line breaks",
  },
  {
    description: "keeps a CR inside quotes of a classic Mac file as it is",
    input: '"a\rb",c\r',
    expected: [["a\rb", "c"]],
  },
  {
    description: "keeps a TAB that leads a caption",
    input: '1,"\t🥛 milk"\n',
    expected: [["1", "\t🥛 milk"]],
    notes: "MBS Instagram captions",
  },
];

describe("parseCsv", () => {
  it.each(cases)("$description", ({ input, expected }) => {
    expect(parseCsv(input, ",").rows).toEqual(expected);
  });

  it("reports where a quoted field is never closed and keeps the rest as its text", () => {
    const parsed = parseCsv('a,b\n1,"cut in the mid', ",");
    expect(parsed.rows).toEqual([
      ["a", "b"],
      ["1", "cut in the mid"],
    ]);
    expect(parsed.unterminatedQuoteRow).toBe(2);
  });

  it("reads TAB- and semicolon-delimited text", () => {
    expect(parseCsv("a\tb\n1\t2", "\t").rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv("Viewers;\nDate;Primary", ";").rows).toEqual([
      ["Viewers", ""],
      ["Date", "Primary"],
    ]);
  });

  const field = fc.string({
    unit: fc.constantFrom("a", "Z", "1", " ", ",", ";", '"', "\n", "\r\n", "\t", "é", "🥰"),
    maxLength: 12,
  });
  const quote = (value: string, delimiter: Delimiter): string =>
    /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
  const serialise = (rows: string[][], delimiter: Delimiter, newline: string): string =>
    rows
      .map((row) =>
        row.length === 1 && row[0] === ""
          ? '""'
          : row.map((value) => quote(value, delimiter)).join(delimiter)
      )
      .join(newline);

  it("gives back any table a spreadsheet would write, whatever the fields hold", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom<Delimiter>(",", ";", "\t"),
        fc.constantFrom("\n", "\r\n"),
        (rows, delimiter, newline) => {
          expect(parseCsv(serialise(rows, delimiter, newline), delimiter).rows).toEqual(rows);
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe("sniffDelimiter", () => {
  it.each([
    ["Excel's sep= line", 'sep=,\n"Facebook reach"\n"Date","Primary"\n', ",", true],
    [
      "a re-saved semicolon file with decimal commas",
      "Viewers;\nDate;Primary\n2025-10-31;1,5\n",
      ";",
      false,
    ],
    ["TAB-separated text", "Date\tViews\n2025-01-01\t3\n", "\t", false],
    ["a comma file with quoted commas", 'a,b,c\n"x,y",2,3\n', ",", false],
    [
      "GA4 preamble lines are not sampled",
      "# Account: A; B; C\nDate,Sessions\n20250101,3\n",
      ",",
      false,
    ],
  ] as const)("finds the delimiter of %s", (_description, text, delimiter, sepLine) => {
    expect(sniffDelimiter(text)).toEqual({ delimiter, sepLine });
  });
});

describe("unwrapQuotedLines", () => {
  it("re-parses lines a spreadsheet wrapped in one quoted field", () => {
    const rows = parseCsv('"Video asset ID,""Page name"",Reach"\n"1,""Café, Bar"",20"\n', ",").rows;
    expect(unwrapQuotedLines(rows, ",")).toEqual([
      ["Video asset ID", "Page name", "Reach"],
      ["1", "Café, Bar", "20"],
    ]);
  });

  it("leaves ordinary tables alone", () => {
    const rows = [
      ["a", "b"],
      ["1", "2"],
    ];
    expect(unwrapQuotedLines(rows, ",")).toBe(rows);
  });
});

describe("counts read as numbers", () => {
  it("are the selected plain counts: digits only, no leading zero, at most 15 digits", () => {
    const rows: Array<Array<string | number>> = [];
    const csv = "a,b,c,d,e,f\n1,007,0,123456789012345,1234567890123456,12.5\n";
    const select = { fromRow: 1, keep: [true, true, true, true, true, true] };
    const visit = (row: Array<string | number>) => void rows.push(row);
    scanCsv(new TextEncoder().encode(csv), ",", visit, { select, counts: true });
    expect(rows).toEqual([
      ["a", "b", "c", "d", "e", "f"],
      [1, "007", 0, 123456789012345, "1234567890123456", "12.5"],
    ]);
  });
});

describe("cells repeated down a column", () => {
  it("read as the row above when their bytes are the same, as their own text when any byte differs", () => {
    const csv =
      "page,type\nSUGARLOAF,Vidéos\nSUGARLOAF,Vidéos\nSUGARLOAD,Vidéas\nSUGARLOAF,Vidéos\n";
    const rows = parseCsv(csv, ",").rows;
    expect(rows.slice(1)).toEqual([
      ["SUGARLOAF", "Vidéos"],
      ["SUGARLOAF", "Vidéos"],
      ["SUGARLOAD", "Vidéas"],
      ["SUGARLOAF", "Vidéos"],
    ]);
  });
});
