import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dateToSerial } from "../../../src/domain/common/excelDate";
import type { Language } from "../../../src/domain/common/language";
import { nextReview } from "../../../src/domain/kpi/nextReview";
import {
  CADENCE_LAYOUT,
  cadenceTemplate,
  REVIEW_STATUS,
  TICK,
} from "../../../src/domain/templates/cadence";
import { REVIEWS } from "../../../src/domain/templates/reviews";
import type { SheetSpec } from "../../../src/domain/templates/sheetSpec";

const LANGUAGES: readonly Language[] = ["en", "fr"];
const C = CADENCE_LAYOUT.columns;

const formulasOf = (spec: SheetSpec): string[] => [
  ...spec.cells.flatMap((cell) => (cell.formula === undefined ? [] : [cell.formula])),
  ...(spec.conditionalFormats ?? []).map((format) => format.formula),
];
const inputAt = (spec: SheetSpec, at: string) => spec.inputs?.find((input) => input.at === at);
const cellAt = (spec: SheetSpec, at: string) => spec.cells.find((cell) => cell.at === at);

describe("the review cadence template", () => {
  it.each(LANGUAGES)(
    "uses native formulas only, never KPI functions, LET or LAMBDA (%s)",
    (language) => {
      for (const formula of formulasOf(cadenceTemplate({ posts: "Posts" }, language))) {
        expect(formula).toMatch(/^=/);
        expect(formula).not.toMatch(/\bKPI\.|\bLET\(|\bLAMBDA\(/i);
      }
    }
  );

  it("reads the latest post from the posts table under its actual name", () => {
    const spec = cadenceTemplate({ posts: "Posts_SocialKPI" }, "en");
    expect(cellAt(spec, CADENCE_LAYOUT.dataUpTo)?.formula).toContain("Posts_SocialKPI[Published]");
  });

  it("references no table when the workbook has no imported posts, and says there is no data", () => {
    const spec = cadenceTemplate({}, "en");
    expect(formulasOf(spec).filter((formula) => formula.includes("["))).toEqual([]);
    expect(cellAt(spec, CADENCE_LAYOUT.dataUpTo)?.value).toBe("No data yet");
  });

  it.each(LANGUAGES)("writes only cadences NEXT_REVIEW understands (%s)", (language) => {
    const spec = cadenceTemplate({}, language);
    const listed = (spec.validations ?? []).flatMap((validation) =>
      validation.rule.kind === "list" && validation.range.startsWith(C.cadence)
        ? validation.rule.items
        : []
    );
    const cadences = REVIEWS.filter((review) => review.timing.kind === "cadence").map((review) => {
      const at = `${C.cadence}${CADENCE_LAYOUT.reviewRow(review.id)}`;
      return inputAt(spec, at)?.initial ?? cellAt(spec, at)?.value;
    });
    expect(listed).toHaveLength(2);
    for (const cadence of [...listed, ...cadences]) {
      expect(typeof nextReview(String(cadence), dateToSerial(2026, 3, 10))).toBe("number");
    }
  });

  it("lets the user fill in owners, last reviews, anchor dates, the regular cadence and every checklist tick", () => {
    const spec = cadenceTemplate({}, "en");
    const inputs = new Set(spec.inputs?.map((input) => input.at));
    for (const review of REVIEWS) {
      const row = CADENCE_LAYOUT.reviewRow(review.id);
      for (const column of [C.owner, C.lastReview, C.anchor])
        expect(inputs).toContain(`${column}${row}`);
      const ticks = CADENCE_LAYOUT.checklistRows(review.id);
      expect(ticks).toHaveLength(review.checklist.length);
      for (const tickRow of ticks)
        expect(inputs).toContain(`${CADENCE_LAYOUT.tickColumn}${tickRow}`);
    }
    expect(inputs).toContain(`${C.cadence}${CADENCE_LAYOUT.reviewRow("regular")}`);
    expect(inputs).toContain(CADENCE_LAYOUT.dueSoonDays);
  });

  it("offers the tick as a one-item list on every checklist cell", () => {
    const spec = cadenceTemplate({}, "en");
    const tickLists = (spec.validations ?? []).filter(
      (validation) => validation.rule.kind === "list" && validation.rule.items.join() === TICK
    );
    const covered = tickLists.flatMap((validation) => {
      const [from, to] = validation.range.split(":").map((cell) => Number(cell.slice(1)));
      return Array.from({ length: (to ?? 0) - (from ?? 0) + 1 }, (_, i) => (from ?? 0) + i);
    });
    expect(covered).toEqual(REVIEWS.flatMap((review) => CADENCE_LAYOUT.checklistRows(review.id)));
  });

  it.each(LANGUAGES)("never writes two things in one cell (%s)", (language) => {
    const spec = cadenceTemplate({ posts: "Posts" }, language);
    const addresses = [...spec.cells, ...(spec.inputs ?? [])].map((cell) => cell.at);
    expect(new Set(addresses).size).toBe(addresses.length);
  });

  it("prints every cell it writes on landscape pages, one page wide, headings repeated", () => {
    const spec = cadenceTemplate({ posts: "Posts" }, "en");
    const lastRow = Math.max(
      ...[...spec.cells, ...(spec.inputs ?? [])].map((cell) => Number(/\d+$/.exec(cell.at)?.[0]))
    );
    expect(spec.print).toEqual({
      area: `A1:${C.status}${lastRow}`,
      orientation: "landscape",
      titleRows: "6:6",
      fitColumns: true,
    });
  });

  it("highlights due-soon and overdue reviews by testing the next review against TODAY()", () => {
    const spec = cadenceTemplate({}, "en");
    const first = CADENCE_LAYOUT.reviewRow(REVIEWS[0]?.id ?? "regular");
    const last = first + REVIEWS.length - 1;
    expect(spec.conditionalFormats).toEqual([
      expect.objectContaining({
        range: `${C.nextReview}${first}:${C.status}${last}`,
        formula: `=AND(ISNUMBER($I${first}),$I${first}<TODAY())`,
      }),
      expect.objectContaining({
        range: `${C.nextReview}${first}:${C.status}${last}`,
        formula: `=AND(ISNUMBER($I${first}),$I${first}>=TODAY(),$I${first}<=TODAY()+$C$3)`,
      }),
    ]);
  });

  it("speaks French: sheet name, headings, reviews and status words", () => {
    const spec = cadenceTemplate({}, "fr");
    const texts = spec.cells.map((cell) => cell.value);
    expect(spec.sheetName).toBe("Rythme des revues");
    expect(texts).toEqual(expect.arrayContaining(["Prochaine revue", "Revue trimestrielle"]));
    const status = cellAt(spec, `${C.status}${CADENCE_LAYOUT.reviewRow("quarterly")}`)?.formula;
    for (const word of Object.values(REVIEW_STATUS)) expect(status).toContain(`"${word.fr}"`);
    expect(inputAt(spec, `${C.cadence}${CADENCE_LAYOUT.reviewRow("regular")}`)?.initial).toBe(
      "hebdomadaire"
    );
  });

  it("is documented in docs/templates.md with each review's content as the sheet writes it", () => {
    const docs = readFileSync(join(__dirname, "../../../docs/templates.md"), "utf8");
    const rows = docs
      .split("\n")
      .map((line) => line.split("|").map((cell) => cell.trim()))
      .filter((cells) => REVIEWS.some((review) => review.name.en === cells[1]));
    expect(rows.map((cells) => [cells[1], cells[3], cells[4]])).toEqual(
      REVIEWS.map((review) => [review.name.en, review.covers.en, review.kpis.en])
    );
  });
});
