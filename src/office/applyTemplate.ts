import type { WorkbookCell } from "../domain/workbook/workbookCell";
import { toWrittenValue } from "../domain/workbook/literalText";
import { freeSheetName, type OwnedTable } from "../domain/workbook/tableNames";
import type { WorkbookError } from "../domain/workbook/workbookError";
import {
  parseRememberedSheets,
  type RememberedSheets,
  TEMPLATES_SETTING,
} from "../domain/templates/rememberedSheets";
import type {
  ChartSpec,
  InputCellSpec,
  SheetSpec,
  ValidationRuleSpec,
} from "../domain/templates/sheetSpec";
import { queueTableLookup } from "./findTables";
import { runExcel } from "./runExcel";

/** A template as a function of the add-in tables' current names (`Posts_SocialKPI` when `Posts` was taken). */
export type TemplateBuilder = (tables: Partial<Record<OwnedTable, string>>) => SheetSpec;

/** Where a template was applied. */
export interface AppliedTemplate {
  readonly sheetName: string;
  /** False when the template's sheet existed and was refreshed. */
  readonly created: boolean;
}

/** An input cell as the user left it: a formula they typed, or a value. */
interface KeptInput {
  readonly formula?: string;
  readonly value: WorkbookCell;
}

// Excel's enums as their string values: the Excel global is not there when this module loads.
const CHART_TYPES = {
  line: "Line",
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  pie: "Pie",
  doughnut: "Doughnut",
} as const satisfies Record<ChartSpec["type"], `${Excel.ChartType}`>;
const SERIES_BY = { rows: "Rows", columns: "Columns" } as const;

/** A sheet name as a reference must write it: quoted, apostrophes doubled. */
const quotedSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** `B3:C4` → `$B$3:$C$4`, so a name keeps pointing at the same cells wherever it is used. */
const absolute = (address: string): string => address.replace(/([A-Za-z]+)(\d+)/g, "$$$1$$$2");

function validationRule(rule: ValidationRuleSpec): Excel.DataValidationRule {
  if (rule.kind === "list") {
    return { list: { inCellDropDown: true, source: rule.items.join(",") } };
  }
  if (rule.kind === "listRange") {
    return { list: { inCellDropDown: true, source: `=${absolute(rule.range)}` } };
  }
  // A date criterion takes a string (ISO date or formula), never a number: a serial goes as `=n`.
  const bound = (n: number): number | string => (rule.kind === "date" ? `=${n}` : n);
  const bounds =
    rule.min !== undefined && rule.max !== undefined
      ? { operator: "Between" as const, formula1: bound(rule.min), formula2: bound(rule.max) }
      : rule.min !== undefined
        ? { operator: "GreaterThanOrEqualTo" as const, formula1: bound(rule.min) }
        : { operator: "LessThanOrEqualTo" as const, formula1: bound(rule.max ?? 0) };
  return { [rule.kind]: bounds };
}

/** Queues the writes of the whole spec on an empty (or just cleared) sheet. */
function queueSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  spec: SheetSpec,
  kept: ReadonlyMap<string, KeptInput>,
  existingNames: ReadonlySet<string>
): void {
  for (const cell of spec.cells) {
    const range = sheet.getRange(cell.at);
    if (cell.formula !== undefined) range.formulas = [[cell.formula]];
    else range.values = [[toWrittenValue(cell.value)]];
    if (cell.numberFormat !== undefined) range.numberFormat = [[cell.numberFormat]];
    if (cell.bold) range.format.font.bold = true;
  }
  for (const input of spec.inputs ?? []) queueInput(sheet, input, kept.get(input.at));
  for (const { columns, width } of spec.columnWidths ?? []) {
    const [first, last = first] = columns.split(":");
    sheet.getRange(`${first}:${last}`).format.columnWidth = width;
  }
  const freeze = spec.freeze;
  if (freeze && freeze.rows > 0 && freeze.columns > 0) {
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
  } else if (freeze && freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.columns > 0) sheet.freezePanes.freezeColumns(freeze.columns);
  for (const { name, refersTo, comment } of spec.names ?? []) {
    const formula = `=${quotedSheet(sheetName)}!${absolute(refersTo)}`;
    if (existingNames.has(name.toLowerCase())) {
      context.workbook.names.getItem(name).formula = formula;
    } else {
      context.workbook.names.add(name, formula, comment);
    }
  }
  for (const { range, rule, prompt, error } of spec.validations ?? []) {
    const validation = sheet.getRange(range).dataValidation;
    validation.rule = validationRule(rule);
    if (prompt !== undefined) validation.prompt = { showPrompt: true, message: prompt, title: "" };
    if (error !== undefined) {
      validation.errorAlert = {
        showAlert: true,
        message: error,
        title: "",
        style: "Stop",
      };
    }
  }
  for (const format of spec.conditionalFormats ?? []) {
    const rule = sheet.getRange(format.range).conditionalFormats.add("Custom");
    rule.custom.rule.formula = format.formula;
    if (format.fill !== undefined) rule.custom.format.fill.color = format.fill;
    if (format.fontColor !== undefined) rule.custom.format.font.color = format.fontColor;
    if (format.bold) rule.custom.format.font.bold = true;
  }
  for (const scale of spec.colorScales ?? []) {
    sheet.getRange(scale.range).conditionalFormats.add("ColorScale").colorScale.criteria = {
      minimum: { type: "LowestValue", color: scale.lowest },
      maximum: { type: "HighestValue", color: scale.highest },
    };
  }
  for (const chart of spec.charts ?? []) {
    const seriesBy = chart.seriesBy ? SERIES_BY[chart.seriesBy] : "Auto";
    const added = sheet.charts.add(CHART_TYPES[chart.type], sheet.getRange(chart.source), seriesBy);
    if (chart.title !== undefined) added.title.text = chart.title;
    for (const index of chart.lineOnSecondaryAxis ?? []) {
      const series = added.series.getItemAt(index);
      series.chartType = "Line";
      series.axisGroup = "Secondary";
    }
    const [topLeft = chart.position, bottomRight] = chart.position.split(":");
    added.setPosition(topLeft, bottomRight);
  }
  if (spec.print) {
    sheet.pageLayout.setPrintArea(spec.print.area);
    if (spec.print.orientation) {
      sheet.pageLayout.orientation =
        spec.print.orientation === "landscape" ? "Landscape" : "Portrait";
    }
    if (spec.print.titleRows !== undefined) {
      sheet.pageLayout.setPrintTitleRows(spec.print.titleRows.replace(/\d+/g, "$$$&"));
    }
    // A fit-to-height of 0 lets Excel use as many pages as the rows need.
    if (spec.print.fitColumns) {
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    }
  }
}

/** An input cell: the value the spec sets, else what the user left in it, else the initial value. */
function queueInput(
  sheet: Excel.Worksheet,
  input: InputCellSpec,
  kept: KeptInput | undefined
): void {
  const range = sheet.getRange(input.at);
  if (input.set !== undefined) range.values = [[toWrittenValue(input.set)]];
  else if (kept?.formula !== undefined) range.formulas = [[kept.formula]];
  else range.values = [[toWrittenValue(kept && kept.value !== "" ? kept.value : input.initial)]];
  if (input.numberFormat !== undefined) range.numberFormat = [[input.numberFormat]];
  if (input.bold) range.format.font.bold = true;
}

/**
 * The spec to apply, readable after the next sync: a builder's tables' names are loaded in the
 * sync that finds the template's sheet, so building from the current names costs no sync of its own.
 */
function queueSpec(
  context: Excel.RequestContext,
  template: SheetSpec | TemplateBuilder
): () => SheetSpec {
  if (typeof template !== "function") return () => template;
  const lookup = queueTableLookup(context);
  return () => template(lookup().names);
}

/**
 * Applies a template: creates its sheet, or refreshes the sheet it generated before — found by the
 * id remembered in the workbook's settings, so a renamed sheet is still found and a user's sheet
 * that happens to have the template's name is never touched. A refresh clears the sheet (contents,
 * formats, rules, charts) and writes it again, keeping what the user entered in input cells,
 * except those the spec `set`s.
 * Three syncs whatever the template and the data: find the sheet (and, for a builder, the tables'
 * current names), then read its inputs (or create it), then write.
 *
 * @example
 * const applied = await applyTemplate((tables) => goalsTemplate(tables, "en"));
 * if (!isWorkbookError(applied)) applied.sheetName //=> "Goals"
 */
export async function applyTemplate(
  template: SheetSpec | TemplateBuilder
): Promise<AppliedTemplate | WorkbookError> {
  return runExcel((context) => applyTemplateIn(context, template));
}

/** {@link applyTemplate} within an `Excel.run` of the caller's, for operations that apply a template on the way. */
export async function applyTemplateIn(
  context: Excel.RequestContext,
  template: SheetSpec | TemplateBuilder
): Promise<AppliedTemplate> {
  const workbook = context.workbook;
  const readSpec = queueSpec(context, template);
  const setting = workbook.settings.getItemOrNullObject(TEMPLATES_SETTING);
  setting.load("value");
  const sheets = workbook.worksheets.load("items/name,items/id");
  const names = workbook.names.load("items/name");
  await context.sync();

  const spec = readSpec();

  const remembered: RememberedSheets = parseRememberedSheets(
    setting.isNullObject ? undefined : setting.value
  );
  const existingNames = new Set(names.items.map((item) => item.name.toLowerCase()));
  const previous = remembered[spec.id];
  const found = previous && sheets.items.find((sheet) => sheet.id === previous.id);

  if (found) {
    // A cell the spec sets is overwritten: what it holds need not be read.
    const inputs = (spec.inputs ?? [])
      .filter((input) => input.set === undefined)
      .map((input) => ({
        at: input.at,
        range: found.getRange(input.at).load("values,formulas"),
      }));
    const charts = found.charts.load("items/name");
    await context.sync();

    const kept = new Map<string, KeptInput>();
    for (const { at, range } of inputs) {
      const value = (range.values[0]?.[0] ?? "") as WorkbookCell;
      const formula: unknown = range.formulas[0]?.[0];
      const typed = typeof formula === "string" && formula.startsWith("=") && formula !== value;
      kept.set(at, typed ? { formula, value } : { value });
    }
    for (const chart of charts.items) chart.delete();
    // Rules may reach past the used range (a format down an empty column): clear the whole sheet's.
    const everything = found.getRange();
    everything.conditionalFormats.clearAll();
    everything.dataValidation.clear();
    found.getUsedRangeOrNullObject().clear("All");
    found.freezePanes.unfreeze();
    queueSheet(context, found, found.name, spec, kept, existingNames);
    // The user asked for this sheet: show it, as Excel shows a sheet it has just made.
    found.activate();
    await context.sync();
    return { sheetName: found.name, created: false };
  }

  const sheetName = freeSheetName(
    spec.sheetName,
    sheets.items.map((sheet) => sheet.name)
  );
  const sheet = workbook.worksheets.add(sheetName);
  sheet.load("id");
  queueSheet(context, sheet, sheetName, spec, new Map(), existingNames);
  sheet.activate();
  await context.sync();
  workbook.settings.add(TEMPLATES_SETTING, {
    ...remembered,
    [spec.id]: { id: sheet.id, name: sheetName },
  });
  await context.sync();
  return { sheetName, created: true };
}
