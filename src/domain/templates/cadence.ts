import { dateToSerial } from "../common/excelDate";
import type { Language, Localized } from "../common/language";
import { textLiteral } from "../common/nativeFormula";
import { nativeNextReview } from "../kpi/reference/nextReview";
import type { OwnedTable } from "../workbook/tableNames";
import { tableRef } from "../workbook/tableRef";
import { REVIEWS, type Review, type ReviewId } from "./reviews";
import type {
  CellSpec,
  ConditionalFormatSpec,
  InputCellSpec,
  SheetSpec,
  ValidationSpec,
} from "./sheetSpec";

export const CADENCE_TEMPLATE_ID = "cadence";

/** What a ticked checklist cell holds. */
export const TICK = "✓";

const DATE_FORMAT = "yyyy-mm-dd";
// A date validation needs a bound, and no review of social media predates 2000.
const EARLIEST_DATE = dateToSerial(2000, 1, 1);
const DUE_SOON_DAYS = 7;

const HEADER_ROW = 6;
const FIRST_REVIEW_ROW = HEADER_ROW + 1;
const LAST_REVIEW_ROW = FIRST_REVIEW_ROW + REVIEWS.length - 1;
const FIRST_CHECKLIST_ROW = LAST_REVIEW_ROW + 2;

/** Where the sheet keeps each thing, for whoever reads or tests it. */
export const CADENCE_LAYOUT = {
  today: "C2",
  dueSoonDays: "C3",
  dataUpTo: "C4",
  /** The schedule's columns; its rows follow {@link REVIEWS}' order. */
  columns: {
    review: "B",
    cadence: "C",
    covers: "D",
    kpis: "E",
    owner: "F",
    lastReview: "G",
    anchor: "H",
    nextReview: "I",
    status: "J",
  },
  tickColumn: "A",
  reviewRow: (id: ReviewId): number => FIRST_REVIEW_ROW + REVIEWS.findIndex((r) => r.id === id),
  /** The rows of a review's checklist items, in the order of its checklist. */
  checklistRows: (id: ReviewId): number[] => checklistRows().get(id) ?? [],
} as const;

const C = CADENCE_LAYOUT.columns;

const LABELS = {
  sheetName: { en: "Review cadence", fr: "Rythme des revues" },
  today: { en: "Today", fr: "Aujourd'hui" },
  dueSoonDays: { en: "Due soon within (days)", fr: "Échéance proche sous (jours)" },
  dataUpTo: { en: "Latest imported post", fr: "Dernière publication importée" },
  noData: { en: "No data yet", fr: "Pas encore de données" },
  review: { en: "Review", fr: "Revue" },
  cadence: { en: "Cadence", fr: "Cadence" },
  covers: { en: "What it covers", fr: "Ce qu'elle couvre" },
  kpis: { en: "KPIs to look at", fr: "KPI à examiner" },
  owner: { en: "Owner", fr: "Responsable" },
  lastReview: { en: "Last review", fr: "Dernière revue" },
  anchor: { en: "Reviews fall on / campaign end", fr: "Date de référence / fin de campagne" },
  nextReview: { en: "Next review", fr: "Prochaine revue" },
  status: { en: "Status", fr: "Statut" },
  checklist: { en: "Checklist", fr: "Liste de contrôle" },
  done: { en: "done", fr: "faits" },
  tickPrompt: { en: `Tick with ${TICK} when done.`, fr: `Cochez ${TICK} une fois fait.` },
  datePrompt: {
    en: "A date, e.g. 2026-03-31.",
    fr: "Une date, par exemple 2026-03-31.",
  },
  dueSoonPrompt: {
    en: "How many days ahead a review counts as due soon.",
    fr: "Combien de jours à l'avance une revue est signalée comme proche.",
  },
} as const satisfies Record<string, Localized>;

/** Status words, as the status column shows them. */
export const REVIEW_STATUS = {
  overdue: { en: "Overdue", fr: "En retard" },
  dueSoon: { en: "Due soon", fr: "Bientôt" },
  scheduled: { en: "Scheduled", fr: "Planifiée" },
  done: { en: "Done", fr: "Faite" },
} as const satisfies Record<string, Localized>;

/** Highlight colours: Excel's light red and light yellow presets, readable in print. */
const OVERDUE_LOOK = { fill: "#FFC7CE", fontColor: "#9C0006" } as const;
const DUE_SOON_LOOK = { fill: "#FFEB9C", fontColor: "#9C5700" } as const;

function checklistRows(): Map<ReviewId, number[]> {
  const rows = new Map<ReviewId, number[]>();
  let row = FIRST_CHECKLIST_ROW;
  for (const review of REVIEWS) {
    // A heading row, the items, then a blank row before the next review's list.
    rows.set(
      review.id,
      review.checklist.map((_, i) => row + 1 + i)
    );
    row += review.checklist.length + 2;
  }
  return rows;
}

/**
 * The next review date of a review's row. A cadenced review looks from the day after the last
 * one (today when none is recorded) with `NEXT_REVIEW`'s own native formula, so a date that has
 * passed without a review recorded is overdue. A post-campaign review falls a set number of days
 * after the campaign ends, and is done once a review is recorded on or after that end.
 */
function nextReviewFormula(review: Review, row: number): string {
  const last = `${C.lastReview}${row}`;
  const anchor = `${C.anchor}${row}`;
  if (review.timing.kind === "afterCampaign") {
    return `=IF(${anchor}="","",IF(AND(${last}<>"",${last}>=${anchor}),"",${anchor}+${review.timing.days}))`;
  }
  const from = `IF(${last}="",TODAY(),${last}+1)`;
  return nativeNextReview(`${C.cadence}${row}`, from, anchor);
}

const absoluteCell = (address: string): string => address.replace(/([A-Z]+)(\d+)/, "$$$1$$$2");

/** Due soon and overdue as conditions on a row's next review (the row of the range's top-left cell). */
function highlightTests(row: number): { overdue: string; dueSoon: string } {
  const next = `$${C.nextReview}${row}`;
  const days = absoluteCell(CADENCE_LAYOUT.dueSoonDays);
  return {
    overdue: `AND(ISNUMBER(${next}),${next}<TODAY())`,
    dueSoon: `AND(ISNUMBER(${next}),${next}>=TODAY(),${next}<=TODAY()+${days})`,
  };
}

function statusFormula(row: number, language: Language): string {
  const next = `${C.nextReview}${row}`;
  const word = (status: keyof typeof REVIEW_STATUS) => textLiteral(REVIEW_STATUS[status][language]);
  const { overdue, dueSoon } = highlightTests(row);
  // The same tests as the highlighting, so the word and the colour never disagree.
  return (
    `=IFERROR(IF(${next}="",IF(${C.lastReview}${row}="","",${word("done")}),` +
    `IF(${overdue},${word("overdue")},IF(${dueSoon},${word("dueSoon")},${word("scheduled")}))),"")`
  );
}

/**
 * The review-cadence sheet: each review with what it covers, the KPIs to bring, its owner, last
 * review, next review date and status (due soon and overdue highlighted against today), then a
 * checklist per review. Owners, dates, the regular review's cadence and checklist ticks are the
 * user's and survive regeneration. Only the "latest imported post" cell reads an imported table,
 * and only when the workbook has one: a workbook without imports gets a sheet that computes.
 *
 * @example
 * const spec = cadenceTemplate({ posts: "Posts_SocialKPI" }, "fr");
 * spec.sheetName //=> "Rythme des revues"
 */
export function cadenceTemplate(
  tables: Partial<Record<OwnedTable, string>>,
  language: Language
): SheetSpec {
  const t = (text: Localized) => text[language];
  const cells: CellSpec[] = [];
  const inputs: InputCellSpec[] = [];
  const validations: ValidationSpec[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];
  const dateRule = { kind: "date", min: EARLIEST_DATE } as const;

  cells.push(
    { at: "B1", value: t(LABELS.sheetName), bold: true },
    { at: "B2", value: t(LABELS.today) },
    { at: CADENCE_LAYOUT.today, formula: "=TODAY()", numberFormat: DATE_FORMAT },
    { at: "B3", value: t(LABELS.dueSoonDays) },
    { at: "B4", value: t(LABELS.dataUpTo) }
  );
  inputs.push({ at: CADENCE_LAYOUT.dueSoonDays, initial: DUE_SOON_DAYS, numberFormat: "0" });
  validations.push({
    range: CADENCE_LAYOUT.dueSoonDays,
    rule: { kind: "wholeNumber", min: 0, max: 366 },
    prompt: t(LABELS.dueSoonPrompt),
  });
  if (tables.posts) {
    const published = tableRef("posts", tables.posts).column("Published");
    cells.push({
      at: CADENCE_LAYOUT.dataUpTo,
      formula: `=IF(COUNT(${published})=0,${textLiteral(t(LABELS.noData))},INT(MAX(${published})))`,
      numberFormat: DATE_FORMAT,
    });
  } else {
    cells.push({ at: CADENCE_LAYOUT.dataUpTo, value: t(LABELS.noData) });
  }

  const headers = [
    [C.review, LABELS.review],
    [C.cadence, LABELS.cadence],
    [C.covers, LABELS.covers],
    [C.kpis, LABELS.kpis],
    [C.owner, LABELS.owner],
    [C.lastReview, LABELS.lastReview],
    [C.anchor, LABELS.anchor],
    [C.nextReview, LABELS.nextReview],
    [C.status, LABELS.status],
  ] as const;
  for (const [column, label] of headers) {
    cells.push({ at: `${column}${HEADER_ROW}`, value: t(label), bold: true });
  }

  for (const review of REVIEWS) {
    const row = CADENCE_LAYOUT.reviewRow(review.id);
    cells.push(
      { at: `${C.review}${row}`, value: t(review.name), bold: true },
      { at: `${C.covers}${row}`, value: t(review.covers) },
      { at: `${C.kpis}${row}`, value: t(review.kpis) },
      {
        at: `${C.nextReview}${row}`,
        formula: nextReviewFormula(review, row),
        numberFormat: DATE_FORMAT,
      },
      { at: `${C.status}${row}`, formula: statusFormula(row, language) }
    );
    const timing = review.timing;
    if (timing.kind === "cadence" && timing.choices[language].length > 1) {
      inputs.push({ at: `${C.cadence}${row}`, initial: timing.choices[language][0] });
      validations.push({
        range: `${C.cadence}${row}`,
        rule: { kind: "list", items: timing.choices[language] },
      });
    } else {
      const cadence = timing.kind === "cadence" ? timing.choices[language][0] : t(timing.label);
      cells.push({ at: `${C.cadence}${row}`, value: cadence });
    }
    inputs.push(
      { at: `${C.owner}${row}`, initial: "" },
      { at: `${C.lastReview}${row}`, initial: "", numberFormat: DATE_FORMAT },
      { at: `${C.anchor}${row}`, initial: "", numberFormat: DATE_FORMAT }
    );
  }
  const dates = `${C.lastReview}${FIRST_REVIEW_ROW}:${C.anchor}${LAST_REVIEW_ROW}`;
  validations.push({ range: dates, rule: dateRule, prompt: t(LABELS.datePrompt) });
  const { overdue, dueSoon } = highlightTests(FIRST_REVIEW_ROW);
  const highlighted = `${C.nextReview}${FIRST_REVIEW_ROW}:${C.status}${LAST_REVIEW_ROW}`;
  conditionalFormats.push(
    { range: highlighted, formula: `=${overdue}`, ...OVERDUE_LOOK, bold: true },
    { range: highlighted, formula: `=${dueSoon}`, ...DUE_SOON_LOOK }
  );

  let lastRow = LAST_REVIEW_ROW;
  for (const review of REVIEWS) {
    const rows = CADENCE_LAYOUT.checklistRows(review.id);
    const first = rows[0] ?? FIRST_CHECKLIST_ROW;
    const last = rows[rows.length - 1] ?? first;
    const heading = first - 1;
    const ticks = `${CADENCE_LAYOUT.tickColumn}${first}:${CADENCE_LAYOUT.tickColumn}${last}`;
    cells.push(
      {
        at: `${C.review}${heading}`,
        value: `${t(LABELS.checklist)}: ${t(review.name)}`,
        bold: true,
      },
      {
        at: `${C.covers}${heading}`,
        formula: `=COUNTIF(${ticks},${textLiteral(TICK)})&"/${rows.length} ${t(LABELS.done)}"`,
      }
    );
    review.checklist.forEach((item, i) => {
      const row = rows[i] ?? first;
      inputs.push({ at: `${CADENCE_LAYOUT.tickColumn}${row}`, initial: "" });
      cells.push({ at: `${C.review}${row}`, value: t(item) });
    });
    validations.push({
      range: ticks,
      rule: { kind: "list", items: [TICK] },
      prompt: t(LABELS.tickPrompt),
    });
    lastRow = last;
  }

  return {
    id: CADENCE_TEMPLATE_ID,
    sheetName: t(LABELS.sheetName),
    cells,
    inputs,
    columnWidths: [
      { columns: CADENCE_LAYOUT.tickColumn, width: 20 },
      { columns: C.review, width: 170 },
      { columns: C.cadence, width: 150 },
      { columns: C.covers, width: 330 },
      { columns: C.kpis, width: 250 },
      { columns: C.owner, width: 90 },
      { columns: `${C.lastReview}:${C.anchor}`, width: 80 },
      { columns: C.nextReview, width: 80 },
      { columns: C.status, width: 70 },
    ],
    validations,
    conditionalFormats,
    print: {
      area: `A1:${C.status}${lastRow}`,
      orientation: "landscape",
      titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
      fitColumns: true,
    },
  };
}
