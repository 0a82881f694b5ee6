// Charts: sheet.charts.add(type, sourceRange, seriesBy) records the type, the source ADDRESS and
// the series Excel would derive from it (one per column or row, names from the header cells,
// categories from the first column/row), then titles, legend, axes and series edits.
import type { Rect } from "./address";
import { columnCount, formatAddress, rowCount } from "./address";
import type { ClientResult } from "./batch";
import { ClientObject, CollectionObject, defineProperties } from "./batch";
import { ChartAxisGroup, ChartLegendPosition, ChartSeriesBy, ChartType } from "./enums";
import { invalidArgument, itemNotFound, StandInError } from "./errors";
import type { ChartAxisModel, ChartModel, ChartSeriesModel, SheetModel } from "./model";
import type { OfficeNames } from "./officeNames";
import type { RangeTarget } from "./range";
import { RangeProxy } from "./range";

function checkChartType(type: unknown): string {
  if (
    typeof type !== "string" ||
    type === "Invalid" ||
    !Object.values(ChartType).includes(type as never)
  ) {
    throw invalidArgument(`'${String(type)}' is not a chart type.`);
  }
  return type;
}

function sourceTarget(source: unknown): RangeTarget {
  if (!(source instanceof RangeProxy)) {
    throw invalidArgument("The chart's source data must be a Range object.");
  }
  const t = source._resolve();
  if (t === null) throw invalidArgument("The chart's source data is a null object.");
  return t;
}

/** The series Excel derives from a source range. */
function deriveSeries(t: RangeTarget, seriesBy: string): ChartSeriesModel[] {
  const wb = t.sheet.workbook;
  const { rect, sheet } = t;
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

const axis = (): ChartAxisModel => ({
  title: "",
  titleVisible: false,
  numberFormat: "General",
  extra: {},
});

export function createChart(
  sheet: SheetModel,
  type: unknown,
  source: unknown,
  seriesBy: unknown
): ChartModel {
  const chartType = checkChartType(type);
  const by = seriesBy ?? "Auto";
  if (typeof by !== "string" || !Object.values(ChartSeriesBy).includes(by as never)) {
    throw invalidArgument(`${JSON.stringify(by)} is not a ChartSeriesBy value.`);
  }
  const t = sourceTarget(source);
  const series = deriveSeries(t, by);
  if (series.length === 0)
    throw new StandInError("InvalidArgument", "The source range has no data for a series.");
  const chart: ChartModel = {
    id: sheet.workbook.newId("chart"),
    name: `Chart ${sheet.charts.length + 1}`,
    chartType,
    sourceAddress: formatAddress(t.sheet.name, t.rect),
    seriesBy: by,
    title: { text: "", visible: false },
    legend: { visible: true, position: "Right" },
    axes: { category: axis(), value: axis() },
    series,
    top: 0,
    left: 0,
    width: 360,
    height: 216,
    deleted: false,
  };
  sheet.charts.push(chart);
  return chart;
}

const text = (v: unknown): string => {
  if (typeof v !== "string") throw invalidArgument("Expected text.");
  return v;
};

const points = (v: unknown): number => {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
    throw invalidArgument("Expected a non-negative size.");
  return v;
};

class ChartTitleProxy extends ClientObject<ChartModel["title"]> {
  readonly _typeName = "ChartTitle";
}

defineProperties<Excel.ChartTitle, ChartModel["title"]>(ChartTitleProxy, {
  text: {
    read: (t) => t.text,
    write: (t, v) => {
      t.text = text(v);
      t.visible = true;
    },
  },
  visible: {
    read: (t) => t.visible,
    write: (t, v) => {
      t.visible = v === true;
    },
  },
});

class ChartLegendProxy extends ClientObject<ChartModel["legend"]> {
  readonly _typeName = "ChartLegend";
}

defineProperties<Excel.ChartLegend, ChartModel["legend"]>(ChartLegendProxy, {
  visible: {
    read: (l) => l.visible,
    write: (l, v) => {
      l.visible = v === true;
    },
  },
  position: {
    read: (l) => l.position,
    write: (l, v) => {
      if (typeof v !== "string" || !Object.values(ChartLegendPosition).includes(v as never)) {
        throw invalidArgument(`'${String(v)}' is not a legend position.`);
      }
      l.position = v;
    },
  },
});

class ChartAxisTitleProxy extends ClientObject<ChartAxisModel> {
  readonly _typeName = "ChartAxisTitle";
}

defineProperties<Excel.ChartAxisTitle, ChartAxisModel>(ChartAxisTitleProxy, {
  text: {
    read: (a) => a.title,
    write: (a, v) => {
      a.title = text(v);
      a.titleVisible = true;
    },
  },
  visible: {
    read: (a) => a.titleVisible,
    write: (a, v) => {
      a.titleVisible = v === true;
    },
  },
});

class ChartAxisProxy
  extends ClientObject<ChartAxisModel>
  implements OfficeNames<Excel.ChartAxis, "title">
{
  readonly _typeName = "ChartAxis";

  get title(): ChartAxisTitleProxy {
    return this._child(
      "title",
      () => new ChartAxisTitleProxy(this.context, this, "title", [], (p) => p as ChartAxisModel)
    );
  }
}

const axisExtra = (name: "minimum" | "maximum" | "majorUnit" | "visible") => ({
  read: (a: ChartAxisModel) => a.extra[name] ?? null,
  write: (a: ChartAxisModel, v: unknown) => {
    a.extra[name] = v;
  },
});

defineProperties<Excel.ChartAxis, ChartAxisModel>(ChartAxisProxy, {
  numberFormat: {
    read: (a) => a.numberFormat,
    write: (a, v) => {
      a.numberFormat = text(v);
    },
  },
  minimum: axisExtra("minimum"),
  maximum: axisExtra("maximum"),
  majorUnit: axisExtra("majorUnit"),
  visible: axisExtra("visible"),
});

class ChartAxesProxy
  extends ClientObject<ChartModel["axes"]>
  implements OfficeNames<Excel.ChartAxes, "categoryAxis" | "valueAxis">
{
  readonly _typeName = "ChartAxes";

  get categoryAxis(): ChartAxisProxy {
    return this._child(
      "categoryAxis",
      () =>
        new ChartAxisProxy(
          this.context,
          this,
          "categoryAxis",
          [],
          (p) => (p as ChartModel["axes"]).category
        )
    );
  }

  get valueAxis(): ChartAxisProxy {
    return this._child(
      "valueAxis",
      () =>
        new ChartAxisProxy(
          this.context,
          this,
          "valueAxis",
          [],
          (p) => (p as ChartModel["axes"]).value
        )
    );
  }
}

interface SeriesTarget {
  chart: ChartModel;
  series: ChartSeriesModel;
}

function seriesRange(arg: unknown): string {
  const t = sourceTarget(arg);
  return formatAddress(t.sheet.name, t.rect, true);
}

class ChartSeriesProxy
  extends ClientObject<SeriesTarget>
  implements OfficeNames<Excel.ChartSeries, "setValues" | "setXAxisValues" | "delete">
{
  readonly _typeName = "ChartSeries";

  setValues(sourceData: unknown): void {
    this._enqueue("Method", "setValues", [sourceData], ({ series }) => {
      series.valuesAddress = seriesRange(sourceData);
    });
  }

  setXAxisValues(sourceData: unknown): void {
    this._enqueue("Method", "setXAxisValues", [sourceData], ({ series }) => {
      series.xValuesAddress = seriesRange(sourceData);
    });
  }

  delete(): void {
    this._enqueue("Method", "delete", [], ({ chart, series }) => {
      chart.series.splice(chart.series.indexOf(series), 1);
    });
  }
}

const seriesExtra = (name: "hasDataLabels" | "markerStyle" | "smooth" | "gapWidth") => ({
  read: (s: SeriesTarget) => s.series.extra[name] ?? null,
  write: (s: SeriesTarget, v: unknown) => {
    s.series.extra[name] = v;
  },
});

defineProperties<Excel.ChartSeries, SeriesTarget>(ChartSeriesProxy, {
  name: {
    read: (s) => s.series.name,
    write: (s, v) => {
      s.series.name = text(v);
    },
  },
  chartType: {
    read: (s) => s.series.chartType ?? s.chart.chartType,
    write: (s, v) => {
      s.series.chartType = checkChartType(v);
    },
  },
  axisGroup: {
    read: (s) => s.series.axisGroup,
    write: (s, v) => {
      if (typeof v !== "string" || !Object.values(ChartAxisGroup).includes(v as never)) {
        throw invalidArgument(`'${String(v)}' is not an axis group.`);
      }
      s.series.axisGroup = v;
    },
  },
  hasDataLabels: seriesExtra("hasDataLabels"),
  markerStyle: seriesExtra("markerStyle"),
  smooth: seriesExtra("smooth"),
  gapWidth: seriesExtra("gapWidth"),
});

class ChartSeriesCollectionProxy
  extends CollectionObject<ChartModel, ChartSeriesProxy>
  implements OfficeNames<Excel.ChartSeriesCollection, "add" | "getItemAt" | "getCount">
{
  readonly _typeName = "ChartSeriesCollection";

  protected _itemTargets(chart: ChartModel): unknown[] {
    return chart.series.map((series): SeriesTarget => ({ chart, series }));
  }

  protected _itemProxy(target: unknown, index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(
      this.context,
      this,
      "getItemAt",
      [index],
      () => target as SeriesTarget
    );
  }

  add(name?: string, index?: number): ChartSeriesProxy {
    const result = new ChartSeriesProxy(this.context, this, "add", [name, index], () => {
      throw new StandInError("InvalidObjectPath", "The series has not been created yet.");
    });
    return this._enqueueCreate("add", [name, index], result, (chart): SeriesTarget => {
      const series: ChartSeriesModel = {
        name: name ?? `Series${chart.series.length + 1}`,
        axisGroup: "Primary",
        extra: {},
      };
      chart.series.splice(index ?? chart.series.length, 0, series);
      return { chart, series };
    });
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, this, "getItemAt", [index], (p) => {
      const chart = p as ChartModel;
      const series = chart.series[index];
      if (!series) throw itemNotFound(`series #${index}`);
      return { chart, series };
    });
  }

  getCount(): ClientResult<number> {
    return this._enqueueResult("getCount", [], (chart) => chart.series.length);
  }
}

defineProperties<Excel.ChartSeriesCollection, ChartModel>(ChartSeriesCollectionProxy, {
  count: { read: (c) => c.series.length },
});

function cellAddress(arg: unknown, sheet: SheetModel): string {
  if (arg instanceof RangeProxy) {
    const t = arg._resolve();
    if (t === null) throw invalidArgument("The position is a null object.");
    return formatAddress(t.sheet.name, t.rect);
  }
  if (typeof arg === "string") return formatAddress(sheet.name, parseCell(arg));
  throw invalidArgument("Chart positions are Ranges or addresses.");
}

function parseCell(address: string): Rect {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(address.replace(/^.*!/, ""));
  if (!m) throw invalidArgument(`'${address}' is not a cell address.`);
  let col = 0;
  for (const ch of (m[1] ?? "").toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]) - 1;
  return { top: row, bottom: row, left: col - 1, right: col - 1 };
}

const chartSheets = new WeakMap<ChartModel, SheetModel>();

export class ChartProxy
  extends ClientObject<ChartModel>
  implements
    OfficeNames<
      Excel.Chart,
      "title" | "legend" | "axes" | "series" | "setPosition" | "delete" | "activate"
    >
{
  readonly _typeName = "Chart";

  constructor(...args: ConstructorParameters<typeof ClientObject<ChartModel>>) {
    const [context, parent, name, pathArgs, resolver, options] = args;
    super(context, parent, name, pathArgs, resolver, { ...options, bindOnResolve: true });
  }

  get title(): ChartTitleProxy {
    return this._child(
      "title",
      () => new ChartTitleProxy(this.context, this, "title", [], (p) => (p as ChartModel).title)
    );
  }

  get legend(): ChartLegendProxy {
    return this._child(
      "legend",
      () => new ChartLegendProxy(this.context, this, "legend", [], (p) => (p as ChartModel).legend)
    );
  }

  get axes(): ChartAxesProxy {
    return this._child(
      "axes",
      () => new ChartAxesProxy(this.context, this, "axes", [], (p) => (p as ChartModel).axes)
    );
  }

  get series(): ChartSeriesCollectionProxy {
    return this._child(
      "series",
      () => new ChartSeriesCollectionProxy(this.context, this, "series", [], (p) => p as ChartModel)
    );
  }

  setPosition(startCell: unknown, endCell?: unknown): void {
    this._enqueue("Method", "setPosition", [startCell, endCell], (chart) => {
      const sheet = chartSheets.get(chart);
      if (!sheet) throw new StandInError("GeneralException", "Orphan chart.");
      chart.position = {
        start: cellAddress(startCell, sheet),
        end: endCell === undefined ? undefined : cellAddress(endCell, sheet),
      };
    });
  }

  delete(): void {
    this._enqueue("Method", "delete", [], (chart) => {
      chart.deleted = true;
      const sheet = chartSheets.get(chart);
      if (sheet) sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }

  activate(): void {
    this._enqueue("Method", "activate", [], () => undefined);
  }
}

defineProperties<Excel.Chart, ChartModel>(ChartProxy, {
  id: { read: (c) => c.id },
  name: {
    read: (c) => c.name,
    write: (c, v) => {
      c.name = text(v);
    },
  },
  chartType: {
    read: (c) => c.chartType,
    write: (c, v) => {
      c.chartType = checkChartType(v);
    },
  },
  top: { read: (c) => c.top, write: (c, v) => void (c.top = points(v)) },
  left: { read: (c) => c.left, write: (c, v) => void (c.left = points(v)) },
  width: { read: (c) => c.width, write: (c, v) => void (c.width = points(v)) },
  height: { read: (c) => c.height, write: (c, v) => void (c.height = points(v)) },
});

export class ChartCollectionProxy
  extends CollectionObject<SheetModel, ChartProxy>
  implements
    OfficeNames<
      Excel.ChartCollection,
      "add" | "getItem" | "getItemOrNullObject" | "getItemAt" | "getCount"
    >
{
  readonly _typeName = "ChartCollection";

  protected _itemTargets(sheet: SheetModel): unknown[] {
    return sheet.charts;
  }

  protected _itemProxy(target: unknown, index: number): ChartProxy {
    return new ChartProxy(this.context, this, "getItemAt", [index], () => target as ChartModel);
  }

  add(type: string, sourceData: unknown, seriesBy?: string): ChartProxy {
    const result = new ChartProxy(this.context, this, "add", [type, sourceData, seriesBy], () => {
      throw new StandInError("InvalidObjectPath", "The chart has not been created yet.");
    });
    return this._enqueueCreate("add", [type, sourceData, seriesBy], result, (sheet) => {
      const chart = createChart(sheet, type, sourceData, seriesBy);
      chartSheets.set(chart, sheet);
      return chart;
    });
  }

  private lookup(name: string, orNull: boolean): ChartProxy {
    return new ChartProxy(
      this.context,
      this,
      orNull ? "getItemOrNullObject" : "getItem",
      [name],
      (p) => {
        const chart = (p as SheetModel).charts.find((c) => c.name === name || c.id === name);
        if (chart) return chart;
        if (orNull) return null;
        throw itemNotFound(`chart '${name}'`);
      },
      { orNull }
    );
  }

  getItem(name: string): ChartProxy {
    return this.lookup(name, false);
  }

  getItemOrNullObject(name: string): ChartProxy {
    return this.lookup(name, true);
  }

  getItemAt(index: number): ChartProxy {
    return new ChartProxy(this.context, this, "getItemAt", [index], (p) => {
      const chart = (p as SheetModel).charts[index];
      if (!chart) throw itemNotFound(`chart #${index}`);
      return chart;
    });
  }

  getCount(): ClientResult<number> {
    return this._enqueueResult("getCount", [], (sheet) => sheet.charts.length);
  }
}
