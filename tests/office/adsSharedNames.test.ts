import fc from "fast-check";
import { importExport } from "../../src/domain/import";
import { ISSUE } from "../../src/domain/import/issues";
import { importedFile } from "../../src/domain/workbook/importedFile";
import { isWorkbookError } from "../../src/domain/workbook/workbookError";
import { TABLES_SETTING } from "../../src/domain/workbook/rememberedTables";
import { readTables } from "../../src/office/readTables";
import { writeImport } from "../../src/office/writeImport";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";
import { NOW } from "../support/builders/records";

// Ads Manager lists campaigns by name and id; names repeat (a real account had 535 campaigns
// under 82 names, 266 of them "Instagram Post"), so only the ids keep their spend apart.

const excel = useExcelStandIn();

interface AdRow {
  readonly campaign: string;
  readonly adSet: string;
  readonly ad: string;
  /** Spend in cents, so that the file's total is exact. */
  readonly cents: number;
  readonly impressions: number;
}

const HEADER = [
  "Reporting starts",
  "Reporting ends",
  "Campaign name",
  "Campaign ID",
  "Ad set name",
  "Ad set ID",
  "Ad name",
  "Ad ID",
  "Amount spent (EUR)",
  "Impressions",
];

const quote = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/** An Ads Manager export with one ad per campaign; ids are distinct, names are whatever the rows say. */
function adsExport(rows: readonly AdRow[], withIds = true): string {
  const lines = rows.map((row, i) =>
    [
      "2026-02-01",
      "2026-02-28",
      quote(row.campaign),
      withIds ? `1202100000${String(i).padStart(5, "0")}1` : "",
      quote(row.adSet),
      withIds ? `1202100000${String(i).padStart(5, "0")}2` : "",
      quote(row.ad),
      withIds ? `1202100000${String(i).padStart(5, "0")}3` : "",
      (row.cents / 100).toFixed(2),
      String(row.impressions),
    ].join(",")
  );
  const total = rows.reduce((sum, row) => sum + row.cents, 0);
  const totals = ["2026-02-01", "2026-02-28", "", "", "", "", "", "", (total / 100).toFixed(2), ""];
  const header = HEADER.filter((name) => withIds || !name.endsWith(" ID"));
  const drop = (line: string[]) =>
    withIds ? line : line.filter((_, j) => !HEADER[j]?.endsWith(" ID"));
  return [
    header.map(quote).join(","),
    ...lines.map((line) => drop(line.split(",")).join(",")),
    drop(totals).join(","),
  ].join("\n");
}

const fileSpend = (rows: readonly AdRow[]): number =>
  rows.reduce((sum, r) => sum + r.cents, 0) / 100;

async function importText(text: string) {
  const bytes = new TextEncoder().encode(text);
  const result = await importExport({ name: "ads.csv", bytes }, { today: "2026-03-01" });
  const report = await writeImport(importedFile("ads.csv", result), { now: NOW });
  if (isWorkbookError(report)) throw new Error(report.message);
  return { result, report };
}

/** `=SUM(Ads[Spend])` as Excel computes it, in a cell of a sheet of the user's. */
function tableSpend(): number {
  if (!excel.standIn.workbook.sheetNames().includes("Sheet1"))
    excel.standIn.arrange.addSheet("Sheet1");
  excel.standIn.arrange.setValues("Sheet1", "A1", [["=SUM(Ads[Spend])"]]);
  const value = excel.standIn.workbook.values("Sheet1", "A1")[0]?.[0];
  return typeof value === "number" ? value : Number.NaN;
}

/** The export's totals row is the only row not written. */
const TOTALS_ONLY = [{ reason: ISSUE.TOTALS_ROW_SKIPPED, rows: 1 }];

const NAMES = ["Instagram Post", "Boosted post", "Spring"];
const adRow = fc.record({
  campaign: fc.constantFrom(...NAMES),
  adSet: fc.constantFrom("Everyone", "Tunis 25-44"),
  ad: fc.constantFrom("Instagram Post", "Carousel"),
  cents: fc.integer({ min: 0, max: 500_000 }),
  impressions: fc.integer({ min: 0, max: 1_000_000 }),
});

describe("ads exports whose campaigns share names", () => {
  it("every record arrives, the Ads table's spend is the file's, and a re-import changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(adRow, { minLength: 1, maxLength: 60 }), async (rows) => {
        excel.replace();
        const text = adsExport(rows);

        const { result, report } = await importText(text);
        expect(result.ads).toHaveLength(rows.length);
        expect(result.issues.map((issue) => issue.code)).not.toContain(ISSUE.INCOMPLETE_KEY);
        expect(report).toMatchObject({ added: rows.length, skippedReasons: TOTALS_ONLY });
        expect(tableSpend()).toBeCloseTo(fileSpend(rows), 6);

        const again = await importText(text);
        expect(again.report).toMatchObject({ added: 0, updated: 0, unchanged: rows.length });
        expect(tableSpend()).toBeCloseTo(fileSpend(rows), 6);
      }),
      { numRuns: 12 }
    );
  });

  it("keeps all 535 campaigns of 82 names, 266 of them called Instagram Post", async () => {
    const rows: AdRow[] = Array.from({ length: 535 }, (_, i) => ({
      campaign: i < 266 ? "Instagram Post" : `Campaign ${(i % 81) + 1}`,
      adSet: "Everyone",
      ad: i % 2 === 0 ? "Instagram Post" : "Carousel",
      cents: 1000 + i,
      impressions: 100 * i,
    }));
    const { result, report } = await importText(adsExport(rows));
    expect(new Set(result.ads.map((ad) => ad.campaign)).size).toBe(82);
    expect(report).toMatchObject({ added: 535, skippedReasons: TOTALS_ONLY });
    expect(tableSpend()).toBeCloseTo(fileSpend(rows), 6);
  });

  it("without ids, keeps rows that share a name and says the file cannot tell them apart", async () => {
    const rows: AdRow[] = [
      { campaign: "Instagram Post", adSet: "Everyone", ad: "Post", cents: 1050, impressions: 10 },
      { campaign: "Instagram Post", adSet: "Everyone", ad: "Post", cents: 2000, impressions: 20 },
      { campaign: "Spring", adSet: "Everyone", ad: "Post", cents: 300, impressions: 30 },
    ];
    const text = adsExport(rows, false);

    const { result, report } = await importText(text);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: ISSUE.INCOMPLETE_KEY,
        severity: "warning",
        row: 2,
        params: expect.objectContaining({ kind: "ads", count: 2, rows: [2, 3] }),
      })
    );
    expect(report).toMatchObject({ added: 3, skippedReasons: TOTALS_ONLY });
    expect(tableSpend()).toBeCloseTo(33.5, 6);
    expect((await importText(text)).report).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
  });

  it("an Ads table from before the ids gains their columns, keeps its rows and the user's column", async () => {
    const old = [
      "Platform",
      "Campaign",
      "Ad Set",
      "Ad",
      "Date",
      "Period Start",
      "Period End",
      "Currency",
      "Spend",
      "My Note",
    ];
    excel.standIn.arrange.addSheet("Ads").addTable("Ads", "A1:J3", {
      name: "Ads",
      values: [
        old,
        ["meta-ads", "Spring", "Everyone", "Carousel", "", 46054, 46081, "EUR", 12.5, "keep me"],
        ["meta-ads", "Winter", "Everyone", "Carousel", "", 46054, 46081, "EUR", 99, "mine too"],
      ],
    });
    const id = await excel.standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Ads").load("id");
      await context.sync();
      return table.id;
    });
    excel.standIn.arrange.setSetting(TABLES_SETTING, { ads: { id, name: "Ads" } });
    const rows: AdRow[] = [
      { campaign: "Spring", adSet: "Everyone", ad: "Carousel", cents: 1250, impressions: 10 },
      { campaign: "Spring", adSet: "Everyone", ad: "Carousel", cents: 700, impressions: 5 },
    ];

    const { report } = await importText(adsExport(rows));

    // The first Spring ad takes the row written without ids; the second is another ad.
    expect(report).toMatchObject({ added: 1, updated: 1 });
    const table = excel.standIn.workbook.table("Ads");
    expect(table.headers.slice(0, 10)).toEqual(old);
    expect(table.headers).toEqual(expect.arrayContaining(["Campaign ID", "Ad Set ID", "Ad ID"]));
    expect(excel.standIn.workbook.values("Ads", "J2:J4")).toEqual([
      ["keep me"],
      ["mine too"],
      [""],
    ]);
    expect(tableSpend()).toBeCloseTo(12.5 + 99 + 7, 6);
    const read = await readTables(["ads"]);
    if (isWorkbookError(read)) throw new Error(read.message);
    expect(read.ads.map((ad) => [ad.campaign, ad.campaignId])).toEqual([
      ["Spring", "1202100000000001"],
      ["Winter", null],
      ["Spring", "1202100000000011"],
    ]);
  });
});
