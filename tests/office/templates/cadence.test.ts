import fc from "fast-check";
import { dateToSerial } from "../../../src/domain/common/excelDate";
import type { Language } from "../../../src/domain/common/language";
import { nextReview } from "../../../src/domain/kpi/nextReview";
import { CADENCE_LAYOUT, cadenceTemplate, TICK } from "../../../src/domain/templates/cadence";
import type { ReviewId } from "../../../src/domain/templates/reviews";
import { isWorkbookError } from "../../../src/domain/workbook/workbookError";
import { applyTemplate } from "../../../src/office/applyTemplate";
import { readTableNames } from "../../../src/office/readTableNames";
import { writeImport } from "../../../src/office/writeImport";
import { NOW, post, postsFile } from "../../support/builders/records";
import { useExcelStandIn } from "../../support/excel/useExcelStandIn";

const excel = useExcelStandIn();
const C = CADENCE_LAYOUT.columns;
const SHEET = "Review cadence";
const row = (id: ReviewId) => CADENCE_LAYOUT.reviewRow(id);
const CADENCED: readonly ReviewId[] = ["regular", "quarterly", "annual"];

async function apply(language: Language = "en", tables = {}) {
  const applied = await applyTemplate(cadenceTemplate(tables, language));
  if (isWorkbookError(applied)) throw new Error(`${applied.code}: ${applied.message}`);
  return applied;
}

const sheet = (name = SHEET) => excel.standIn.workbook.sheet(name);
const value = (at: string, name = SHEET) => sheet(name).cell(at).value;
/** Today as the sheet's own TODAY() sees it, so tests agree with the engine across midnight. */
const today = (name = SHEET) => value(CADENCE_LAYOUT.today, name) as number;
const set = (at: string, v: unknown, name = SHEET) =>
  excel.standIn.arrange.setValues(name, at, [[v]]);

/** Sets a review's last review and anchor (blank when null). */
function schedule(id: ReviewId, last: number | null, anchor: number | null, name = SHEET) {
  set(`${C.lastReview}${row(id)}`, last ?? "", name);
  set(`${C.anchor}${row(id)}`, anchor ?? "", name);
}

describe("the review cadence sheet in Excel", () => {
  it("is created in at most three syncs in a workbook without imports, and every cell computes", async () => {
    expect(await apply()).toEqual({ sheetName: SHEET, created: true });

    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
    const errors = excel.standIn.workbook
      .values(SHEET)
      .flat()
      .filter((cell) => typeof cell === "string" && cell.startsWith("#"));
    expect(errors).toEqual([]);
    expect(value(CADENCE_LAYOUT.dataUpTo)).toBe("No data yet");
    expect(sheet().cell(`${C.nextReview}${row("quarterly")}`).text).toMatch(/^\d{4}-\d{2}-01$/);
  });

  it("gives every cadenced review the date NEXT_REVIEW gives for the same cadence, last review and anchor", async () => {
    await apply();
    const now = today();
    const date = fc.option(fc.integer({ min: now - 900, max: now + 60 }), { nil: null });
    const anchor = fc.option(
      fc.integer({ min: dateToSerial(2020, 1, 1), max: dateToSerial(2030, 12, 31) }),
      { nil: null }
    );
    fc.assert(
      fc.property(
        fc.constantFrom("weekly", "monthly", "hebdomadaire", "mensuel"),
        fc.tuple(date, anchor),
        fc.tuple(date, anchor),
        fc.tuple(date, anchor),
        (cadence, ...dates) => {
          set(`${C.cadence}${row("regular")}`, cadence);
          CADENCED.forEach((id, i) => schedule(id, dates[i]?.[0] ?? null, dates[i]?.[1] ?? null));
          for (const [i, id] of CADENCED.entries()) {
            const [last, at] = dates[i] ?? [null, null];
            const words = { regular: cadence, quarterly: "quarterly", annual: "annual" } as const;
            const from = last === null ? now : last + 1;
            const expected = nextReview(words[id as keyof typeof words], from, at ?? undefined);
            expect(value(`${C.nextReview}${row(id)}`)).toBe(expected);
          }
        }
      ),
      { numRuns: 60 }
    );
  });

  it("schedules the post-campaign review a week after the campaign ends, and marks it done once reviewed", async () => {
    await apply();
    const end = today() - 3;
    schedule("postCampaign", null, end);
    expect(value(`${C.nextReview}${row("postCampaign")}`)).toBe(end + 7);
    expect(value(`${C.status}${row("postCampaign")}`)).toBe("Due soon");

    schedule("postCampaign", end + 5, end);
    expect(value(`${C.nextReview}${row("postCampaign")}`)).toBe("");
    expect(value(`${C.status}${row("postCampaign")}`)).toBe("Done");
  });

  it("colours overdue and due-soon reviews against TODAY(), agreeing with the status words", async () => {
    await apply();
    const now = today();
    schedule("regular", now - 3, now + 2); // weekly on the anchor's weekday: in two days
    schedule("quarterly", now - 200, now - 200); // a quarter after the last review: long past
    schedule("postCampaign", null, now - 30); // a week after a campaign that ended a month ago
    schedule("annual", null, now + 100);

    const rules = sheet().conditionalFormats;
    expect(rules).toHaveLength(2);
    const [overdue, dueSoon] = cadenceTemplate({}, "en").conditionalFormats ?? [];
    const first = row("regular");
    for (const rule of rules) expect(rule.address).toContain(`I${first}:J${first + 3}`);
    // The stand-in records rules without evaluating them: evaluate each rule's formula, moved to
    // each row as Excel moves it, in a spare column.
    const holds = (formula: string | undefined, id: ReviewId) => {
      const moved = (formula ?? "").replace(new RegExp(`\\$I${first}\\b`, "g"), `$I${row(id)}`);
      set(`L${row(id)}`, moved);
      return value(`L${row(id)}`);
    };
    const looks = (["regular", "quarterly", "postCampaign", "annual"] as const).map((id) => [
      id,
      holds(overdue?.formula, id),
      holds(dueSoon?.formula, id),
      value(`${C.status}${row(id)}`),
    ]);
    expect(looks).toEqual([
      ["regular", false, true, "Due soon"],
      ["quarterly", true, false, "Overdue"],
      ["postCampaign", true, false, "Overdue"],
      ["annual", false, false, "Scheduled"],
    ]);
    expect(overdue).toMatchObject({ fill: "#FFC7CE", bold: true });
    expect(dueSoon).toMatchObject({ fill: "#FFEB9C" });
  });

  it("speaks French: sheet, headings, cadence words and status words", async () => {
    expect(await apply("fr")).toEqual({ sheetName: "Rythme des revues", created: true });
    const name = "Rythme des revues";
    const now = today(name);
    schedule("quarterly", now - 200, now - 200, name);
    schedule("annual", null, now + 3, name);

    expect(value(`${C.nextReview}6`, name)).toBe("Prochaine revue");
    expect(value(`${C.cadence}${row("regular")}`, name)).toBe("hebdomadaire");
    expect(value(`${C.status}${row("quarterly")}`, name)).toBe("En retard");
    expect(value(`${C.status}${row("annual")}`, name)).toBe("Bientôt");
    expect(value(`${C.nextReview}${row("annual")}`, name)).toBe(now + 3);
  });

  it("keeps owners, dates, the chosen cadence, the warning days and checklist ticks when generated again", async () => {
    await apply();
    const tickRow = CADENCE_LAYOUT.checklistRows("quarterly")[1] ?? 0;
    const tick = `${CADENCE_LAYOUT.tickColumn}${tickRow}`;
    set(`${C.owner}${row("quarterly")}`, "Camille");
    set(`${C.cadence}${row("regular")}`, "monthly");
    schedule("annual", dateToSerial(2026, 1, 15), dateToSerial(2025, 1, 15));
    set(CADENCE_LAYOUT.dueSoonDays, 14);
    set(tick, TICK);
    excel.standIn.resetStats();

    expect(await apply()).toEqual({ sheetName: SHEET, created: false });

    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
    expect(value(`${C.owner}${row("quarterly")}`)).toBe("Camille");
    expect(value(`${C.cadence}${row("regular")}`)).toBe("monthly");
    expect(value(`${C.lastReview}${row("annual")}`)).toBe(dateToSerial(2026, 1, 15));
    expect(value(`${C.nextReview}${row("annual")}`)).toBe(dateToSerial(2027, 1, 15));
    expect(value(CADENCE_LAYOUT.dueSoonDays)).toBe(14);
    expect(value(tick)).toBe(TICK);
    expect(value(`${C.covers}${tickRow - 2}`)).toBe("1/4 done");
    expect(sheet().conditionalFormats).toHaveLength(2);
  });

  it("reads the latest imported post from a posts table named Posts_SocialKPI", async () => {
    excel.standIn.arrange.addSheet("Posts").addTable("Posts", "A1:A2", {
      name: "Posts",
      values: [["Mine"], ["x"]],
    });
    const imported = await writeImport(
      postsFile([
        post(1, { publishedAt: "2026-03-02T08:00" }),
        post(2, { publishedAt: "2026-04-19T23:45" }),
      ]),
      { now: NOW }
    );
    expect(isWorkbookError(imported)).toBe(false);
    const names = await readTableNames();
    if (isWorkbookError(names)) throw new Error(names.message);
    expect(names.posts).toBe("Posts_SocialKPI");

    await apply("en", names);

    expect(value(CADENCE_LAYOUT.dataUpTo)).toBe(dateToSerial(2026, 4, 19));
    expect(sheet().cell(CADENCE_LAYOUT.dataUpTo).text).toBe("2026-04-19");
  });
});
