// A chart of the model drawn as inline SVG for the preview page: columns, bars, lines, areas, pies
// and doughnuts from the series' source cells, combo charts with a secondary value axis, titles,
// axis titles, legends, data labels and the colours production code set. Excel's own rendering
// (fonts, exact layout, automatic scales) is not published, so this is a faithful sketch, not a
// pixel copy: enough to see that a generated sheet's charts plot the right cells.
import type { AxisScale, ChartCell } from "./chartData";
import {
  autoScale,
  cellValues,
  isColumnOrBar,
  isLine,
  isPercentStacked,
  isPie,
  isStacked,
} from "./chartData";
import type { ChartAxisModel, ChartModel, ChartSeriesModel, SheetModel } from "./model";
import { displayText } from "./numberFormat";
import { escapeHtml } from "./escapeHtml";

/** Office's default theme accents, the colours Excel gives series 1 to 6. */
export const SERIES_PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

/** The chart is laid out in points (Excel's unit) and shown at 96 dpi. */
const PX = 4 / 3;
const TEXT_COLOR = "#595959";
const GRID_COLOR = "#D9D9D9";
const FONT = `font-family="Calibri, Arial, sans-serif"`;

type Node = Record<string, unknown>;

const node = (root: unknown, ...path: string[]): Node | undefined => {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Node)[key];
  }
  return typeof current === "object" && current !== null ? (current as Node) : undefined;
};

const stringAt = (root: unknown, path: string[], key: string): string | undefined => {
  const value = node(root, ...path)?.[key];
  return typeof value === "string" && value !== "" ? value : undefined;
};

const num = (n: number): string => String(Math.round(n * 10) / 10);

function text(
  x: number,
  y: number,
  content: string,
  options: {
    size?: number;
    anchor?: "start" | "middle" | "end";
    bold?: boolean;
    rotate?: number;
  } = {}
): string {
  const { size = 10, anchor = "middle", bold = false, rotate } = options;
  const transform =
    rotate === undefined ? "" : ` transform="rotate(${rotate} ${num(x)} ${num(y)})"`;
  return `<text x="${num(x)}" y="${num(y)}" font-size="${size}" fill="${TEXT_COLOR}" text-anchor="${anchor}"${bold ? ` font-weight="bold"` : ""}${transform}>${escapeHtml(content)}</text>`;
}

/** The series' own fill (columns, slices) or line colour, else the theme's accent for its place. */
function seriesColor(series: ChartSeriesModel, index: number, kind: "fill" | "line"): string {
  const own =
    kind === "fill"
      ? (stringAt(series.extra, ["format", "fill"], "solidColor") ??
        stringAt(series.extra, ["format", "line"], "color"))
      : (stringAt(series.extra, ["format", "line"], "color") ??
        stringAt(series.extra, ["format", "fill"], "solidColor"));
  return own ?? SERIES_PALETTE[index % SERIES_PALETTE.length] ?? "#4472C4";
}

const numeric = (cell: ChartCell | undefined): number | undefined =>
  typeof cell?.value === "number" && Number.isFinite(cell.value) ? cell.value : undefined;

const showsValues = (chart: ChartModel, series: ChartSeriesModel): boolean =>
  (node(series.extra, "dataLabels")?.showValue ?? node(chart.extra, "dataLabels")?.showValue) ===
  true;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface LegendEntry {
  label: string;
  color: string;
  line: boolean;
}

/** The legend's entries laid out in the box, in a row (top, bottom) or a column (left, right). */
function legend(entries: LegendEntry[], box: Box, vertical: boolean): string {
  const itemWidth = (entry: LegendEntry): number => 18 + entry.label.length * 5.5;
  const parts: string[] = [];
  if (vertical) {
    entries.forEach((entry, i) => {
      const y = box.y + box.height / 2 - (entries.length * 16) / 2 + i * 16 + 8;
      parts.push(key(entry, box.x, y), text(box.x + 14, y + 3.5, entry.label, { anchor: "start" }));
    });
  } else {
    const total = entries.reduce((sum, e) => sum + itemWidth(e), 0);
    let x = box.x + Math.max(0, (box.width - total) / 2);
    const y = box.y + box.height / 2;
    for (const entry of entries) {
      parts.push(key(entry, x, y), text(x + 14, y + 3.5, entry.label, { anchor: "start" }));
      x += itemWidth(entry);
    }
  }
  return `<g class="legend">${parts.join("")}</g>`;
}

const key = (entry: LegendEntry, x: number, y: number): string =>
  entry.line
    ? `<line x1="${num(x)}" y1="${num(y)}" x2="${num(x + 10)}" y2="${num(y)}" stroke="${entry.color}" stroke-width="2"/>`
    : `<rect x="${num(x + 1)}" y="${num(y - 4)}" width="8" height="8" fill="${entry.color}"/>`;

/** Tick values from min to max by unit, free of floating-point drift. */
function ticks(scale: AxisScale): number[] {
  const out: number[] = [];
  const steps = Math.round((scale.max - scale.min) / scale.unit);
  for (let i = 0; i <= Math.min(steps, 50); i++)
    out.push(Number((scale.min + i * scale.unit).toPrecision(12)));
  return out;
}

/** The axis' scale: what production code set (minimum, maximum, majorUnit), else automatic. */
function axisScale(axis: ChartAxisModel, numbers: number[], percent: boolean): AxisScale {
  const auto = autoScale(numbers, percent);
  const set = (k: string): number | undefined =>
    typeof axis.extra[k] === "number" ? axis.extra[k] : undefined;
  const min = set("minimum") ?? auto.min;
  const max = set("maximum") ?? Math.max(auto.max, min + auto.unit);
  const unit = set("majorUnit") ?? autoScale([min, max], false).unit;
  return { min, max, unit };
}

/**
 * A tick label: in the axis' own format, else (Excel's "linked to source", the default) in the
 * format of the first value plotted on it; a 100% stacked axis in percent.
 */
function tickLabel(axis: ChartAxisModel, value: number, percent: boolean, source?: string): string {
  const linked = axis.extra.linkNumberFormat !== false && axis.numberFormat === "General";
  const format = percent ? "0%" : linked ? (source ?? "General") : axis.numberFormat;
  return displayText(value, format);
}

const axisVisible = (axis: ChartAxisModel, fallback = true): boolean =>
  typeof axis.extra.visible === "boolean" ? axis.extra.visible : fallback;

interface Plotted {
  series: ChartSeriesModel;
  index: number;
  type: string;
  secondary: boolean;
  cells: ChartCell[];
}

/** Columns, bars, lines and areas on category and value axes (with a secondary value axis). */
function cartesian(chart: ChartModel, plotted: Plotted[], categories: string[], box: Box): string {
  const horizontal = /^(3D)?Bar|BarClustered|BarStacked/.test(chart.chartType);
  const count = Math.max(categories.length, ...plotted.map((p) => p.cells.length), 1);
  const groups = [false, true].map((secondary) => {
    const members = plotted.filter((p) => p.secondary === secondary);
    const type = members[0]?.type ?? chart.chartType;
    const stacked = members.some((p) => isStacked(p.type));
    const percent = members.some((p) => isPercentStacked(p.type));
    const numbers: number[] = [];
    for (let i = 0; i < count; i++) {
      let up = 0;
      let down = 0;
      for (const p of members) {
        const v = numeric(p.cells[i]) ?? 0;
        if (!stacked) numbers.push(v);
        else if (v >= 0) up += v;
        else down += v;
      }
      if (stacked) numbers.push(up, down);
    }
    const axis = secondary ? chart.axes.secondaryValue : chart.axes.value;
    const sourceFormat = members[0]?.cells.find((c) => typeof c.value === "number")?.numberFormat;
    return {
      sourceFormat,
      secondary,
      members,
      type,
      stacked,
      percent,
      axis,
      scale: axisScale(axis, numbers, percent),
    };
  });
  const [primary, secondary] = groups as [(typeof groups)[0], (typeof groups)[0]];
  const hasSecondary = secondary.members.length > 0;
  const valueTitle = chart.axes.value.titleVisible ? chart.axes.value.title : "";
  const secondaryTitle = chart.axes.secondaryValue.titleVisible
    ? chart.axes.secondaryValue.title
    : "";
  const categoryTitle = chart.axes.category.titleVisible ? chart.axes.category.title : "";
  const labelWidth = (g: typeof primary): number =>
    Math.max(...ticks(g.scale).map((t) => tickLabel(g.axis, t, g.percent, g.sourceFormat).length)) *
      5.5 +
    8;
  const plot: Box = horizontal
    ? {
        x:
          box.x +
          Math.min(box.width * 0.35, Math.max(...categories.map((c) => c.length), 1) * 5.5 + 10),
        y: box.y + 4,
        width: 0,
        height: box.height - 22 - (valueTitle ? 14 : 0),
      }
    : {
        x: box.x + labelWidth(primary) + (valueTitle ? 14 : 0),
        y: box.y + 6,
        width: 0,
        height: box.height - 24 - (categoryTitle ? 14 : 0),
      };
  plot.width =
    box.x +
    box.width -
    plot.x -
    (hasSecondary ? labelWidth(secondary) + (secondaryTitle ? 14 : 0) : 8);
  if (plot.width < 10 || plot.height < 10) return "";
  const parts: string[] = [];
  const slot = (horizontal ? plot.height : plot.width) / count;
  /** Where a value lands along the value axis, in SVG coordinates. */
  const at = (g: typeof primary, v: number): number => {
    const f = (v - g.scale.min) / (g.scale.max - g.scale.min || 1);
    const clamped = Math.min(1, Math.max(0, f));
    return horizontal
      ? plot.x + clamped * plot.width
      : plot.y + plot.height - clamped * plot.height;
  };
  const slotStart = (i: number): number => (horizontal ? plot.y + i * slot : plot.x + i * slot);

  // Gridlines and value labels of the primary axis; labels of the secondary one on the far side.
  for (const g of hasSecondary ? [primary, secondary] : [primary]) {
    if (!axisVisible(g.axis)) continue;
    for (const t of ticks(g.scale)) {
      const p = at(g, t);
      const label = tickLabel(g.axis, t, g.percent, g.sourceFormat);
      if (horizontal) {
        if (!g.secondary)
          parts.push(
            `<line x1="${num(p)}" y1="${num(plot.y)}" x2="${num(p)}" y2="${num(plot.y + plot.height)}" stroke="${GRID_COLOR}"/>`
          );
        parts.push(text(p, plot.y + plot.height + 12, label));
      } else {
        if (!g.secondary)
          parts.push(
            `<line x1="${num(plot.x)}" y1="${num(p)}" x2="${num(plot.x + plot.width)}" y2="${num(p)}" stroke="${GRID_COLOR}"/>`
          );
        parts.push(
          g.secondary
            ? text(plot.x + plot.width + 4, p + 3.5, label, { anchor: "start" })
            : text(plot.x - 4, p + 3.5, label, { anchor: "end" })
        );
      }
    }
  }
  // Category labels, thinned so they do not overlap.
  if (axisVisible(chart.axes.category)) {
    const widest = Math.max(...categories.map((c) => c.length), 1) * 5.5;
    const every = horizontal
      ? Math.max(1, Math.ceil(14 / slot))
      : Math.max(1, Math.ceil((widest + 4) / slot));
    categories.forEach((label, i) => {
      if (i % every !== 0) return;
      const mid = slotStart(i) + slot / 2;
      parts.push(
        horizontal
          ? text(plot.x - 4, mid + 3.5, label, { anchor: "end" })
          : text(mid, plot.y + plot.height + 12, label)
      );
    });
  }
  const axisLine = horizontal
    ? `<line x1="${num(plot.x)}" y1="${num(plot.y)}" x2="${num(plot.x)}" y2="${num(plot.y + plot.height)}" stroke="${GRID_COLOR}"/>`
    : `<line x1="${num(plot.x)}" y1="${num(plot.y + plot.height)}" x2="${num(plot.x + plot.width)}" y2="${num(plot.y + plot.height)}" stroke="${GRID_COLOR}"/>`;
  parts.push(axisLine);
  if (valueTitle)
    parts.push(
      horizontal
        ? text(plot.x + plot.width / 2, box.y + box.height - 2, valueTitle)
        : text(box.x + 8, plot.y + plot.height / 2, valueTitle, { rotate: -90 })
    );
  if (secondaryTitle)
    parts.push(
      text(box.x + box.width - 4, plot.y + plot.height / 2, secondaryTitle, { rotate: 90 })
    );
  if (categoryTitle && !horizontal)
    parts.push(text(plot.x + plot.width / 2, box.y + box.height - 2, categoryTitle));

  // Columns or bars first (clustered side by side, or stacked), then areas, then lines on top.
  for (const g of groups) {
    const blocks = g.members.filter((p) => isColumnOrBar(p.type));
    const gap = slot * 0.2;
    const width = g.stacked ? slot - 2 * gap : (slot - 2 * gap) / Math.max(blocks.length, 1);
    const base = at(g, Math.max(g.scale.min, Math.min(0, g.scale.max)));
    const totals = Array.from({ length: count }, (_, i) =>
      blocks.reduce((sum, p) => sum + Math.abs(numeric(p.cells[i]) ?? 0), 0)
    );
    const stackUp = new Array<number>(count).fill(0);
    const stackDown = new Array<number>(count).fill(0);
    blocks.forEach((p, b) => {
      const color = seriesColor(p.series, p.index, "fill");
      const shapes: string[] = [];
      for (let i = 0; i < count; i++) {
        const raw = numeric(p.cells[i]);
        if (raw === undefined) continue;
        const v = g.percent ? raw / (totals[i] || 1) : raw;
        const from = g.stacked ? (v >= 0 ? (stackUp[i] ?? 0) : (stackDown[i] ?? 0)) : 0;
        if (g.stacked) {
          if (v >= 0) stackUp[i] = from + v;
          else stackDown[i] = from + v;
        }
        const a = g.stacked ? at(g, from) : base;
        const z = at(g, from + v);
        const offset = slotStart(i) + gap + (g.stacked ? 0 : b * width);
        const pointColor =
          stringAt(p.series.extra, ["points", String(i), "format", "fill"], "solidColor") ?? color;
        shapes.push(
          horizontal
            ? `<rect x="${num(Math.min(a, z))}" y="${num(offset)}" width="${num(Math.abs(z - a))}" height="${num(width)}" fill="${escapeHtml(pointColor)}"/>`
            : `<rect x="${num(offset)}" y="${num(Math.min(a, z))}" width="${num(width)}" height="${num(Math.abs(z - a))}" fill="${escapeHtml(pointColor)}"/>`
        );
        if (showsValues(chart, p.series)) {
          const label = p.cells[i]?.text ?? "";
          shapes.push(
            horizontal
              ? text(z + 3, offset + width / 2 + 3.5, label, { anchor: "start", size: 9 })
              : text(offset + width / 2, z - 3, label, { size: 9 })
          );
        }
      }
      parts.push(
        `<g class="series" data-series="${escapeHtml(p.series.name)}">${shapes.join("")}</g>`
      );
    });
  }
  for (const g of groups) {
    for (const p of g.members.filter((m) => !isColumnOrBar(m.type))) {
      const color = seriesColor(p.series, p.index, "line");
      const points: [number, number, ChartCell][] = [];
      for (let i = 0; i < count; i++) {
        const v = numeric(p.cells[i]);
        const cell = p.cells[i];
        if (v === undefined || !cell) continue;
        const mid = slotStart(i) + slot / 2;
        const pos = at(g, v);
        points.push(horizontal ? [pos, mid, cell] : [mid, pos, cell]);
      }
      const path = points.map(([x, y]) => `${num(x)},${num(y)}`).join(" ");
      const shapes: string[] = [];
      if (/Area/.test(p.type) && points.length > 0) {
        const base = at(g, Math.max(g.scale.min, 0));
        const first = points[0]?.[0] ?? 0;
        const last = points[points.length - 1]?.[0] ?? 0;
        shapes.push(
          `<polygon points="${num(first)},${num(base)} ${path} ${num(last)},${num(base)}" fill="${escapeHtml(color)}" fill-opacity="0.8"/>`
        );
      } else {
        shapes.push(
          `<polyline points="${path}" fill="none" stroke="${escapeHtml(color)}" stroke-width="2.25" stroke-linejoin="round"/>`
        );
        const marker = p.series.extra.markerStyle;
        const markers =
          marker === undefined ? /Markers/.test(p.type) || !isLine(p.type) : marker !== "None";
        if (markers)
          for (const [x, y] of points)
            shapes.push(
              `<circle cx="${num(x)}" cy="${num(y)}" r="3" fill="${escapeHtml(color)}"/>`
            );
      }
      if (showsValues(chart, p.series))
        for (const [x, y, cell] of points) shapes.push(text(x, y - 6, cell.text, { size: 9 }));
      parts.push(
        `<g class="series" data-series="${escapeHtml(p.series.name)}">${shapes.join("")}</g>`
      );
    }
  }
  return parts.join("");
}

/** A pie or doughnut of the first series: one slice per category, the legend names the categories. */
function pie(chart: ChartModel, plotted: Plotted[], categories: string[], box: Box): string {
  const first = plotted[0];
  if (!first) return "";
  const values = first.cells.map((c) => Math.max(0, numeric(c) ?? 0));
  const total = values.reduce((a, b) => a + b, 0);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const r = Math.max(4, Math.min(box.width, box.height) / 2 - 6);
  const inner = /Doughnut/.test(first.type) ? r * 0.5 : 0;
  const parts: string[] = [];
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    if (total === 0 || v === 0) return;
    const sweep = (v / total) * 2 * Math.PI;
    const color =
      stringAt(first.series.extra, ["points", String(i), "format", "fill"], "solidColor") ??
      SERIES_PALETTE[i % SERIES_PALETTE.length] ??
      "#4472C4";
    const end = angle + Math.min(sweep, 2 * Math.PI - 1e-6);
    const large = sweep > Math.PI ? 1 : 0;
    const p = (a: number, radius: number): string =>
      `${num(cx + radius * Math.cos(a))},${num(cy + radius * Math.sin(a))}`;
    const d =
      inner > 0
        ? `M${p(angle, r)} A${num(r)},${num(r)} 0 ${large} 1 ${p(end, r)} L${p(end, inner)} A${num(inner)},${num(inner)} 0 ${large} 0 ${p(angle, inner)} Z`
        : `M${num(cx)},${num(cy)} L${p(angle, r)} A${num(r)},${num(r)} 0 ${large} 1 ${p(end, r)} Z`;
    parts.push(
      `<path d="${d}" fill="${escapeHtml(color)}" stroke="#FFFFFF" stroke-width="1"><title>${escapeHtml(`${categories[i] ?? i + 1}: ${first.cells[i]?.text ?? ""}`)}</title></path>`
    );
    if (showsValues(chart, first.series)) {
      const middle = angle + sweep / 2;
      const at = (inner + r) / 2 + (inner > 0 ? 0 : r * 0.15);
      parts.push(
        text(
          cx + at * Math.cos(middle),
          cy + at * Math.sin(middle) + 3.5,
          first.cells[i]?.text ?? "",
          { size: 9 }
        )
      );
    }
    angle += sweep;
  });
  return `<g class="series" data-series="${escapeHtml(first.series.name)}">${parts.join("")}</g>`;
}

/** The chart as an SVG element of the size it has in the sheet. */
export function renderChartSvg(sheet: SheetModel, chart: ChartModel): string {
  const width = Math.max(60, Math.round(chart.width));
  const height = Math.max(40, Math.round(chart.height));
  const titleText = chart.title.visible ? chart.title.text : "";
  const plotted: Plotted[] = chart.series.map((series, index) => ({
    series,
    index,
    type: series.chartType ?? chart.chartType,
    secondary: series.axisGroup === "Secondary",
    cells: cellValues(sheet, series.valuesAddress),
  }));
  const categorySource = plotted.find((p) => p.series.xValuesAddress !== undefined)?.series;
  const longest = Math.max(0, ...plotted.map((p) => p.cells.length));
  const categories = categorySource
    ? cellValues(sheet, categorySource.xValuesAddress).map((c) => c.text)
    : Array.from({ length: longest }, (_, i) => String(i + 1));
  const round = isPie(chart.chartType);
  const entries: LegendEntry[] = round
    ? categories.map((label, i) => ({
        label,
        color:
          stringAt(
            plotted[0]?.series.extra,
            ["points", String(i), "format", "fill"],
            "solidColor"
          ) ??
          SERIES_PALETTE[i % SERIES_PALETTE.length] ??
          "#4472C4",
        line: false,
      }))
    : plotted.map((p) => ({
        label: p.series.name,
        color: seriesColor(p.series, p.index, isColumnOrBar(p.type) ? "fill" : "line"),
        line: !isColumnOrBar(p.type) && !/Area/.test(p.type),
      }));
  const showLegend = chart.legend.visible && entries.length > 0;
  const legendSide = chart.legend.position;
  const vertical = legendSide === "Left" || legendSide === "Right";
  const legendWidth = vertical
    ? Math.min(width * 0.35, Math.max(...entries.map((e) => e.label.length), 1) * 5.5 + 24)
    : 0;
  const top = titleText ? 26 : 8;
  let plot: Box = { x: 8, y: top, width: width - 16, height: height - top - 8 };
  let legendBox: Box | undefined;
  if (showLegend) {
    if (legendSide === "Right") {
      legendBox = {
        x: width - legendWidth - 4,
        y: plot.y,
        width: legendWidth,
        height: plot.height,
      };
      plot = { ...plot, width: plot.width - legendWidth };
    } else if (legendSide === "Left") {
      legendBox = { x: 8, y: plot.y, width: legendWidth, height: plot.height };
      plot = { ...plot, x: plot.x + legendWidth, width: plot.width - legendWidth };
    } else if (legendSide === "Top") {
      legendBox = { x: 8, y: plot.y, width: plot.width, height: 16 };
      plot = { ...plot, y: plot.y + 18, height: plot.height - 18 };
    } else {
      legendBox = { x: 8, y: height - 22, width: plot.width, height: 16 };
      plot = { ...plot, height: plot.height - 20 };
    }
  }
  const drawable =
    round ||
    isColumnOrBar(chart.chartType) ||
    isLine(chart.chartType) ||
    /Area|XYScatter/.test(chart.chartType);
  const body = !drawable
    ? text(width / 2, height / 2, `${chart.chartType} chart (not drawn in the preview)`)
    : round
      ? pie(chart, plotted, categories, plot)
      : cartesian(chart, plotted, categories, plot);
  const label = titleText || chart.name;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="${escapeHtml(chart.name)}" data-chart-type="${escapeHtml(chart.chartType)}" width="${num(width * PX)}" height="${num(height * PX)}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}" ${FONT}>
<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="#FFFFFF" stroke="${GRID_COLOR}"/>${titleText ? text(width / 2, 18, titleText, { size: 14 }) : ""}${body}${legendBox ? legend(entries, legendBox, vertical) : ""}</svg>`;
}
