import fc from "fast-check";
import { importExport } from "../../../src/domain/import";
import {
  ISSUE,
  type ImportIssueCode,
  type IssueParams,
  type RowTally,
  type SpreadsheetProblemParams,
  type UnreadableSpreadsheet,
} from "../../../src/domain/import/issues";
import { issueMessage, renderIssue } from "../../../src/domain/import/messages";

const tallies: RowTally[] = [
  { count: 1, rows: [2] },
  { count: 12, rows: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
  { count: 2, rows: [4, 9], column: "Impressions" },
];

const spreadsheetProblems: { [P in keyof SpreadsheetProblemParams]: SpreadsheetProblemParams[P] } =
  {
    incomplete: {},
    damaged: {},
    checksum: {},
    encrypted: {},
    unsupported: {},
    "too-large": { megabytes: 256 },
    "not-a-workbook": {},
    "too-many-cells": { cells: 2_000_000 },
    "reader-unavailable": { detail: "ChunkLoadError" },
    unreadable: { detail: "Bad uncompressed size: 2 != 0" },
  };

// Every code with every shape its parameters take: the type makes a new code fail to compile here.
const SAMPLES: { readonly [C in ImportIssueCode]: readonly IssueParams[C][] } = {
  EMPTY_FILE: [{ blank: false }, { blank: true }],
  BINARY_FILE: [{}],
  UNREADABLE_SPREADSHEET: Object.entries(spreadsheetProblems).map(
    ([problem, params]) => ({ problem, ...params }) as UnreadableSpreadsheet
  ),
  UNKNOWN_FORMAT: [
    { reason: "mapping-proposed" },
    { reason: "no-header" },
    { reason: "earnings-series", series: "Monetization" },
    { reason: "unknown-series", series: "Facebook XYZ" },
  ],
  NO_DATA_ROWS: [{}],
  INTERNAL_ERROR: [{ detail: "TypeError: x.y" }],
  IMPORT_TIMEOUT: [{ seconds: 120 }],
  IMPORT_WORKER_FAILED: [{ detail: "Script error." }],
  ENCODING_FALLBACK: [{}],
  UNTERMINATED_QUOTE: [{}],
  DESCRIPTION_ROW_SKIPPED: tallies,
  TOTALS_ROW_SKIPPED: tallies,
  MISSING_ID: tallies,
  MISSING_DATE: tallies,
  MISSING_KEY: tallies,
  INVALID_NUMBER: tallies,
  INVALID_DATE: tallies,
  ID_REFORMATTED: tallies,
  YEAR_INFERRED: [{ column: "Date", latest: "2026-03-03" }],
  DAILY_ROWS_AGGREGATED: [{ rows: 1200, posts: 40 }],
  VIEWS_NOT_REPORTED: [{}],
  MAPPING_COLUMN_MISSING: [{}],
  SECTION_SKIPPED: [...tallies, { sheet: "Sheet2" }],
  INCOMPLETE_KEY: [
    { kind: "ads", key: ["platform", "campaign", "date"], count: 453, rows: [3, 9] },
    { kind: "traffic", key: ["dimension", "dimensionValue"], count: 2, rows: [] },
  ],
};

const samples = (Object.keys(SAMPLES) as ImportIssueCode[]).flatMap((code) =>
  (SAMPLES[code] as readonly IssueParams[ImportIssueCode][]).map((params) => ({ code, params }))
);

// Words that only an English sentence has; and words every French sentence here uses one of.
const ENGLISH = /\b(the|is|was|has|and|not|file|row|rows|cell|cells|column|cannot)\b/i;
const FRENCH = /\b(le|la|les|l'|du|des|de|est|n'|aucune?|dans|a été)\b/i;

describe("import issue messages", () => {
  it("have a sample for every issue code", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.values(ISSUE).sort());
  });

  it.each(samples)("render $code in English and French, every parameter filled in", (sample) => {
    for (const language of ["en", "fr"] as const) {
      const text = issueMessage<ImportIssueCode>(sample.code, sample.params, language);
      expect(text.trim()).not.toBe("");
      expect(text).not.toMatch(/undefined|null|NaN|\[object/);
    }
  });

  it.each(samples)("word $code in French, not in English", (sample) => {
    const en = issueMessage<ImportIssueCode>(sample.code, sample.params, "en");
    const fr = issueMessage<ImportIssueCode>(sample.code, sample.params, "fr");
    expect(fr).not.toBe(en);
    expect(fr).toMatch(FRENCH);
    expect(fr).not.toMatch(ENGLISH);
  });

  it("list the rows of a counted issue, and say when there are more", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1_048_576 }), { minLength: 1, maxLength: 10 }),
        fc.nat(1000),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        (rows, more, column) => {
          const tally: RowTally = {
            count: rows.length + more,
            rows,
            ...(column === undefined ? {} : { column }),
          };
          for (const language of ["en", "fr"] as const) {
            const text = issueMessage(ISSUE.INVALID_NUMBER, tally, language);
            expect(text).toContain(`${rows.join(", ")}${more > 0 ? ", …" : ""})`);
            if (column !== undefined) expect(text).toContain(column);
          }
          const en = issueMessage(ISSUE.INVALID_NUMBER, tally, "en");
          expect(en.startsWith(`${tally.count} ${column === undefined ? "row" : "cell"}`)).toBe(
            true
          );
        }
      )
    );
  });

  it("render an import's own issues in French from their parameters", async () => {
    const csv = "Date,Impressions\n2026-01-01,12\n2026-01-02,lots\n,5\n";
    const result = await importExport(
      { name: "Overview.csv", bytes: new TextEncoder().encode(csv) },
      { mapping: { kind: "daily", columns: { Date: "date", Impressions: "impressions" } } }
    );
    const codes = result.issues.map((issue) => issue.code);
    expect(codes).toEqual([ISSUE.INVALID_NUMBER, ISSUE.MISSING_DATE]);
    expect(result.issues.map((issue) => renderIssue(issue, "fr"))).toEqual([
      "1 cellule de la colonne « Impressions » (ligne 3) : la cellule n'est pas un nombre et a été laissée vide.",
      "1 ligne (ligne 4) : la ligne n'a pas de date lisible.",
    ]);
    for (const issue of result.issues) expect(renderIssue(issue, "en")).toBe(issue.message);
  });
});
