import fc from "fast-check";
import Papa from "papaparse";
import {
  type ColumnSelection,
  type Delimiter,
  parseCsv,
  scanCsv,
} from "../../../src/domain/import/csv";
import { toUtf8 } from "../../../src/domain/import/decode";

// Our CSV scanner against Papa Parse, a widely used independent implementation, on generated
// files: whatever a spreadsheet or an export job may write, both must read the same records.
//
// Where we differ on purpose (1 and 2 are taken out of Papa's records; 3 and 4 are never
// generated; the last test shows each):
// 1. A newline at the end of the file ends the last record; Papa reads one more, empty record.
// 2. A quote never closed (a file cut short) reads to the end of the file as one field, in which
//    a doubled quote is still one quote; Papa keeps that rest of the file raw.
// 3. Text after a closing quote (`"ab"cd` or `"ab"  ,`) belongs to the field (`abcd`, `ab  `),
//    as spreadsheets read it; Papa drops the spaces, and otherwise reports InvalidQuotes and
//    reads on to a later quote.
// 4. Line ends may be mixed (LF and CRLF in one file); Papa splits on the one it detects. The
//    generated files keep one line end outside quotes (inside quotes anything goes).
// A BOM is the decoder's business (the scanner takes UTF-8 without BOM): our side reads the
// encoded bytes through toUtf8, Papa's the string with U+FEFF in front, which it strips.

type Newline = "\n" | "\r\n" | "\r";

const unit = fc.constantFrom(
  "a",
  "Z",
  "1",
  "0",
  " ",
  ",",
  ";",
  "\t",
  '"',
  '""',
  "\n",
  "\r\n",
  "é",
  "🥰",
  "\ufeff"
);
// Up to 30 units: short ASCII cells, cells past the decoder threshold and multi-byte ones.
const field = fc.string({ unit, maxLength: 30 });

/** How a writer puts one field down: quoted when it must be, or always, as some exports do. */
function writeField(value: string, delimiter: Delimiter, alwaysQuote: boolean): string {
  const mustQuote = value.startsWith('"') || /[\r\n]/.test(value) || value.includes(delimiter);
  return mustQuote || alwaysQuote ? `"${value.replace(/"/g, '""')}"` : value;
}

interface CsvFile {
  readonly delimiter: Delimiter;
  readonly newline: Newline;
  readonly text: string;
  readonly bom: "none" | "utf-8" | "utf-16le" | "utf-16be";
}

const csvFile: fc.Arbitrary<CsvFile> = fc
  .record({
    // Ragged rows: each row has its own width, empty fields included.
    rows: fc.array(fc.array(fc.tuple(field, fc.boolean()), { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 7,
    }),
    delimiter: fc.constantFrom<Delimiter>(",", ";", "\t"),
    newline: fc.constantFrom<Newline>("\n", "\r\n", "\r"),
    trailingNewline: fc.boolean(),
    // A file cut short mid-field: a quote opened and never closed.
    cutShort: fc.option(field, { nil: undefined }),
    bom: fc.constantFrom(
      "none" as const,
      "utf-8" as const,
      "utf-16le" as const,
      "utf-16be" as const
    ),
  })
  .map(({ rows, delimiter, newline, trailingNewline, cutShort, bom }) => {
    // Fields holding line breaks are quoted, so outside quotes the file has one line end.
    let text = rows
      .map((row) =>
        row.map(([value, always]) => writeField(value, delimiter, always)).join(delimiter)
      )
      .join(newline);
    if (trailingNewline) text += newline;
    // The cut field starts a field of its own: a quote mid-field is text, not a quote.
    if (cutShort !== undefined) {
      text += `${trailingNewline ? "" : delimiter}"${cutShort.replace(/"/g, '""')}`;
    }
    return { delimiter, newline, text, bom };
  })
  // A U+FEFF in first place is a BOM, which the `bom` option covers; here it would hide a quote.
  .filter((file) => !file.text.startsWith("\ufeff"));

function encode(text: string, bom: CsvFile["bom"]): Uint8Array {
  switch (bom) {
    case "none":
      return new Uint8Array(Buffer.from(text, "utf8"));
    case "utf-8":
      return new Uint8Array(Buffer.from(`\ufeff${text}`, "utf8"));
    case "utf-16le":
      return new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le"));
    case "utf-16be":
      return new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le").swap16());
  }
}

/** Papa's records, with the differences we chose (1 and 2 above) taken out. */
function papaRows({ text, delimiter, newline, bom }: CsvFile): {
  rows: string[][];
  unterminatedQuoteRow: number | null;
} {
  const parsed = Papa.parse<string[]>(bom === "none" ? text : `\ufeff${text}`, {
    delimiter,
    newline,
    quoteChar: '"',
    escapeChar: '"',
  });
  let rows = parsed.data;
  const last = rows[rows.length - 1];
  if (text.endsWith(newline) && last?.length === 1 && last[0] === "") rows = rows.slice(0, -1);
  const missing = parsed.errors.find((error) => error.code === "MissingQuotes");
  if (missing) {
    const lastRow = rows[rows.length - 1] ?? [];
    const cut = lastRow[lastRow.length - 1] ?? "";
    rows = [...rows.slice(0, -1), [...lastRow.slice(0, -1), cut.replace(/""/g, '"')]];
  }
  return { rows, unterminatedQuoteRow: missing?.row === undefined ? null : missing.row + 1 };
}

/** Papa's records with the columns a selection leaves unread emptied from its first row on. */
const selectedPapaRows = (file: CsvFile, { fromRow, keep }: ColumnSelection): string[][] =>
  papaRows(file).rows.map((row, index) =>
    index < fromRow ? row : row.map((value, column) => (keep[column] ? value : ""))
  );

/** A column selection: which of the first six columns to read, from which record on. */
const selection: fc.Arbitrary<ColumnSelection> = fc.record({
  fromRow: fc.nat({ max: 4 }),
  keep: fc.array(fc.boolean(), { maxLength: 6 }),
});

/**
 * The records {@link scanCsv} streams under a selection into one refilled array, each copied as
 * it arrives.
 */
function streamedRows(
  file: CsvFile,
  select: ColumnSelection,
  counts: boolean
): Array<Array<string | number>> {
  const { bytes } = toUtf8(encode(file.text, file.bom));
  const rows: Array<Array<string | number>> = [];
  const visit = (row: Array<string | number>) => rows.push([...row]);
  if (counts) scanCsv(bytes, file.delimiter, visit, { select, reuse: true, counts: true });
  else scanCsv(bytes, file.delimiter, visit, { select, reuse: true });
  return rows;
}

const ours = (file: CsvFile) => parseCsv(toUtf8(encode(file.text, file.bom)).bytes, file.delimiter);

describe("the CSV scanner against Papa Parse", () => {
  it("reads every generated file into the records Papa reads", () => {
    fc.assert(
      fc.property(csvFile, (file) => {
        const parsed = ours(file);
        const papa = papaRows(file);
        expect(parsed.rows).toEqual(papa.rows);
        expect(parsed.unterminatedQuoteRow).toBe(papa.unterminatedQuoteRow);
      }),
      { numRuns: 1000 }
    );
  });

  it("streams the same records with unread columns left empty, in one array refilled per record", () => {
    fc.assert(
      fc.property(csvFile, selection, (file, select) => {
        expect(streamedRows(file, select, false)).toEqual(selectedPapaRows(file, select));
      }),
      { numRuns: 500 }
    );
  });

  it("hands counts over as numbers whose text is the cell's, when asked to", () => {
    fc.assert(
      fc.property(csvFile, selection, (file, select) => {
        const streamed = streamedRows(file, select, true);
        const expected = selectedPapaRows(file, select);
        expect(streamed.map((row) => row.map(String))).toEqual(expected);
        streamed.forEach((row, index) =>
          row.forEach((cell) => {
            if (typeof cell === "number") {
              expect(index).toBeGreaterThanOrEqual(select.fromRow);
              expect(String(cell)).toMatch(/^(?:0|[1-9]\d{0,14})$/);
            }
          })
        );
      }),
      { numRuns: 500 }
    );
  });

  it.each([
    ["text after a closing quote", '"ab"cd,e\n', [["abcd", "e"]]],
    ["spaces after a closing quote", '"ab"  ,e\n', [["ab  ", "e"]]],
    ["a doubled quote in a field cut short", 'a,"say ""hi', [["a", 'say "hi']]],
    ["a file ending with a newline", "a,b\n", [["a", "b"]]],
    ["mixed line ends", "a\r\nb\nc", [["a"], ["b"], ["c"]]],
  ])("differs from Papa on purpose for %s", (_case, text, expected) => {
    expect(parseCsv(text, ",").rows).toEqual(expected);
    expect(Papa.parse<string[]>(text, { delimiter: ",", quoteChar: '"' }).data).not.toEqual(
      expected
    );
  });
});
