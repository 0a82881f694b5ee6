import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importExport, importSheet, ISSUE } from "../../../src/domain/import";
import { parseCsv } from "../../../src/domain/import/csv";
import { toUtf8 } from "../../../src/domain/import/decode";
import { gridCellText, gridTable, isDateFormat } from "../../../src/domain/import/sheetGrid";
import { dateToSerial } from "../../../src/domain/common/excelDate";
import "../../support/fastCheckSeed";

const fixtures = join(__dirname, "../../fixtures/exports");
const TODAY = "2026-11-26";

describe("number formats that show dates", () => {
  it.each([
    "yyyy-mm-dd",
    "m/d/yyyy h:mm",
    "d-mmm-yy",
    "[h]:mm:ss",
    "hh:mm AM/PM",
    "[$-409]mmmm d, yyyy",
    "dd/mm/yyyy;@",
  ])("%s is a date or time format", (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    "General",
    "0",
    "#,##0.00",
    "0.00%",
    "0.00E+00",
    '#,##0 "days"',
    "[$EUR] #,##0.00",
    "[Red]-#,##0",
    "@",
    "\\d0",
  ])("%s is not", (format) => {
    expect(isDateFormat(format)).toBe(false);
  });

  it("never takes quoted text for date codes, whatever the text", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[^"]*$/), (text) => {
        expect(isDateFormat(`0 "${text}"`)).toBe(false);
      })
    );
  });
});

describe("reading a worksheet's cells", () => {
  it("reads numbers in full precision and numbers shown as dates as ISO dates", () => {
    expect(gridCellText(0.1 + 0.2, "General")).toBe("0.30000000000000004");
    expect(gridCellText(dateToSerial(2025, 1, 1) + 0.75, "m/d/yyyy h:mm")).toBe("2025-01-01T18:00");
    expect(gridCellText(dateToSerial(2025, 3, 18), "dd/mm/yyyy")).toBe("2025-03-18");
    expect(gridCellText(true, undefined)).toBe("TRUE");
    expect(gridCellText(null, undefined)).toBe("");
    expect(gridCellText("=not a formula", "@")).toBe("=not a formula");
  });

  it("keeps any text cell exactly", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, format) => {
        expect(gridCellText(text, format)).toBe(text);
      })
    );
  });

  it("drops trailing empty cells and numbers rows from where the used range starts", () => {
    const table = gridTable({
      sheet: "Data",
      values: [
        ["Date", "Views", null],
        [45658, 3, ""],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["yyyy-mm-dd", "0", "General"],
      ],
      firstRow: 4,
    });
    expect(table).toEqual({
      rows: [
        ["Date", "Views"],
        ["2025-01-01", "3"],
      ],
      firstRow: 4,
      fileName: "Data",
      sheet: "Data",
    });
  });
});

describe("importing the sheet the user has open", () => {
  it("imports an export's cells pasted into a sheet as the export file itself", async () => {
    const folder = join(fixtures, "instagram/mbs-posts-2025");
    const name = "Mar-18-2025_Apr-14-2025_1019826952924933.csv";
    const bytes = readFileSync(join(folder, name));
    const rows = parseCsv(toUtf8(bytes).bytes, ",").rows;

    const fromFile = await importExport({ name, bytes }, { today: TODAY });
    const fromSheet = await importSheet(
      { sheet: "Sheet1", values: rows, firstRow: 1 },
      { today: TODAY }
    );

    expect(fromSheet.format).toBe(fromFile.format);
    expect(fromSheet.platform).toBe("instagram");
    expect(fromSheet.posts).toEqual(fromFile.posts);
    expect(fromSheet.posts.length).toBeGreaterThan(0);
  });

  it("reads dates Excel holds as serial numbers through their number format", async () => {
    const date = dateToSerial(2024, 5, 2);
    const result = await importSheet(
      {
        sheet: "Hootsuite",
        values: [
          ["Post Date", "Network", "Message", "Post URL", "Impressions"],
          [date + 10 / 24, "Instagram", "Hello", "https://www.instagram.com/p/abc/", 1200],
        ],
        numberFormats: [
          ["General", "General", "General", "General", "General"],
          ["yyyy-mm-dd hh:mm", "General", "General", "General", "#,##0"],
        ],
        firstRow: 1,
      },
      {
        mapping: {
          kind: "posts",
          columns: {
            "Post Date": "publishedAt",
            Network: "platform",
            Message: "text",
            "Post URL": "permalink",
            Impressions: "impressions",
          },
        },
      }
    );
    expect(result.posts).toEqual([
      expect.objectContaining({
        platform: "instagram",
        postId: "https://www.instagram.com/p/abc/",
        publishedAt: "2024-05-02T10:00",
        impressions: 1200,
      }),
    ]);
  });

  it("proposes a mapping for a sheet no layout matches, and names the sheet's rows in issues", async () => {
    const grid = {
      sheet: "Notes",
      values: [
        ["Post Date", "Message", "Post URL", "Likes"],
        ["2024-05-02", "Hi", "https://x.com/a/status/1", "oops"],
      ],
      firstRow: 3,
    };
    const proposed = await importSheet(grid);
    expect(proposed.issues.map((issue) => issue.code)).toEqual([ISSUE.UNKNOWN_FORMAT]);
    const proposal = proposed.proposedMapping;
    expect(proposal?.kind).toBe("posts");

    const columns = Object.fromEntries(
      (proposal?.columns ?? []).flatMap((c) => (c.field ? [[c.column, c.field]] : []))
    );
    const mapped = await importSheet(grid, { mapping: { kind: "posts", columns } });
    expect(mapped.posts).toHaveLength(1);
    expect(mapped.issues).toEqual([
      expect.objectContaining({ code: ISSUE.INVALID_NUMBER, row: 4, column: "Likes" }),
    ]);
  });

  it("reports an empty sheet as empty and imports nothing", async () => {
    const result = await importSheet({ sheet: "Sheet1", values: [[null, ""]], firstRow: 1 });
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: "error", code: ISSUE.EMPTY_FILE }),
    ]);
    expect(result.posts).toEqual([]);
  });
});
