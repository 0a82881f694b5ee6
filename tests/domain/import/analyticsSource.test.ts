import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { importExport, type ImportResult } from "../../../src/domain/import";
import { headersOf, mergeTable } from "../../../src/domain/workbook/mergeTable";
import { trafficTable } from "../../../src/domain/workbook/trafficTable";
import { applyMerge } from "../workbook/applyMerge";

const importText = (text: string, name = "download.csv"): Promise<ImportResult> =>
  importExport({ name, bytes: new TextEncoder().encode(text) }, { today: "2026-11-28" });

const fixture = (folder: string, file: string): Promise<ImportResult> =>
  importExport({
    name: file,
    bytes: new Uint8Array(
      readFileSync(join(__dirname, "../../fixtures/exports/ga4", folder, file))
    ),
  });

// Columns only one product has, and days only one product can report: an exploration download
// states its period as UA does and names no account, so these are what tell them apart.
const GA4_ONLY = ["Engaged sessions", "Key events", "Active users", "Event count", "Total revenue"];
const UA_ONLY = ["Bounce Rate", "% New Sessions", "Pages/Session", "Goal Completions"];
const GA4_DIMENSIONS = [
  "Session primary channel group (Default Channel Group)",
  "Session source / medium",
  "First user primary channel group (Default Channel Group)",
];
const UA_DIMENSIONS = ["Default Channel Grouping", "Source / Medium", "Landing Page"];

const compact = (day: Date): string => day.toISOString().slice(0, 10).replaceAll("-", "");
const days = (from: string, to: string) =>
  fc
    .tuple(
      fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true }),
      fc.integer({ min: 0, max: 90 })
    )
    .map(([start, length]) => {
      const end = new Date(start.getTime() + length * 86_400_000);
      return `${compact(start)}-${compact(end)}`;
    });

/** A `# ----` export with a UA-style preamble: a title, a period line, no account. */
function exportText(title: string, period: string, header: readonly string[]): string {
  const row = header.map((_, j) => (j === 0 ? "Organic Search" : String(10 + j)));
  return [
    "# ----------------------------------------",
    `# ${title}`,
    `# ${period}`,
    "# ----------------------------------------",
    "",
    header.join(","),
    row.join(","),
  ].join("\n");
}

describe("GA4 or Universal Analytics", () => {
  it("a GA4 exploration download, which names no account, is GA4", async () => {
    const result = await fixture("exploration-free-form", "download.csv");
    expect(result).toMatchObject({ platform: "ga4", format: "ga4/report" });
    expect(result.traffic.every((record) => record.source === "ga4")).toBe(true);
  });

  it("is told by the columns and the years, whatever the preamble says", async () => {
    const file = fc.constantFrom("ga4" as const, "ua" as const).chain((product) =>
      fc.record({
        product: fc.constant(product),
        period: fc.option(
          product === "ga4" ? days("2024-07-01", "2026-10-01") : days("2012-01-01", "2019-06-01"),
          { nil: "" }
        ),
        dimension: fc.constantFrom(...(product === "ga4" ? GA4_DIMENSIONS : UA_DIMENSIONS)),
        metrics: fc.subarray(product === "ga4" ? GA4_ONLY : UA_ONLY, { minLength: 1 }),
      })
    );
    await fc.assert(
      fc.asyncProperty(file, async ({ product, period, dimension, metrics }) => {
        const text = exportText("Free form 1", period, [dimension, "Sessions", ...metrics]);
        expect((await importText(text)).platform).toBe(product);
      }),
      { numRuns: 60 }
    );
  });

  it("a GA4 layout dated after Universal Analytics stopped is GA4 even with UA's columns", async () => {
    const header = ["Source / Medium", "Sessions", "Bounce Rate"];
    expect(
      (await importText(exportText("Free form 1", "20260201-20260228", header))).platform
    ).toBe("ga4");
    expect(
      (await importText(exportText("Landing Pages", "20150416-20150416", header))).platform
    ).toBe("ua");
  });

  it("the same traffic from GA4's report and from an exploration lands on the same rows", async () => {
    const report = await fixture(
      "traffic-acquisition",
      "Traffic_acquisition_Session_primary_channel_group_(Default_Channel_Group).csv"
    );
    const exploration = await fixture("exploration-free-form", "download.csv");
    const names = headersOf(trafficTable);
    const source = { asOf: 46081, sourceFile: "export.csv" };
    const table = applyMerge(
      undefined,
      mergeTable(trafficTable, undefined, report.traffic, source),
      names
    );

    const merge = mergeTable(trafficTable, table, exploration.traffic, source);

    expect(exploration.traffic).toHaveLength(report.traffic.length);
    expect(merge).toMatchObject({ added: 0, unchanged: report.traffic.length });
  });
});
