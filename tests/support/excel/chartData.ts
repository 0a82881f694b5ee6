// What a chart shows, read from the workbook: the chart-type families, the cells a series refers
// to (as values and displayed text) and the automatic value-axis scale. One home for the host
// (host/types/chart.ts answers reads with it) and the drawing (chartSvg.ts draws with it).
import { MAX_COLUMNS, MAX_ROWS, tryParseAddress } from "./address";
import type { SheetModel } from "./model";
import { displayText } from "./numberFormat";

export const isPie = (type: string): boolean => /Pie|Doughnut/.test(type);
export const isColumnOrBar = (type: string): boolean => /Col|Bar/.test(type) && !isPie(type);
export const isLine = (type: string): boolean => /^(3D)?Line/.test(type);
export const isScatter = (type: string): boolean => type.startsWith("XYScatter");
export const isStacked = (type: string): boolean => type.includes("Stacked");
export const isPercentStacked = (type: string): boolean => isStacked(type) && type.endsWith("100");
export const is3D = (type: string): boolean =>
  type.startsWith("3D") ||
  /^(Cylinder|Cone|Pyramid|Surface)/.test(type) ||
  type === "Bubble3DEffect";

export interface ChartCell {
  value: string | number | boolean;
  text: string;
  /** The cell's number format: an axis linked to its source shows its labels in it. */
  numberFormat: string;
}

/** The cells of a series' reference, row by row, each with its value and displayed text. */
export function cellValues(sheet: SheetModel, address: string | undefined): ChartCell[] {
  // A reference to a deleted sheet reads "#REF!…": Excel plots nothing for it.
  const parsed = address === undefined ? undefined : tryParseAddress(address);
  if (!parsed) return [];
  const source = parsed.sheet === undefined ? sheet : sheet.workbook.findSheet(parsed.sheet);
  if (!source) return [];
  const wb = sheet.workbook;
  // Whole columns ("A:A") are common chart sources: they are read down to the used range only.
  const used = wb.usedRect(source, false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const rect = {
    ...parsed.rect,
    bottom: parsed.rect.bottom === MAX_ROWS - 1 ? used.bottom : parsed.rect.bottom,
    right: parsed.rect.right === MAX_COLUMNS - 1 ? used.right : parsed.rect.right,
  };
  const out: ChartCell[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const value = wb.valueAt(source, r, c);
      const { numberFormat } = wb.formatAt(source, r, c);
      out.push({ value, text: displayText(value, numberFormat), numberFormat });
    }
  }
  return out;
}

export interface AxisScale {
  min: number;
  max: number;
  unit: number;
}

/**
 * Excel does not publish its automatic scale; this one starts at zero and rounds up to a 1-2-5
 * step. A 100% stacked chart always runs from 0 to 1.
 */
export function autoScale(numbers: readonly number[], percentStacked: boolean): AxisScale {
  if (percentStacked) return { min: 0, max: 1, unit: 0.1 };
  const low = Math.min(0, ...numbers);
  const high = Math.max(0, ...numbers);
  const span = high - low || 1;
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  const unit = (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
  return { min: Math.floor(low / unit) * unit, max: Math.ceil(high / unit) * unit || unit, unit };
}
