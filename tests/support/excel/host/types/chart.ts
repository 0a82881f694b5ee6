// Excel charts. charts.add derives the series Excel would from the source range (one per column or
// row, names from the header cells, categories from the first column or row); titles, legend, axes
// (primary, secondary and the series axis of 3-D charts), data labels and formats live on the
// ChartModel, settings without a field of their own in its nested `extra` records. Sources: the
// comments of Excel.Chart* in @types/office-js; where they say nothing, Excel's user interface.
import type { Rect } from "../../address";
import { columnCount, formatAddress, parseAddress, rowCount } from "../../address";
import { invalidArgument, itemNotFound } from "../../errors";
import type { ChartAxisModel, ChartModel, ChartSeriesModel, SheetModel } from "../../model";
import type { AxisScale } from "../../chartData";
import {
  autoScale,
  cellValues,
  is3D,
  isColumnOrBar,
  isLine,
  isPercentStacked,
  isPie,
  isScatter,
  isStacked,
} from "../../chartData";
import { checkNumberFormat, displayText } from "../../numberFormat";
import { checkBoolean, checkColor, oneOf } from "../checks";
import type { Args, HostObject, Property, TypeHandler } from "../typeHandler";
import { defineType, hostObject } from "../typeHandler";
import type { WireName } from "../wire";
import type { RangeTarget } from "./range";

type Node = Record<string, unknown>;

interface ChartTarget {
  sheet: SheetModel;
  chart: ChartModel;
}

interface SeriesTarget extends ChartTarget {
  series: ChartSeriesModel;
}

type AxisType = "Category" | "Value" | "Series";
type AxisGroup = "Primary" | "Secondary";

interface AxisTarget extends ChartTarget {
  type: AxisType;
  group: AxisGroup;
  axis: ChartAxisModel;
}

/** A settings record inside the model (a title's font, a series' line), alive while its owner is. */
interface NodeTarget {
  node: Node;
  alive: () => boolean;
  /** What ChartFont reads before anything was set (Excel's default chart style). */
  fontSize?: number;
  /** Chart types the data labels belong to, to check their position against. */
  labelTypes?: () => string[];
  /** Gridlines Excel's default chart style draws. */
  visibleByDefault?: boolean;
}

// ---- enums (complete lists, checked against @types/office-js at compile time) -------------------

type Words<S extends string, U extends string = never> = S extends `${infer H} ${infer T}`
  ? Words<T, U | H>
  : U | S;
type Exact<E extends string, S extends string> = [
  Exclude<E, Words<S>> | Exclude<Words<S>, E>,
] extends [never]
  ? S
  : { missingOrUnknown: Exclude<E, Words<S>> | Exclude<Words<S>, E> };

/** An enum's values, space-separated; a value left out or misspelt does not compile. */
const enumValues =
  <E extends string>() =>
  <S extends string>(list: Exact<E, S>): readonly E[] =>
    (list as string).split(" ") as E[];

const CHART_TYPES_ALL = enumValues<`${Excel.ChartType}`>()(
  "Invalid ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 BarClustered BarStacked BarStacked100 3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded 3DPieExploded BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked 3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble Bubble3DEffect StockHLC StockOHLC StockVHLC StockVOHLC CylinderColClustered CylinderColStacked CylinderColStacked100 CylinderBarClustered CylinderBarStacked CylinderBarStacked100 CylinderCol ConeColClustered ConeColStacked ConeColStacked100 ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol PyramidColClustered PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked PyramidBarStacked100 PyramidCol 3DColumn Line 3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel"
);
/** "Invalid" is what Excel reports for a type it cannot name; nobody can set it. */
const CHART_TYPES_SETTABLE = CHART_TYPES_ALL.filter((t) => t !== "Invalid");

const SERIES_BY = enumValues<`${Excel.ChartSeriesBy}`>()("Auto Columns Rows");
const AXIS_TYPES = enumValues<`${Excel.ChartAxisType}`>()("Invalid Category Value Series");
const AXIS_GROUPS = enumValues<`${Excel.ChartAxisGroup}`>()("Primary Secondary");
const LEGEND_POSITIONS = enumValues<`${Excel.ChartLegendPosition}`>()(
  "Invalid Top Bottom Left Right Corner Custom"
).filter((p) => p !== "Invalid");
const LINE_STYLES = enumValues<`${Excel.ChartLineStyle}`>()(
  "None Continuous Dash DashDot DashDotDot Dot Grey25 Grey50 Grey75 Automatic RoundDot"
);
const LABEL_POSITIONS = enumValues<`${Excel.ChartDataLabelPosition}`>()(
  "Invalid None Center InsideEnd InsideBase OutsideEnd Left Right Top Bottom BestFit Callout"
).filter((p) => p !== "Invalid");
const UNDERLINES = enumValues<`${Excel.ChartUnderlineStyle}`>()("None Single");
const TITLE_POSITIONS = enumValues<`${Excel.ChartTitlePosition}`>()(
  "Automatic Top Bottom Left Right"
);
const TEXT_H_ALIGN = enumValues<`${Excel.ChartTextHorizontalAlignment}`>()(
  "Center Left Right Justify Distributed"
);
const TEXT_V_ALIGN = enumValues<`${Excel.ChartTextVerticalAlignment}`>()(
  "Center Bottom Top Justify Distributed"
);
const MARKER_STYLES = enumValues<`${Excel.ChartMarkerStyle}`>()(
  "Invalid Automatic None Square Diamond Triangle X Star Dot Dash Circle Plus Picture"
).filter((s) => s !== "Invalid");
const CATEGORY_TYPES = enumValues<`${Excel.ChartAxisCategoryType}`>()(
  "Automatic TextAxis DateAxis"
);
const DISPLAY_UNITS = enumValues<`${Excel.ChartAxisDisplayUnit}`>()(
  "None Hundreds Thousands TenThousands HundredThousands Millions TenMillions HundredMillions Billions Trillions Custom"
);
const TICK_MARKS = enumValues<`${Excel.ChartAxisTickMark}`>()("None Cross Inside Outside");
const TICK_LABEL_POSITIONS = enumValues<`${Excel.ChartAxisTickLabelPosition}`>()(
  "NextToAxis High Low None"
);
const AXIS_POSITIONS = enumValues<`${Excel.ChartAxisPosition}`>()(
  "Automatic Maximum Minimum Custom"
);
const SCALE_TYPES = enumValues<`${Excel.ChartAxisScaleType}`>()("Linear Logarithmic");
const BLANKS_AS = enumValues<`${Excel.ChartDisplayBlanksAs}`>()("NotPlotted Zero Interplotted");
const DIMENSIONS = enumValues<`${Excel.ChartSeriesDimension}`>()(
  "Categories Values XValues YValues BubbleSizes"
);

// ---- chart-type families ------------------------------------------------------------------------

/** Excel 2016 chart types, which Excel's user interface will not combine with any other type. */
const isModern = (type: string): boolean =>
  [
    "Histogram",
    "Boxwhisker",
    "Pareto",
    "RegionMap",
    "Treemap",
    "Waterfall",
    "Sunburst",
    "Funnel",
  ].includes(type);
/** Only 3-D charts whose series stand one behind another have a series (depth) axis. */
const hasSeriesAxis = (type: string): boolean =>
  ["3DColumn", "3DLine", "3DArea", "CylinderCol", "ConeCol", "PyramidCol"].includes(type) ||
  type.startsWith("Surface");

/**
 * The data-label positions Excel offers per chart type (Format Data Labels ▸ Label Position), the
 * default first; other types have no position choice and accept none.
 */
function labelPositions(type: string): readonly string[] {
  if (isPie(type))
    return type.startsWith("Doughnut") ? [] : ["BestFit", "Center", "InsideEnd", "OutsideEnd"];
  if (isColumnOrBar(type) && !is3D(type)) {
    return isStacked(type)
      ? ["Center", "InsideEnd", "InsideBase"]
      : ["OutsideEnd", "Center", "InsideEnd", "InsideBase"];
  }
  if (isLine(type) || isScatter(type) || type.startsWith("Bubble"))
    return ["Right", "Center", "Left", "Top", "Bottom"];
  return [];
}

function checkChartType(value: unknown): string {
  return oneOf(CHART_TYPES_SETTABLE, value, "chart type");
}

// ---- value checks -------------------------------------------------------------------------------

const bool =
  (what: string) =>
  (v: unknown): boolean =>
    checkBoolean(v, what);

const choice =
  (allowed: readonly string[], what: string) =>
  (v: unknown): string =>
    oneOf(allowed, v, what);

function between(v: unknown, min: number, max: number, what: string, integer = false): number {
  if (
    typeof v !== "number" ||
    !Number.isFinite(v) ||
    v < min ||
    v > max ||
    (integer && !Number.isInteger(v))
  ) {
    throw invalidArgument(
      `'${String(v)}' is not a valid ${what}: it must be ${integer ? "a whole number " : ""}from ${min} to ${max}.`
    );
  }
  return v;
}

const range =
  (min: number, max: number, what: string, integer = false) =>
  (v: unknown): number =>
    between(v, min, max, what, integer);

/** "an integer from -90 to 90 or the integer 180 for vertically-oriented text" (textOrientation). */
function checkOrientation(v: unknown): number {
  if (v === 180) return 180;
  return between(v, -90, 90, "text orientation", true);
}

function text(what: string, max = 255) {
  return (v: unknown): string => {
    if (typeof v !== "string") throw invalidArgument(`'${String(v)}' is not a valid ${what}.`);
    if (v.length > max) throw invalidArgument(`The ${what} is longer than ${max} characters.`);
    return v;
  };
}

/** A chart number format, checked by the rules of cell formats. */
function chartNumberFormat(v: unknown): string {
  if (typeof v !== "string") throw invalidArgument(`'${String(v)}' is not a valid number format.`);
  checkNumberFormat(v);
  return v;
}

// ---- model helpers ------------------------------------------------------------------------------

function childNode(parent: Node, ...names: string[]): Node {
  let node = parent;
  for (const name of names) {
    const existing = node[name];
    if (typeof existing === "object" && existing !== null && !Array.isArray(existing)) {
      node = existing as Node;
    } else {
      const created: Node = {};
      node[name] = created;
      node = created;
    }
  }
  return node;
}

/** A setting kept in a node: reads back what was set, else Excel's default. */
function stored<T>(
  node: (t: T) => Node,
  key: string,
  check: (v: unknown, t: T) => unknown,
  fallback: (t: T) => unknown = () => null
): Property<T> {
  return {
    get: (t) => node(t)[key] ?? fallback(t),
    set: (t, v) => {
      node(t)[key] = check(v, t);
    },
  };
}

const newAxis = (): ChartAxisModel => ({
  title: "",
  titleVisible: false,
  numberFormat: "General",
  extra: {},
});

const chartObject = (sheet: SheetModel, chart: ChartModel): HostObject =>
  hostObject("Chart", { sheet, chart });

const chartAlive = (t: ChartTarget): boolean => !t.chart.deleted && !t.sheet.deleted;
const seriesAlive = (t: SeriesTarget): boolean =>
  chartAlive(t) && t.chart.series.includes(t.series);

const nodeObject = (
  type: string,
  node: Node,
  alive: () => boolean,
  extra: Partial<NodeTarget> = {}
): HostObject => hostObject(type, { node, alive, ...extra } satisfies NodeTarget);

function rangeTarget(args: Args, i: number, what: string): RangeTarget {
  const object = args.object(i);
  if (!object || object.type !== "Range")
    throw invalidArgument(`${args.member}: ${what} must be a Range object.`);
  return object.target as RangeTarget;
}

// ---- charts.add ---------------------------------------------------------------------------------

/** The series Excel derives from a source range. */
function deriveSeries(t: RangeTarget, seriesBy: string): ChartSeriesModel[] {
  const wb = t.sheet.workbook;
  const { rect, sheet } = t;
  // "Auto" plots the shorter side as series, as Excel's Insert Chart does.
  const byColumns =
    seriesBy === "Columns" || (seriesBy === "Auto" && rowCount(rect) >= columnCount(rect));
  const corner = wb.valueAt(sheet, rect.top, rect.left);
  const labelled =
    typeof corner === "string" && (byColumns ? columnCount(rect) : rowCount(rect)) > 1;
  const addr = (r: Rect): string => formatAddress(sheet.name, r, true);
  const series: ChartSeriesModel[] = [];
  if (byColumns) {
    const firstData = labelled ? rect.left + 1 : rect.left;
    const headers =
      rowCount(rect) > 1 && typeof wb.valueAt(sheet, rect.top, firstData) === "string";
    const top = headers ? rect.top + 1 : rect.top;
    for (let c = firstData; c <= rect.right; c++) {
      series.push({
        name: headers ? String(wb.valueAt(sheet, rect.top, c)) : `Series${series.length + 1}`,
        axisGroup: "Primary",
        valuesAddress: addr({ top, bottom: rect.bottom, left: c, right: c }),
        xValuesAddress: labelled
          ? addr({ top, bottom: rect.bottom, left: rect.left, right: rect.left })
          : undefined,
        extra: {},
      });
    }
  } else {
    const firstData = labelled ? rect.top + 1 : rect.top;
    const headers =
      columnCount(rect) > 1 && typeof wb.valueAt(sheet, firstData, rect.left) === "string";
    const left = headers ? rect.left + 1 : rect.left;
    for (let r = firstData; r <= rect.bottom; r++) {
      series.push({
        name: headers ? String(wb.valueAt(sheet, r, rect.left)) : `Series${series.length + 1}`,
        axisGroup: "Primary",
        valuesAddress: addr({ top: r, bottom: r, left, right: rect.right }),
        xValuesAddress: labelled
          ? addr({ top: rect.top, bottom: rect.top, left, right: rect.right })
          : undefined,
        extra: {},
      });
    }
  }
  return series;
}

/**
 * Excel's default chart style: a title ("Chart Title", or the series name when there is one
 * series) and, with several series or a pie, a legend at the bottom.
 */
function defaultLayout(
  chartType: string,
  series: ChartSeriesModel[]
): Pick<ChartModel, "title" | "legend"> {
  const single = series.length === 1 ? series[0] : undefined;
  return {
    title: { text: single?.name ?? "Chart Title", visible: true },
    legend: { visible: !single || isPie(chartType), position: "Bottom" },
  };
}

const chartsCreated = new WeakMap<SheetModel, number>();

function addChart(sheet: SheetModel, args: Args): HostObject {
  const chartType = checkChartType(args.raw(0));
  const source = rangeTarget(args, 1, "sourceData");
  const seriesBy =
    args.optional(2) === undefined ? "Auto" : oneOf(SERIES_BY, args.raw(2), "ChartSeriesBy value");
  const series = deriveSeries(source, seriesBy);
  if (series.length === 0) throw invalidArgument("The source range has no data for a series.");
  const number = (chartsCreated.get(sheet) ?? 0) + 1;
  chartsCreated.set(sheet, number);
  const chart: ChartModel = {
    id: sheet.workbook.newId("chart"),
    name: `Chart ${number}`,
    chartType,
    sourceAddress: formatAddress(source.sheet.name, source.rect),
    seriesBy,
    ...defaultLayout(chartType, series),
    axes: {
      category: newAxis(),
      value: newAxis(),
      secondaryCategory: newAxis(),
      secondaryValue: newAxis(),
      series: newAxis(),
    },
    series,
    // Excel's default chart is 5 by 3 inches.
    top: 0,
    left: 0,
    width: 360,
    height: 216,
    extra: {},
    deleted: false,
  };
  sheet.charts.push(chart);
  return chartObject(sheet, chart);
}

function findChart(sheet: SheetModel, key: unknown): ChartModel | undefined {
  const name = String(key).toLowerCase();
  return (
    sheet.charts.find((c) => c.name.toLowerCase() === name) ??
    sheet.charts.find((c) => c.id === key)
  );
}

// ---- position -----------------------------------------------------------------------------------

function cellRect(t: ChartTarget, args: Args, i: number, what: string): Rect {
  const object = args.object(i);
  if (object) {
    if (object.type !== "Range")
      throw invalidArgument(`${args.member}: ${what} must be a Range or an address.`);
    const target = object.target as RangeTarget;
    if (target.sheet !== t.sheet)
      throw invalidArgument(`${args.member}: ${what} is on another worksheet.`);
    return target.rect;
  }
  const parsed = parseAddress(args.string(i, what));
  if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== t.sheet.name.toLowerCase()) {
    throw invalidArgument(`${args.member}: ${what} is on another worksheet.`);
  }
  return parsed.rect;
}

const columnLeft = (sheet: SheetModel, col: number): number => {
  let x = 0;
  for (let c = 0; c < col; c++) x += sheet.workbook.formatAt(sheet, 0, c).columnWidth;
  return x;
};

const rowTop = (sheet: SheetModel, row: number): number => {
  let y = 0;
  for (let r = 0; r < row; r++) y += sheet.workbook.formatAt(sheet, r, 0).rowHeight;
  return y;
};

/** setPosition: the chart's top-left moves to startCell; with endCell it grows to cover that cell too. */
function setPosition(t: ChartTarget, args: Args): void {
  const start = cellRect(t, args, 0, "startCell");
  const end = args.optional(1) === undefined ? undefined : cellRect(t, args, 1, "endCell");
  const { sheet, chart } = t;
  chart.left = columnLeft(sheet, start.left);
  chart.top = rowTop(sheet, start.top);
  if (end) {
    chart.width = columnLeft(sheet, Math.max(end.right, start.left) + 1) - chart.left;
    chart.height = rowTop(sheet, Math.max(end.bottom, start.top) + 1) - chart.top;
  }
  const cell = (row: number, col: number): Rect => ({
    top: row,
    left: col,
    bottom: row,
    right: col,
  });
  chart.position = {
    start: formatAddress(sheet.name, cell(start.top, start.left)),
    end: end ? formatAddress(sheet.name, cell(end.bottom, end.right)) : undefined,
  };
}

function checkPoints(v: unknown, what: string, min = 0): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min)
    throw invalidArgument(`'${String(v)}' is not a valid ${what}.`);
  return v;
}

// ---- Chart and ChartCollection ------------------------------------------------------------------

/** Setting chart.chartType turns every series to it: a combo chart becomes a plain one again. */
function setChartType(t: ChartTarget, v: unknown): void {
  t.chart.chartType = checkChartType(v);
  for (const s of t.chart.series) delete s.chartType;
}

const chartType = defineType<Excel.Chart, ChartTarget>({
  type: "Chart",
  id: (t) => t.chart.id,
  isDeleted: (t) => !chartAlive(t),
  properties: {
    Name: {
      get: (t) => t.chart.name,
      set: (t, v) => {
        const name = text("chart name")(v);
        if (name.trim() === "") throw invalidArgument("A chart name cannot be empty.");
        t.chart.name = name;
      },
    },
    Top: { get: (t) => t.chart.top, set: (t, v) => void (t.chart.top = checkPoints(v, "top")) },
    Left: { get: (t) => t.chart.left, set: (t, v) => void (t.chart.left = checkPoints(v, "left")) },
    Width: {
      get: (t) => t.chart.width,
      set: (t, v) => void (t.chart.width = checkPoints(v, "width", 1)),
    },
    Height: {
      get: (t) => t.chart.height,
      set: (t, v) => void (t.chart.height = checkPoints(v, "height", 1)),
    },
    Id: { get: (t) => t.chart.id },
    ChartType: { get: (t) => t.chart.chartType, set: setChartType },
    PlotBy: {
      get: (t) => {
        const first = t.chart.series[0]?.valuesAddress;
        if (first === undefined) return t.chart.seriesBy === "Rows" ? "Rows" : "Columns";
        return columnCount(parseAddress(first).rect) > 1 && rowCount(parseAddress(first).rect) === 1
          ? "Rows"
          : "Columns";
      },
    },
    DisplayBlanksAs: stored(
      (t) => t.chart.extra,
      "displayBlanksAs",
      choice(BLANKS_AS, "ChartDisplayBlanksAs value"),
      () => "NotPlotted"
    ),
    PlotVisibleOnly: stored(
      (t) => t.chart.extra,
      "plotVisibleOnly",
      bool("plotVisibleOnly"),
      () => true
    ),
  },
  navigation: {
    Title: (t) => hostObject("ChartTitle", t),
    Legend: (t) => hostObject("ChartLegend", t),
    Axes: (t) => hostObject("ChartAxes", t),
    Series: (t) => hostObject("ChartSeriesCollection", t),
    Worksheet: (t) => hostObject("Worksheet", t.sheet),
    DataLabels: (t) =>
      nodeObject("ChartDataLabels", childNode(t.chart.extra, "dataLabels"), () => chartAlive(t), {
        fontSize: 9,
        labelTypes: () => t.chart.series.map((s) => s.chartType ?? t.chart.chartType),
      }),
    Format: (t) =>
      nodeObject("ChartAreaFormat", childNode(t.chart.extra, "format"), () => chartAlive(t), {
        fontSize: 10,
      }),
  },
  methods: {
    Delete: (t) => {
      t.chart.deleted = true;
      t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1);
    },
    SetPosition: setPosition,
    /** "Resets the source data for the chart": the series are derived again. */
    SetData: (t, a) => {
      const source = rangeTarget(a, 0, "sourceData");
      const seriesBy =
        a.optional(1) === undefined ? "Auto" : oneOf(SERIES_BY, a.raw(1), "ChartSeriesBy value");
      const series = deriveSeries(source, seriesBy);
      if (series.length === 0) throw invalidArgument("The source range has no data for a series.");
      t.chart.series = series;
      t.chart.sourceAddress = formatAddress(source.sheet.name, source.rect);
      t.chart.seriesBy = seriesBy;
    },
  },
});

const chartCollectionType = defineType<Excel.ChartCollection, SheetModel>({
  type: "ChartCollection",
  properties: {
    Count: { get: (s) => s.charts.length },
  },
  items: (s) => s.charts.map((c) => chartObject(s, c)),
  indexer: (s, key) => {
    const chart = findChart(s, key);
    if (!chart) throw itemNotFound(`chart '${String(key)}'`);
    return chartObject(s, chart);
  },
  methods: {
    Add: addChart,
    GetCount: (s) => s.charts.length,
    /** "If there are multiple charts with the same name, the first one will be returned." */
    GetItem: (s, a) => {
      const name = a.string(0, "name");
      const chart = findChart(s, name);
      if (!chart) throw itemNotFound(`chart '${name}'`);
      return chartObject(s, chart);
    },
    GetItemOrNullObject: (s, a) => {
      const chart = findChart(s, a.string(0, "name"));
      return chart ? chartObject(s, chart) : null;
    },
  },
});

// ---- series -------------------------------------------------------------------------------------

const seriesObject = (t: ChartTarget, series: ChartSeriesModel): HostObject =>
  hostObject("ChartSeries", { ...t, series } satisfies SeriesTarget);

const seriesType = (t: SeriesTarget): string => t.series.chartType ?? t.chart.chartType;

/** A series' data is one row or one column: "The Range object corresponding to the source data." */
function seriesRange(args: Args): string {
  const r = rangeTarget(args, 0, "sourceData");
  if (rowCount(r.rect) > 1 && columnCount(r.rect) > 1) {
    throw invalidArgument(
      `${args.member}: the source data of a series must be a single row or column.`
    );
  }
  return formatAddress(r.sheet.name, r.rect, true);
}

function setSeriesType(t: SeriesTarget, v: unknown): string {
  const type = checkChartType(v);
  const others = t.chart.series
    .filter((s) => s !== t.series)
    .map((s) => s.chartType ?? t.chart.chartType);
  const clash = others.some(
    (o) => o !== type && (is3D(o) || is3D(type) || isModern(o) || isModern(type))
  );
  if (clash) throw invalidArgument("Some chart types cannot be combined with other chart types.");
  return type;
}

const onlyFor =
  (allowed: (type: string) => boolean, what: string, check: (v: unknown) => unknown) =>
  (v: unknown, t: SeriesTarget): unknown => {
    if (!allowed(seriesType(t)))
      throw invalidArgument(`${what} does not apply to a ${seriesType(t)} series.`);
    return check(v);
  };

const seriesExtra = (t: SeriesTarget): Node => t.series.extra;

function labelsShown(node: unknown): boolean {
  if (typeof node !== "object" || node === null) return false;
  const n = node as Node;
  return [
    "showValue",
    "showSeriesName",
    "showCategoryName",
    "showPercentage",
    "showBubbleSize",
    "showLegendKey",
  ].some((k) => n[k] === true);
}

const chartSeriesType = defineType<Excel.ChartSeries, SeriesTarget>({
  type: "ChartSeries",
  isDeleted: (t) => !seriesAlive(t),
  properties: {
    /** "The name's length should not be greater than 255 characters." */
    Name: {
      get: (t) => t.series.name,
      set: (t, v) => void (t.series.name = text("series name")(v)),
    },
    ChartType: { get: seriesType, set: (t, v) => void (t.series.chartType = setSeriesType(t, v)) },
    AxisGroup: {
      get: (t) => t.series.axisGroup,
      set: (t, v) => void (t.series.axisGroup = oneOf(AXIS_GROUPS, v, "ChartAxisGroup value")),
    },
    HasDataLabels: {
      get: (t) =>
        t.series.extra.hasDataLabels ??
        (labelsShown(t.series.extra.dataLabels) || labelsShown(t.chart.extra.dataLabels)),
      set: (t, v) => void (t.series.extra.hasDataLabels = checkBoolean(v, "hasDataLabels")),
    },
    MarkerStyle: stored(
      seriesExtra,
      "markerStyle",
      choice(MARKER_STYLES, "ChartMarkerStyle value"),
      () => "Automatic"
    ),
    /** "The supported size range is 2 to 72 … returns an InvalidArgument error if it's set with a size outside". */
    MarkerSize: stored(seriesExtra, "markerSize", range(2, 72, "marker size", true), () => 5),
    MarkerBackgroundColor: stored(seriesExtra, "markerBackgroundColor", checkColor),
    MarkerForegroundColor: stored(seriesExtra, "markerForegroundColor", checkColor),
    /** "Only applicable to line and scatter charts." */
    Smooth: stored(
      seriesExtra,
      "smooth",
      onlyFor((type) => isLine(type) || isScatter(type), "smooth", bool("smooth")),
      () => false
    ),
    /** "Only valid on bar and column charts … Throws an invalid argument exception on invalid charts." */
    GapWidth: stored(
      seriesExtra,
      "gapWidth",
      onlyFor(isColumnOrBar, "gapWidth", range(0, 500, "gap width", true)),
      () => 219
    ),
    /** "Can be a value between -100 and 100. Applies only to 2-D bar and 2-D column charts." */
    Overlap: stored(
      seriesExtra,
      "overlap",
      onlyFor(
        (type) => isColumnOrBar(type) && !is3D(type),
        "overlap",
        range(-100, 100, "overlap", true)
      ),
      () => 0
    ),
    Filtered: stored(seriesExtra, "filtered", bool("filtered"), () => false),
    ShowShadow: stored(seriesExtra, "showShadow", bool("showShadow"), () => false),
    InvertIfNegative: stored(
      seriesExtra,
      "invertIfNegative",
      bool("invertIfNegative"),
      () => false
    ),
    /** "The chart must contain only one series." */
    VaryByCategories: stored(
      seriesExtra,
      "varyByCategories",
      (v, t) => {
        if (t.chart.series.length !== 1)
          throw invalidArgument("varyByCategories needs a chart with one series.");
        return checkBoolean(v, "varyByCategories");
      },
      () => false
    ),
    PlotOrder: { get: (t) => t.chart.series.indexOf(t.series) },
  },
  navigation: {
    Format: (t) =>
      nodeObject("ChartSeriesFormat", childNode(t.series.extra, "format"), () => seriesAlive(t)),
    Points: (t) => hostObject("ChartPointsCollection", t),
    DataLabels: (t) =>
      nodeObject("ChartDataLabels", childNode(t.series.extra, "dataLabels"), () => seriesAlive(t), {
        fontSize: 9,
        labelTypes: () => [seriesType(t)],
      }),
  },
  methods: {
    Delete: (t) => {
      t.chart.series.splice(t.chart.series.indexOf(t.series), 1);
    },
    SetValues: (t, a) => {
      t.series.valuesAddress = seriesRange(a);
    },
    SetXAxisValues: (t, a) => {
      t.series.xValuesAddress = seriesRange(a);
    },
    /** Values as the cells display them; categories default to 1, 2, 3… */
    GetDimensionValues: (t, a) => {
      const dimension = oneOf(DIMENSIONS, a.raw(0), "ChartSeriesDimension value");
      const vals = cellValues(t.sheet, t.series.valuesAddress);
      if (dimension === "Values" || dimension === "YValues") return vals.map((v) => v.text);
      if (dimension === "BubbleSizes") throw invalidArgument("The series has no bubble sizes.");
      const cats = cellValues(t.sheet, t.series.xValuesAddress);
      return cats.length > 0 ? cats.map((v) => v.text) : vals.map((_, i) => String(i + 1));
    },
  },
});

const chartSeriesCollectionType = defineType<Excel.ChartSeriesCollection, ChartTarget>({
  type: "ChartSeriesCollection",
  isDeleted: (t) => !chartAlive(t),
  properties: {
    Count: { get: (t) => t.chart.series.length },
  },
  items: (t) => t.chart.series.map((s) => seriesObject(t, s)),
  methods: {
    GetCount: (t) => t.chart.series.length,
    Add: (t, a) => {
      const name =
        a.optional(0) === undefined
          ? `Series${t.chart.series.length + 1}`
          : text("series name")(a.raw(0));
      const index = a.optionalInteger(1, "index", t.chart.series.length);
      if (index < 0 || index > t.chart.series.length)
        throw invalidArgument(`${a.member}: index ${index} is outside the collection.`);
      const series: ChartSeriesModel = { name, axisGroup: "Primary", extra: {} };
      t.chart.series.splice(index, 0, series);
      return seriesObject(t, series);
    },
  },
});

// ---- points -------------------------------------------------------------------------------------

interface PointTarget extends SeriesTarget {
  index: number;
}

/** One point per cell of the series' values; a point's settings live in series.extra.points[i]. */
const pointCount = (t: SeriesTarget): number => cellValues(t.sheet, t.series.valuesAddress).length;
const pointAlive = (t: PointTarget): boolean => seriesAlive(t) && t.index < pointCount(t);
const pointExtra = (t: PointTarget): Node => childNode(t.series.extra, "points", String(t.index));

const chartPointsCollectionType = defineType<Excel.ChartPointsCollection, SeriesTarget>({
  type: "ChartPointsCollection",
  isDeleted: (t) => !seriesAlive(t),
  properties: {
    Count: { get: pointCount },
  },
  items: (t) =>
    Array.from({ length: pointCount(t) }, (_, index) =>
      hostObject("ChartPoint", { ...t, index } satisfies PointTarget)
    ),
  methods: {
    GetCount: pointCount,
  },
});

/** A point reads what its series says until the point is given its own setting. */
const fromSeries =
  (name: "HasDataLabels" | "MarkerStyle" | "MarkerSize") =>
  (t: PointTarget): unknown =>
    chartSeriesType.properties[name]?.get?.(t);

const chartPointType = defineType<Excel.ChartPoint, PointTarget>({
  type: "ChartPoint",
  isDeleted: (t) => !pointAlive(t),
  properties: {
    /** "Returns the value of a chart point." */
    Value: { get: (t) => cellValues(t.sheet, t.series.valuesAddress)[t.index]?.value ?? null },
    HasDataLabel: stored(
      pointExtra,
      "hasDataLabel",
      bool("hasDataLabel"),
      fromSeries("HasDataLabels")
    ),
    MarkerStyle: stored(
      pointExtra,
      "markerStyle",
      choice(MARKER_STYLES, "ChartMarkerStyle value"),
      fromSeries("MarkerStyle")
    ),
    /** "The supported size range is 2 to 72. This method returns an InvalidArgument error if it's set with a size outside". */
    MarkerSize: stored(
      pointExtra,
      "markerSize",
      range(2, 72, "marker size", true),
      fromSeries("MarkerSize")
    ),
    MarkerBackgroundColor: stored(pointExtra, "markerBackgroundColor", checkColor),
    MarkerForegroundColor: stored(pointExtra, "markerForegroundColor", checkColor),
  },
  navigation: {
    Format: (t) =>
      nodeObject("ChartPointFormat", childNode(pointExtra(t), "format"), () => pointAlive(t)),
  },
});

// ---- axes ---------------------------------------------------------------------------------------

function axisModel(t: ChartTarget, type: AxisType, group: AxisGroup): ChartAxisModel {
  const { axes } = t.chart;
  if (type === "Series") return axes.series;
  if (group === "Secondary") return type === "Value" ? axes.secondaryValue : axes.secondaryCategory;
  return type === "Value" ? axes.value : axes.category;
}

/**
 * An axis Excel has: secondary axes once a series is plotted on them, the series axis on 3-D
 * charts that have depth; other axes are missing (ItemNotFound).
 */
function axisObject(t: ChartTarget, type: AxisType, group: AxisGroup): HostObject {
  if (type === "Series" && (group === "Secondary" || !hasSeriesAxis(t.chart.chartType))) {
    throw itemNotFound(`a ${t.chart.chartType} chart has no series axis`);
  }
  if (group === "Secondary" && !t.chart.series.some((s) => s.axisGroup === "Secondary")) {
    throw itemNotFound("the chart has no secondary axis until a series is plotted on it");
  }
  return hostObject("ChartAxis", {
    ...t,
    type,
    group,
    axis: axisModel(t, type, group),
  } satisfies AxisTarget);
}

const chartAxesType = defineType<Excel.ChartAxes, ChartTarget>({
  type: "ChartAxes",
  isDeleted: (t) => !chartAlive(t),
  navigation: {
    CategoryAxis: (t) => axisObject(t, "Category", "Primary"),
    ValueAxis: (t) => axisObject(t, "Value", "Primary"),
    SeriesAxis: (t) => axisObject(t, "Series", "Primary"),
  },
  methods: {
    /** "Returns the specific axis identified by type and group"; group is optional (Primary). */
    GetItem: (t, a) => {
      const type = oneOf(AXIS_TYPES, a.raw(0), "ChartAxisType value");
      if (type === "Invalid") throw invalidArgument("'Invalid' is not an axis type.");
      const group =
        a.optional(1) === undefined
          ? "Primary"
          : oneOf(AXIS_GROUPS, a.raw(1), "ChartAxisGroup value");
      return axisObject(t, type as AxisType, group as AxisGroup);
    },
  },
});

/** The automatic scale of an axis: over the numbers of the series plotted on its group. */
function axisAutoScale(t: AxisTarget): AxisScale {
  const numbers: number[] = [];
  for (const s of t.chart.series) {
    if (s.axisGroup !== t.group) continue;
    for (const v of cellValues(t.sheet, s.valuesAddress))
      if (typeof v.value === "number") numbers.push(v.value);
  }
  return autoScale(numbers, isPercentStacked(t.chart.chartType));
}

const axisExtra = (t: AxisTarget): Node => t.axis.extra;

const isDateAxis = (t: AxisTarget): boolean => t.axis.extra.categoryType === "DateAxis";

/**
 * minimum/maximum/majorUnit/minorUnit: "Can be set to a numeric value or an empty string (for
 * automatic axis values). The returned value is always a number." A category axis has them only
 * as a date axis.
 */
function scaleProperty(
  key: "minimum" | "maximum" | "majorUnit" | "minorUnit"
): Property<AxisTarget> {
  return {
    get: (t) => {
      const set = t.axis.extra[key];
      if (typeof set === "number") return set;
      const auto = axisAutoScale(t);
      return {
        minimum: auto.min,
        maximum: auto.max,
        majorUnit: auto.unit,
        minorUnit: auto.unit / 5,
      }[key];
    },
    set: (t, v) => {
      if (t.type === "Category" && !isDateAxis(t)) {
        throw invalidArgument(
          `${key} applies to a value axis or a date axis, not a category axis.`
        );
      }
      if (v === "") {
        delete t.axis.extra[key];
        return;
      }
      if (typeof v !== "number" || !Number.isFinite(v))
        throw invalidArgument(`'${String(v)}' is not a valid ${key}.`);
      if ((key === "majorUnit" || key === "minorUnit") && v <= 0)
        throw invalidArgument(`The ${key} must be positive.`);
      const min = key === "minimum" ? v : t.axis.extra.minimum;
      const max = key === "maximum" ? v : t.axis.extra.maximum;
      if (typeof min === "number" && typeof max === "number" && min >= max) {
        throw invalidArgument("The axis minimum must be less than its maximum.");
      }
      if (key === "minimum" && v <= 0 && t.axis.extra.scaleType === "Logarithmic") {
        throw invalidArgument("A logarithmic axis starts above zero.");
      }
      t.axis.extra[key] = v;
    },
  };
}

const chartAxisType = defineType<Excel.ChartAxis, AxisTarget>({
  type: "ChartAxis",
  isDeleted: (t) => !chartAlive(t),
  properties: {
    Type: { get: (t) => t.type },
    AxisGroup: { get: (t) => t.group },
    /** "Specifies the format code for the axis tick label." */
    NumberFormat: {
      get: (t) => t.axis.numberFormat,
      set: (t, v) => {
        t.axis.numberFormat = chartNumberFormat(v);
        t.axis.extra.linkNumberFormat = false;
      },
    },
    LinkNumberFormat: stored(axisExtra, "linkNumberFormat", bool("linkNumberFormat"), () => true),
    Minimum: scaleProperty("minimum"),
    Maximum: scaleProperty("maximum"),
    MajorUnit: scaleProperty("majorUnit"),
    MinorUnit: scaleProperty("minorUnit"),
    /** A series on the secondary group brings a secondary value axis; its category axis stays hidden. */
    Visible: stored(
      axisExtra,
      "visible",
      bool("visible"),
      (t) => !(t.type === "Category" && t.group === "Secondary")
    ),
    CategoryType: stored(
      axisExtra,
      "categoryType",
      (v, t) => {
        if (t.type !== "Category")
          throw invalidArgument("categoryType applies to a category axis.");
        return oneOf(CATEGORY_TYPES, v, "ChartAxisCategoryType value");
      },
      (t) => (t.type === "Category" ? "Automatic" : null)
    ),
    DisplayUnit: stored(
      axisExtra,
      "displayUnit",
      choice(DISPLAY_UNITS, "ChartAxisDisplayUnit value"),
      () => "None"
    ),
    MajorTickMark: stored(
      axisExtra,
      "majorTickMark",
      choice(TICK_MARKS, "ChartAxisTickMark value"),
      () => "Outside"
    ),
    MinorTickMark: stored(
      axisExtra,
      "minorTickMark",
      choice(TICK_MARKS, "ChartAxisTickMark value"),
      () => "None"
    ),
    TickLabelPosition: stored(
      axisExtra,
      "tickLabelPosition",
      choice(TICK_LABEL_POSITIONS, "ChartAxisTickLabelPosition value"),
      () => "NextToAxis"
    ),
    Position: stored(
      axisExtra,
      "position",
      choice(AXIS_POSITIONS, "ChartAxisPosition value"),
      () => "Automatic"
    ),
    ReversePlotOrder: stored(axisExtra, "reversePlotOrder", bool("reversePlotOrder"), () => false),
    ScaleType: stored(
      axisExtra,
      "scaleType",
      (v, t) => {
        if (t.type !== "Value") throw invalidArgument("scaleType applies to a value axis.");
        return oneOf(SCALE_TYPES, v, "ChartAxisScaleType value");
      },
      () => "Linear"
    ),
    /** Excel's Format Axis pane takes a logarithm base from 2 to 1000. */
    LogBase: stored(axisExtra, "logBase", range(2, 1000, "logarithm base"), () => 10),
    /** "The value should be an integer from 0 to 1000." */
    Offset: stored(axisExtra, "offset", range(0, 1000, "offset", true), () => 100),
    TextOrientation: stored(axisExtra, "textOrientation", checkOrientation, () => 0),
  },
  navigation: {
    Title: (t) => hostObject("ChartAxisTitle", t),
    Format: (t) =>
      nodeObject("ChartAxisFormat", childNode(t.axis.extra, "format"), () => chartAlive(t), {
        fontSize: 9,
      }),
    MajorGridlines: (t) =>
      nodeObject("ChartGridlines", childNode(t.axis.extra, "majorGridlines"), () => chartAlive(t), {
        // The default style draws horizontal gridlines: those of the primary value axis.
        visibleByDefault: t.type === "Value" && t.group === "Primary",
      }),
    MinorGridlines: (t) =>
      nodeObject("ChartGridlines", childNode(t.axis.extra, "minorGridlines"), () => chartAlive(t)),
  },
  methods: {
    /** "Sets all the category names for the specified axis." */
    SetCategoryNames: (t, a) => {
      if (t.type !== "Category") throw invalidArgument("Category names go on a category axis.");
      const r = rangeTarget(a, 0, "sourceData");
      const address = formatAddress(r.sheet.name, r.rect, true);
      for (const s of t.chart.series) if (s.axisGroup === t.group) s.xValuesAddress = address;
    },
    SetCustomDisplayUnit: (t, a) => {
      const value = a.raw(0);
      if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
        throw invalidArgument(`'${String(value)}' is not a valid display unit.`);
      }
      t.axis.extra.displayUnit = "Custom";
      t.axis.extra.customDisplayUnit = value;
    },
  },
});

/** Setting a title's text shows it, as typing a title in Excel does; an empty shown title reads "Axis Title". */
const chartAxisTitleType = defineType<Excel.ChartAxisTitle, AxisTarget>({
  type: "ChartAxisTitle",
  isDeleted: (t) => !chartAlive(t),
  properties: {
    Text: {
      get: (t) => (t.axis.title === "" && t.axis.titleVisible ? "Axis Title" : t.axis.title),
      set: (t, v) => {
        t.axis.title = text("axis title")(v);
        t.axis.titleVisible = true;
      },
    },
    Visible: {
      get: (t) => t.axis.titleVisible,
      set: (t, v) => void (t.axis.titleVisible = checkBoolean(v, "visible")),
    },
    TextOrientation: stored(
      (t) => childNode(t.axis.extra, "title"),
      "textOrientation",
      checkOrientation,
      (t) => (t.type === "Value" ? -90 : 0)
    ),
  },
  navigation: {
    Format: (t) =>
      nodeObject(
        "ChartAxisTitleFormat",
        childNode(t.axis.extra, "title", "format"),
        () => chartAlive(t),
        { fontSize: 10 }
      ),
  },
  methods: {
    SetFormula: (t, a) => {
      t.axis.title = titleFromFormula(t.sheet, a);
      t.axis.titleVisible = true;
    },
  },
});

/** A title formula is a reference to one cell ("=Sheet1!$A$1"); the title shows that cell. */
function titleFromFormula(sheet: SheetModel, a: Args): string {
  const formula = a.string(0, "formula");
  if (!formula.startsWith("=")) throw invalidArgument(`'${formula}' is not a formula.`);
  const parsed = parseAddress(formula.slice(1));
  const source = parsed.sheet === undefined ? sheet : sheet.workbook.findSheet(parsed.sheet);
  if (!source || rowCount(parsed.rect) > 1 || columnCount(parsed.rect) > 1) {
    throw invalidArgument(`'${formula}' does not refer to one cell.`);
  }
  const wb = sheet.workbook;
  const value = wb.valueAt(source, parsed.rect.top, parsed.rect.left);
  return displayText(value, wb.formatAt(source, parsed.rect.top, parsed.rect.left).numberFormat);
}

// ---- title, legend, data labels -----------------------------------------------------------------

const titleExtra = (t: ChartTarget): Node => childNode(t.chart.extra, "title");

const chartTitleType = defineType<Excel.ChartTitle, ChartTarget>({
  type: "ChartTitle",
  isDeleted: (t) => !chartAlive(t),
  properties: {
    Visible: {
      get: (t) => t.chart.title.visible,
      set: (t, v) => void (t.chart.title.visible = checkBoolean(v, "visible")),
    },
    Text: {
      get: (t) => t.chart.title.text,
      set: (t, v) => {
        t.chart.title.text = text("chart title")(v);
        t.chart.title.visible = true;
      },
    },
    Overlay: stored(titleExtra, "overlay", bool("overlay"), () => false),
    HorizontalAlignment: stored(
      titleExtra,
      "horizontalAlignment",
      choice(TEXT_H_ALIGN, "ChartTextHorizontalAlignment value"),
      () => "Center"
    ),
    VerticalAlignment: stored(
      titleExtra,
      "verticalAlignment",
      choice(TEXT_V_ALIGN, "ChartTextVerticalAlignment value"),
      () => "Center"
    ),
    Position: stored(
      titleExtra,
      "position",
      choice(TITLE_POSITIONS, "ChartTitlePosition value"),
      () => "Top"
    ),
    TextOrientation: stored(titleExtra, "textOrientation", checkOrientation, () => 0),
    ShowShadow: stored(titleExtra, "showShadow", bool("showShadow"), () => false),
  },
  navigation: {
    Format: (t) =>
      nodeObject(
        "ChartTitleFormat",
        childNode(t.chart.extra, "title", "format"),
        () => chartAlive(t),
        { fontSize: 14 }
      ),
  },
  methods: {
    /** "Sets a string value that represents the formula of chart title using A1-style notation." */
    SetFormula: (t, a) => {
      t.chart.title.text = titleFromFormula(t.sheet, a);
      t.chart.title.visible = true;
    },
  },
});

const legendExtra = (t: ChartTarget): Node => childNode(t.chart.extra, "legend");

const chartLegendType = defineType<Excel.ChartLegend, ChartTarget>({
  type: "ChartLegend",
  isDeleted: (t) => !chartAlive(t),
  properties: {
    Visible: {
      get: (t) => t.chart.legend.visible,
      set: (t, v) => void (t.chart.legend.visible = checkBoolean(v, "visible")),
    },
    Position: {
      get: (t) => t.chart.legend.position,
      set: (t, v) =>
        void (t.chart.legend.position = oneOf(LEGEND_POSITIONS, v, "ChartLegendPosition value")),
    },
    Overlay: stored(legendExtra, "overlay", bool("overlay"), () => false),
    ShowShadow: stored(legendExtra, "showShadow", bool("showShadow"), () => false),
  },
  navigation: {
    Format: (t) =>
      nodeObject(
        "ChartLegendFormat",
        childNode(t.chart.extra, "legend", "format"),
        () => chartAlive(t),
        { fontSize: 9 }
      ),
  },
});

const nodeOf = (t: NodeTarget): Node => t.node;

function checkLabelPosition(v: unknown, t: NodeTarget): string {
  const position = oneOf(LABEL_POSITIONS, v, "ChartDataLabelPosition value");
  for (const type of t.labelTypes?.() ?? []) {
    if (!labelPositions(type).includes(position)) {
      throw invalidArgument(`'${position}' is not a data label position of a ${type} chart.`);
    }
  }
  return position;
}

const chartDataLabelsType = defineType<Excel.ChartDataLabels, NodeTarget>({
  type: "ChartDataLabels",
  isDeleted: (t) => !t.alive(),
  properties: {
    /** "Value that represents the position of the data label"; each chart type offers its own. */
    Position: stored(
      nodeOf,
      "position",
      checkLabelPosition,
      (t) => labelPositions(t.labelTypes?.()[0] ?? "")[0] ?? null
    ),
    ShowValue: stored(nodeOf, "showValue", bool("showValue"), () => false),
    ShowSeriesName: stored(nodeOf, "showSeriesName", bool("showSeriesName"), () => false),
    ShowCategoryName: stored(nodeOf, "showCategoryName", bool("showCategoryName"), () => false),
    ShowLegendKey: stored(nodeOf, "showLegendKey", bool("showLegendKey"), () => false),
    ShowPercentage: stored(nodeOf, "showPercentage", bool("showPercentage"), () => false),
    ShowBubbleSize: stored(nodeOf, "showBubbleSize", bool("showBubbleSize"), () => false),
    ShowLeaderLines: stored(nodeOf, "showLeaderLines", bool("showLeaderLines"), () => false),
    Separator: stored(nodeOf, "separator", text("separator"), () => ", "),
    /** "Specifies the format code for data labels." */
    NumberFormat: {
      get: (t) => t.node.numberFormat ?? "General",
      set: (t, v) => {
        t.node.numberFormat = chartNumberFormat(v);
        t.node.linkNumberFormat = false;
      },
    },
    LinkNumberFormat: stored(nodeOf, "linkNumberFormat", bool("linkNumberFormat"), () => true),
    AutoText: stored(nodeOf, "autoText", bool("autoText"), () => true),
    TextOrientation: stored(nodeOf, "textOrientation", checkOrientation, () => 0),
    HorizontalAlignment: stored(
      nodeOf,
      "horizontalAlignment",
      choice(TEXT_H_ALIGN, "ChartTextHorizontalAlignment value"),
      () => "Center"
    ),
    VerticalAlignment: stored(
      nodeOf,
      "verticalAlignment",
      choice(TEXT_V_ALIGN, "ChartTextVerticalAlignment value"),
      () => "Center"
    ),
  },
  navigation: {
    Format: (t) =>
      nodeObject("ChartDataLabelFormat", childNode(t.node, "format"), t.alive, {
        fontSize: t.fontSize,
      }),
  },
});

// ---- formats: font, fill, line, border, and the format objects that hold them -------------------

const child =
  (type: string, name: string) =>
  (t: NodeTarget): HostObject =>
    nodeObject(type, childNode(t.node, name), t.alive, { fontSize: t.fontSize });

const chartFontType = defineType<Excel.ChartFont, NodeTarget>({
  type: "ChartFont",
  isDeleted: (t) => !t.alive(),
  properties: {
    Bold: stored(nodeOf, "bold", bool("bold"), () => false),
    /** "HTML color code representation of the text color (e.g., #FF0000 represents Red)." */
    Color: stored(nodeOf, "color", checkColor, () => "#595959"),
    Italic: stored(nodeOf, "italic", bool("italic"), () => false),
    Name: stored(
      nodeOf,
      "name",
      (v) => {
        if (typeof v !== "string" || v.trim() === "")
          throw invalidArgument("Font names are non-empty strings.");
        return v;
      },
      () => "Calibri"
    ),
    /** Excel's font sizes run from 1 to 409 points. */
    Size: stored(nodeOf, "size", range(1, 409, "font size"), (t) => t.fontSize ?? 10),
    Underline: stored(
      nodeOf,
      "underline",
      choice(UNDERLINES, "ChartUnderlineStyle value"),
      () => "None"
    ),
  },
});

const chartFillType = defineType<Excel.ChartFill, NodeTarget>({
  type: "ChartFill",
  isDeleted: (t) => !t.alive(),
  methods: {
    /** "#RRGGBB … or as a named HTML color (e.g., "orange")" (setSolidColor). */
    SetSolidColor: (t, a) => {
      t.node.solidColor = checkColor(a.raw(0));
    },
    Clear: (t) => {
      t.node.solidColor = "";
    },
  },
});

/** Line weights in Excel's Format pane run from 0 to 1584 points. */
const lineProperties = {
  Color: stored(nodeOf, "color", checkColor, () => null),
  LineStyle: stored(
    nodeOf,
    "lineStyle",
    choice(LINE_STYLES, "ChartLineStyle value"),
    () => "Automatic"
  ),
  Weight: stored(nodeOf, "weight", range(0, 1584, "line weight"), () => 0.75),
};

const clearLine = (t: NodeTarget): void => {
  for (const key of Object.keys(t.node)) delete t.node[key];
  t.node.lineStyle = "None";
};

const chartLineFormatType = defineType<Excel.ChartLineFormat, NodeTarget>({
  type: "ChartLineFormat",
  isDeleted: (t) => !t.alive(),
  properties: lineProperties,
  methods: { Clear: clearLine },
});

const chartBorderType = defineType<Excel.ChartBorder, NodeTarget>({
  type: "ChartBorder",
  isDeleted: (t) => !t.alive(),
  properties: lineProperties,
  methods: { Clear: clearLine },
});

const chartGridlinesType = defineType<Excel.ChartGridlines, NodeTarget>({
  type: "ChartGridlines",
  isDeleted: (t) => !t.alive(),
  properties: {
    Visible: stored(nodeOf, "visible", bool("visible"), (t) => t.visibleByDefault === true),
  },
  navigation: {
    Format: child("ChartGridlinesFormat", "format"),
  },
});

/** The format objects only lead to a font, fill, line or border, each kept under its own name. */
const formatType = <I>(
  type: string,
  navigation: Partial<Record<WireName<I>, string>>
): TypeHandler =>
  defineType<I, NodeTarget>({
    type,
    isDeleted: (t) => !t.alive(),
    navigation: Object.fromEntries(
      Object.entries(navigation).map(([wire, childType]) => [
        wire,
        child(String(childType), wire.toLowerCase()),
      ])
    ) as Partial<Record<WireName<I>, (t: NodeTarget) => HostObject>>,
  });

const textFormat = { Font: "ChartFont", Fill: "ChartFill", Border: "ChartBorder" };

export const CHART_TYPES: TypeHandler[] = [
  chartCollectionType,
  chartType,
  chartSeriesCollectionType,
  chartSeriesType,
  chartPointsCollectionType,
  chartPointType,
  chartAxesType,
  chartAxisType,
  chartAxisTitleType,
  chartTitleType,
  chartLegendType,
  chartDataLabelsType,
  chartFontType,
  chartFillType,
  chartLineFormatType,
  chartBorderType,
  chartGridlinesType,
  formatType<Excel.ChartAreaFormat>("ChartAreaFormat", textFormat),
  formatType<Excel.ChartTitleFormat>("ChartTitleFormat", textFormat),
  formatType<Excel.ChartAxisTitleFormat>("ChartAxisTitleFormat", textFormat),
  formatType<Excel.ChartLegendFormat>("ChartLegendFormat", textFormat),
  formatType<Excel.ChartDataLabelFormat>("ChartDataLabelFormat", textFormat),
  formatType<Excel.ChartAxisFormat>("ChartAxisFormat", {
    Font: "ChartFont",
    Fill: "ChartFill",
    Line: "ChartLineFormat",
  }),
  formatType<Excel.ChartSeriesFormat>("ChartSeriesFormat", {
    Fill: "ChartFill",
    Line: "ChartLineFormat",
  }),
  formatType<Excel.ChartPointFormat>("ChartPointFormat", {
    Fill: "ChartFill",
    Border: "ChartBorder",
  }),
  formatType<Excel.ChartGridlinesFormat>("ChartGridlinesFormat", { Line: "ChartLineFormat" }),
];
