import type { WorkbookCell } from "../workbook/workbookCell";

/**
 * A generated worksheet described as data: what each cell holds and how the sheet looks. One
 * function in the office layer applies it, so a template is a pure function from the workbook's
 * table names (and the user's choices) to a SheetSpec, testable without Excel.
 *
 * Addresses are A1 addresses on the template's own sheet (`B3`, `B3:B10`, `A:A`); formulas are
 * en-US native Excel formulas (SUMIFS over the tables' structured references…), never `KPI.`
 * functions, so the sheet keeps working for someone without the add-in.
 */
export interface SheetSpec {
  /** The template's permanent id (`dashboard`, `goals`): the workbook remembers which sheet holds it. */
  readonly id: string;
  /** The sheet's preferred name; another is chosen when the user already has a sheet called that. */
  readonly sheetName: string;
  readonly cells: readonly CellSpec[];
  /** Cells the user fills in (goals, budgets, notes): written once, kept when the template is applied again. */
  readonly inputs?: readonly InputCellSpec[];
  readonly columnWidths?: readonly ColumnWidthSpec[];
  readonly freeze?: FreezeSpec;
  /** Workbook names for the template's cells, so other sheets' formulas can say `GoalTarget`. */
  readonly names?: readonly NameSpec[];
  readonly validations?: readonly ValidationSpec[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  readonly colorScales?: readonly ColorScaleSpec[];
  readonly charts?: readonly ChartSpec[];
  readonly print?: PrintSpec;
}

interface CellLook {
  /** One cell's address. */
  readonly at: string;
  /** An en-US number format code (`0.0%`, `#,##0`, `yyyy-mm-dd`). */
  readonly numberFormat?: string;
  readonly bold?: true;
}

/** A cell the template owns: a value (text stays text, even `=…`) or a formula. */
export type CellSpec = CellLook &
  (
    | { readonly value: WorkbookCell; readonly formula?: never }
    | { readonly formula: string; readonly value?: never }
  );

/**
 * A cell the user fills in, with what it holds until they do. Applying the template again keeps
 * what the user left there, unless the spec `set`s the cell: a choice made outside the sheet (the
 * task pane's period, platform or currency) then replaces it, on creation and on every refresh
 * that sets it. A refresh that does not set the cell keeps it as the user (or that choice) left it.
 */
export interface InputCellSpec extends CellLook {
  readonly initial: WorkbookCell;
  /** Written over whatever the cell holds, the user's entry included. */
  readonly set?: WorkbookCell;
}

export interface ColumnWidthSpec {
  /** Column letters, `A` or `B:D`. */
  readonly columns: string;
  /** Width in points, as Excel's `columnWidth`. */
  readonly width: number;
}

/** Rows at the top and columns at the left that stay in view while scrolling. */
export interface FreezeSpec {
  readonly rows: number;
  readonly columns: number;
}

export interface NameSpec {
  readonly name: string;
  /** The cell or range on the template's sheet the name stands for. */
  readonly refersTo: string;
  readonly comment?: string;
}

/** What a cell accepts: one of a list, or a number or date within bounds. */
export type ValidationRuleSpec =
  | { readonly kind: "list"; readonly items: readonly string[] }
  /** One of the values in cells of the sheet (`V5:V31`): a list too long for Excel's 255-character literal. */
  | { readonly kind: "listRange"; readonly range: string }
  | {
      readonly kind: "wholeNumber" | "decimal" | "date";
      readonly min?: number;
      readonly max?: number;
    };

export interface ValidationSpec {
  readonly range: string;
  readonly rule: ValidationRuleSpec;
  /** Shown when the cell is selected. */
  readonly prompt?: string;
  /** Shown when a value is refused. */
  readonly error?: string;
}

/** A format shown where a formula is true; the formula is written for the range's top-left cell. */
export interface ConditionalFormatSpec {
  readonly range: string;
  readonly formula: string;
  /** Colours as `#RRGGBB`. */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: true;
}

/**
 * A two-colour scale from the range's lowest value to its highest, so a grid of figures reads
 * as a heat map; it follows the values as they change.
 */
export interface ColorScaleSpec {
  readonly range: string;
  /** Colours as `#RRGGBB`. */
  readonly lowest: string;
  readonly highest: string;
}

/** A native chart over cells of the template's sheet, so it follows the data. */
export interface ChartSpec {
  readonly type: "line" | "columnClustered" | "barClustered" | "pie" | "doughnut";
  readonly source: string;
  readonly seriesBy?: "rows" | "columns";
  readonly title?: string;
  /** The cells the chart covers, top-left to bottom-right: `E2:L18`. */
  readonly position: string;
  /**
   * Series (0-based, in source order) drawn as a line on a secondary value axis: a combo chart,
   * for a rate beside a volume whose scale would flatten it.
   */
  readonly lineOnSecondaryAxis?: readonly number[];
}

export interface PrintSpec {
  readonly area: string;
  readonly orientation?: "portrait" | "landscape";
  /** Whole rows printed again at the top of every page, so each page has its headings: `6:6`. */
  readonly titleRows?: string;
  /** Scales the page so every column fits one page wide, as many pages tall as it takes. */
  readonly fitColumns?: true;
}
