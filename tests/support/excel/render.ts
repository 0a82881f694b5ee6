// A self-contained HTML picture of the workbook for the dev-only preview page: sheet tabs, a grid
// of displayed values (number formats applied, fonts and fills from range formats), tables
// highlighted with their names, and a list of each sheet's charts with type, title and series.
import { columnLetters, contains } from "./address";
import type { SheetModel, WorkbookModel } from "./model";
import { displayText } from "./numberFormat";

const escape = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c
  );

/** Rows and columns shown per sheet, so a 100,000-row import still renders quickly. */
const MAX_RENDERED_ROWS = 200;
const MAX_RENDERED_COLUMNS = 30;

function renderSheet(wb: WorkbookModel, sheet: SheetModel): string {
  const used = wb.usedRect(sheet, false);
  const bottom = Math.min(used?.bottom ?? 0, MAX_RENDERED_ROWS - 1);
  const right = Math.min(used?.right ?? 0, MAX_RENDERED_COLUMNS - 1);
  const tables = wb.liveTables(sheet);
  const head = Array.from({ length: right + 1 }, (_, c) => `<th>${columnLetters(c)}</th>`).join("");
  const body: string[] = [];
  for (let r = 0; r <= bottom; r++) {
    const cells: string[] = [];
    for (let c = 0; c <= right; c++) {
      const value = wb.valueAt(sheet, r, c);
      const format = wb.formatAt(sheet, r, c);
      const table = tables.find((t) => contains(t.rect, r, c));
      const classes = [
        table ? (r === table.rect.top ? "table-header" : "table-cell") : "",
        typeof value === "number" ? "num" : "",
      ]
        .filter(Boolean)
        .join(" ");
      const style = [
        format.bold ? "font-weight:bold" : "",
        format.italic ? "font-style:italic" : "",
        format.fontColor !== "#000000" ? `color:${format.fontColor}` : "",
        format.fillColor !== "#FFFFFF" ? `background:${format.fillColor}` : "",
      ]
        .filter(Boolean)
        .join(";");
      const title = table ? ` title="${escape(table.name)}"` : "";
      cells.push(
        `<td${classes ? ` class="${classes}"` : ""}${style ? ` style="${style}"` : ""}${title}>${escape(displayText(value, format.numberFormat))}</td>`
      );
    }
    body.push(`<tr><th>${r + 1}</th>${cells.join("")}</tr>`);
  }
  const tableList = tables
    .map((t) => `<li>Table <b>${escape(t.name)}</b> ${escape(wb.tableAddress(t))}</li>`)
    .join("");
  const charts = sheet.charts
    .map((chart) => {
      const series = chart.series
        .map(
          (s) =>
            `<li>${escape(s.name)}: ${escape(s.valuesAddress ?? "")}${s.chartType ? ` (${escape(s.chartType)})` : ""}</li>`
        )
        .join("");
      return `<li>Chart <b>${escape(chart.title.text || chart.name)}</b> — ${escape(chart.chartType)}, source ${escape(chart.sourceAddress)}<ul>${series}</ul></li>`;
    })
    .join("");
  return `<section class="sheet" data-sheet="${escape(sheet.name)}"><h2>${escape(sheet.name)}</h2>
<table class="grid"><thead><tr><th></th>${head}</tr></thead><tbody>${body.join("\n")}</tbody></table>
<ul class="objects">${tableList}${charts}</ul></section>`;
}

export function renderWorkbookHtml(standIn: { model: WorkbookModel }): string {
  const wb = standIn.model;
  const sheets = wb.liveSheets();
  const tabs = sheets
    .map(
      (s) =>
        `<a href="#" class="tab${s.id === wb.activeSheetId ? " active" : ""}"${s.tabColor ? ` style="border-bottom-color:${s.tabColor}"` : ""}>${escape(s.name)}</a>`
    )
    .join("");
  return `<!doctype html><html><head><meta charset="utf-8"><title>Workbook preview</title><style>
body{font:13px Calibri,Arial,sans-serif;margin:8px}
.tabs{display:flex;gap:4px;margin-bottom:8px}.tab{padding:2px 8px;border:1px solid #ccc;border-bottom:3px solid #ccc;text-decoration:none;color:#000}
.tab.active{background:#e6f2e6}.grid{border-collapse:collapse}.grid td,.grid th{border:1px solid #ddd;padding:1px 4px;white-space:nowrap}
.grid th{background:#f3f3f3;color:#666;font-weight:normal}.num{text-align:right}
.table-header{background:#4472c4;color:#fff;font-weight:bold}.table-cell{background:#dce6f2}
</style></head><body><nav class="tabs">${tabs}</nav>
${sheets.map((s) => renderSheet(wb, s)).join("\n")}
</body></html>`;
}
