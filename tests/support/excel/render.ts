// An HTML picture of the workbook for the dev-only preview page and for tests: per sheet a grid of
// displayed values (number formats applied; fonts, fills, alignment, column widths and row heights
// from range formats; frozen panes marked), tables highlighted with their names, and the sheet's
// charts drawn (chartSvg.ts) where production code placed them. Sizes are Excel's points shown at
// 96 dpi, so a chart covers the cells it covers in Excel.
import { columnLetters, contains } from "./address";
import { renderChartSvg } from "./chartSvg";
import { escapeHtml } from "./escapeHtml";
import type { FormatProps, SheetModel, WorkbookModel } from "./model";
import { DEFAULT_FORMAT } from "./model";
import { displayText } from "./numberFormat";

/** Rows and columns shown per sheet, so a 100,000-row import still renders quickly. */
const MAX_RENDERED_ROWS = 200;
const MAX_RENDERED_COLUMNS = 30;
/** Points to CSS pixels. */
const PX = 4 / 3;
const HEADER_WIDTH = 40;
const HEADER_HEIGHT = 20;

/** The grid's look, scoped to `.workbook`: the preview page and renderWorkbookHtml share it. */
export const WORKBOOK_CSS = `
.workbook{font:14.667px Calibri,Arial,sans-serif;color:#000}
.workbook .sheet-body{position:relative;display:inline-block;background:#fff}
.workbook .grid{border-collapse:collapse;table-layout:fixed;background:#fff}
.workbook .grid td,.workbook .grid th{border:1px solid #e1e1e1;padding:0 3px;white-space:nowrap;overflow:hidden;text-overflow:clip;box-sizing:border-box}
.workbook .grid.no-gridlines td{border-color:transparent}
.workbook .grid th,.workbook .grid td.corner{background:#f5f5f5;color:#616161;font-weight:normal;font-size:12px;text-align:center;border-color:#d1d1d1}
.workbook .grid td.num{text-align:right}
.workbook .grid td:has(> .spill){overflow:visible}
.workbook .grid .spill{display:inline-block;overflow:hidden;vertical-align:top;position:relative}
.workbook .grid td.wrap{white-space:normal}
.workbook .grid td.table-header{background:#4472c4;color:#fff;font-weight:bold}
.workbook .grid td.table-cell{background:#dce6f2}
.workbook .grid td.table-cell.band{background:#ffffff}
.workbook .grid .frozen-row{border-bottom:2px solid #a0a0a0}
.workbook .grid .frozen-column{border-right:2px solid #a0a0a0}
.workbook .chart-frame{position:absolute;box-shadow:0 1px 3px rgba(0,0,0,.25)}
.workbook .objects{margin:8px 0 0;padding:6px 8px 6px 24px;font-size:12px;color:#424242;background:#fff;border:1px solid #e1e1e1}
`;

const ALIGN: Record<string, string> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Justify: "justify",
  CenterAcrossSelection: "center",
  Distributed: "justify",
};

function cellStyle(format: FormatProps): string {
  const d = DEFAULT_FORMAT;
  return [
    format.bold ? "font-weight:bold" : "",
    format.italic ? "font-style:italic" : "",
    format.underline !== d.underline ? "text-decoration:underline" : "",
    format.fontColor !== d.fontColor ? `color:${format.fontColor}` : "",
    format.fillColor !== d.fillColor ? `background:${format.fillColor}` : "",
    format.fontSize !== d.fontSize ? `font-size:${(format.fontSize * PX).toFixed(1)}px` : "",
    format.fontName !== d.fontName
      ? `font-family:${JSON.stringify(format.fontName)},sans-serif`
      : "",
    ALIGN[format.horizontalAlignment] ? `text-align:${ALIGN[format.horizontalAlignment]}` : "",
  ]
    .filter(Boolean)
    .map(escapeHtml)
    .join(";");
}

export interface SheetRenderOptions {
  /** Rows and columns drawn even when empty, so a new sheet looks like one. */
  readonly minRows?: number;
  readonly minColumns?: number;
}

/** The last row and column to draw: the used range, and far enough for every chart. */
function extent(
  wb: WorkbookModel,
  sheet: SheetModel,
  options: SheetRenderOptions
): { bottom: number; right: number } {
  const used = wb.usedRect(sheet, false);
  let bottom = Math.max(
    used?.bottom ?? 0,
    (sheet.freeze?.rows ?? 0) - 1,
    (options.minRows ?? 1) - 1
  );
  let right = Math.max(
    used?.right ?? 0,
    (sheet.freeze?.columns ?? 0) - 1,
    (options.minColumns ?? 1) - 1
  );
  for (const chart of sheet.charts) {
    if (chart.deleted) continue;
    let x = 0;
    let c = 0;
    while (x < chart.left + chart.width && c < MAX_RENDERED_COLUMNS)
      x += wb.formatAt(sheet, 0, c++).columnWidth;
    let y = 0;
    let r = 0;
    while (y < chart.top + chart.height && r < MAX_RENDERED_ROWS)
      y += wb.formatAt(sheet, r++, 0).rowHeight;
    right = Math.max(right, c - 1);
    bottom = Math.max(bottom, r - 1);
  }
  return {
    bottom: Math.min(bottom, MAX_RENDERED_ROWS - 1),
    right: Math.min(right, MAX_RENDERED_COLUMNS - 1),
  };
}

const isEmpty = (value: unknown) => value === "" || value === null || value === undefined;

/**
 * How far a cell's text runs to the right over the empty cells beside it, as in Excel (left- or
 * generally-aligned text that does not wrap); undefined when it stays in its cell.
 */
function spillWidth(
  wb: WorkbookModel,
  sheet: SheetModel,
  row: number,
  col: number,
  right: number,
  widths: readonly number[]
): number | undefined {
  const value = wb.valueAt(sheet, row, col);
  const format = wb.formatAt(sheet, row, col);
  const aligned = format.horizontalAlignment === "General" || format.horizontalAlignment === "Left";
  if (typeof value !== "string" || value === "" || format.wrapText || !aligned) return undefined;
  let c = col + 1;
  while (c <= right && isEmpty(wb.valueAt(sheet, row, c))) c++;
  if (c === col + 1) return undefined;
  // Less the cell's padding (3px each side), so the text stops short of the next value.
  return widths.slice(col, c).reduce((sum, w) => sum + w, -6);
}

/** One sheet: its grid with the charts over it, and a list of its tables and charts. */
export function renderSheetHtml(
  wb: WorkbookModel,
  sheet: SheetModel,
  options: SheetRenderOptions = {}
): string {
  const { bottom, right } = extent(wb, sheet, options);
  const tables = wb.liveTables(sheet);
  const freeze = sheet.freeze;
  const widths = Array.from(
    { length: right + 1 },
    (_, c) => wb.formatAt(sheet, 0, c).columnWidth * PX
  );
  const cols = `<colgroup><col style="width:${HEADER_WIDTH}px">${widths.map((w) => `<col style="width:${w.toFixed(1)}px">`).join("")}</colgroup>`;
  // A fixed layout needs the table's width: without it the browser lays the grid out by content,
  // so a long text widens its column (Excel lets it overflow) and charts drift off their cells.
  const tableWidth = widths.reduce((sum, w) => sum + w, HEADER_WIDTH);
  const head = widths.map((_, c) => `<th scope="col">${columnLetters(c)}</th>`).join("");
  const body: string[] = [];
  for (let r = 0; r <= bottom; r++) {
    const cells: string[] = [];
    for (let c = 0; c <= right; c++) {
      const value = wb.valueAt(sheet, r, c);
      const format = wb.formatAt(sheet, r, c);
      const table = tables.find((t) => contains(t.rect, r, c));
      const classes = [
        table ? (r === table.rect.top && table.showHeaders ? "table-header" : "table-cell") : "",
        table && table.showBandedRows && (r - table.rect.top) % 2 === 0 ? "band" : "",
        typeof value === "number" ? "num" : "",
        format.wrapText ? "wrap" : "",
        freeze && r === freeze.rows - 1 ? "frozen-row" : "",
        freeze && c === freeze.columns - 1 ? "frozen-column" : "",
      ]
        .filter(Boolean)
        .join(" ");
      const style = cellStyle(format);
      const title = table ? ` title="${escapeHtml(table.name)}"` : "";
      const text = escapeHtml(displayText(value, format.numberFormat));
      const spill = spillWidth(wb, sheet, r, c, right, widths);
      cells.push(
        `<td${classes ? ` class="${classes}"` : ""}${style ? ` style="${style}"` : ""}${title}>${spill === undefined ? text : `<span class="spill" style="width:${spill.toFixed(1)}px">${text}</span>`}</td>`
      );
    }
    const height = wb.formatAt(sheet, r, 0).rowHeight * PX;
    body.push(
      `<tr style="height:${height.toFixed(1)}px"><th scope="row">${r + 1}</th>${cells.join("")}</tr>`
    );
  }
  const charts = sheet.charts
    .filter((chart) => !chart.deleted)
    .map(
      (chart) =>
        `<div class="chart-frame" style="left:${(HEADER_WIDTH + chart.left * PX).toFixed(1)}px;top:${(HEADER_HEIGHT + chart.top * PX).toFixed(1)}px">${renderChartSvg(sheet, chart)}</div>`
    )
    .join("");
  const objects = [
    ...tables.map(
      (t) => `<li>Table <b>${escapeHtml(t.name)}</b> ${escapeHtml(wb.tableAddress(t))}</li>`
    ),
    ...sheet.charts
      .filter((chart) => !chart.deleted)
      .map((chart) => {
        const series = chart.series
          .map(
            (s) =>
              `<li>${escapeHtml(s.name)}: ${escapeHtml(s.valuesAddress ?? "")}${s.chartType ? ` (${escapeHtml(s.chartType)})` : ""}</li>`
          )
          .join("");
        return `<li>Chart <b>${escapeHtml(chart.title.text || chart.name)}</b> — ${escapeHtml(chart.chartType)}, source ${escapeHtml(chart.sourceAddress)}<ul>${series}</ul></li>`;
      }),
  ].join("");
  const gridlines = sheet.showGridlines ? "" : " no-gridlines";
  return `<section class="sheet" data-sheet="${escapeHtml(sheet.name)}"><div class="sheet-body">
<table class="grid${gridlines}" style="width:${tableWidth.toFixed(1)}px" aria-label="${escapeHtml(sheet.name)}">${cols}<thead><tr style="height:${HEADER_HEIGHT}px"><td class="corner"></td>${head}</tr></thead><tbody>${body.join("\n")}</tbody></table>${charts}</div>
${objects ? `<ul class="objects">${objects}</ul>` : ""}</section>`;
}

/** The whole workbook as a self-contained HTML document: sheet tabs, then every sheet. */
export function renderWorkbookHtml(standIn: { model: WorkbookModel }): string {
  const wb = standIn.model;
  const sheets = wb.liveSheets();
  const tabs = sheets
    .map(
      (s) =>
        `<a href="#" class="tab${s.id === wb.activeSheetId ? " active" : ""}"${s.tabColor ? ` style="border-bottom-color:${escapeHtml(s.tabColor)}"` : ""}>${escapeHtml(s.name)}</a>`
    )
    .join("");
  return `<!doctype html><html><head><meta charset="utf-8"><title>Workbook preview</title><style>
body{margin:8px}
.tabs{display:flex;gap:4px;margin-bottom:8px;font:13px Calibri,Arial,sans-serif}.tab{padding:2px 8px;border:1px solid #ccc;border-bottom:3px solid #ccc;text-decoration:none;color:#000}
.tab.active{background:#e6f2e6}.sheet h2{font:bold 14px Calibri,Arial,sans-serif}
${WORKBOOK_CSS}</style></head><body><nav class="tabs">${tabs}</nav><div class="workbook">
${sheets.map((s) => `<h2>${escapeHtml(s.name)}</h2>${renderSheetHtml(wb, s)}`).join("\n")}
</div></body></html>`;
}
