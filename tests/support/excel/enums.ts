// Runtime copies of the string-valued Excel enums production code may use as values
// (`Excel.ChartType.line`). Office.js defines them at runtime; @types/office-js only declares them,
// so the stand-in supplies the values. Each object is checked against the declared enum at compile
// time: a missing, extra or misspelt member is a type error.
type OfficeEnum<E> = { readonly [K in keyof E]: `${E[K] & string}` };

export const ChartType = {
  invalid: "Invalid",
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  columnStacked100: "ColumnStacked100",
  _3DColumnClustered: "3DColumnClustered",
  _3DColumnStacked: "3DColumnStacked",
  _3DColumnStacked100: "3DColumnStacked100",
  barClustered: "BarClustered",
  barStacked: "BarStacked",
  barStacked100: "BarStacked100",
  _3DBarClustered: "3DBarClustered",
  _3DBarStacked: "3DBarStacked",
  _3DBarStacked100: "3DBarStacked100",
  lineStacked: "LineStacked",
  lineStacked100: "LineStacked100",
  lineMarkers: "LineMarkers",
  lineMarkersStacked: "LineMarkersStacked",
  lineMarkersStacked100: "LineMarkersStacked100",
  pieOfPie: "PieOfPie",
  pieExploded: "PieExploded",
  _3DPieExploded: "3DPieExploded",
  barOfPie: "BarOfPie",
  xyscatterSmooth: "XYScatterSmooth",
  xyscatterSmoothNoMarkers: "XYScatterSmoothNoMarkers",
  xyscatterLines: "XYScatterLines",
  xyscatterLinesNoMarkers: "XYScatterLinesNoMarkers",
  areaStacked: "AreaStacked",
  areaStacked100: "AreaStacked100",
  _3DAreaStacked: "3DAreaStacked",
  _3DAreaStacked100: "3DAreaStacked100",
  doughnutExploded: "DoughnutExploded",
  radarMarkers: "RadarMarkers",
  radarFilled: "RadarFilled",
  surface: "Surface",
  surfaceWireframe: "SurfaceWireframe",
  surfaceTopView: "SurfaceTopView",
  surfaceTopViewWireframe: "SurfaceTopViewWireframe",
  bubble: "Bubble",
  bubble3DEffect: "Bubble3DEffect",
  stockHLC: "StockHLC",
  stockOHLC: "StockOHLC",
  stockVHLC: "StockVHLC",
  stockVOHLC: "StockVOHLC",
  cylinderColClustered: "CylinderColClustered",
  cylinderColStacked: "CylinderColStacked",
  cylinderColStacked100: "CylinderColStacked100",
  cylinderBarClustered: "CylinderBarClustered",
  cylinderBarStacked: "CylinderBarStacked",
  cylinderBarStacked100: "CylinderBarStacked100",
  cylinderCol: "CylinderCol",
  coneColClustered: "ConeColClustered",
  coneColStacked: "ConeColStacked",
  coneColStacked100: "ConeColStacked100",
  coneBarClustered: "ConeBarClustered",
  coneBarStacked: "ConeBarStacked",
  coneBarStacked100: "ConeBarStacked100",
  coneCol: "ConeCol",
  pyramidColClustered: "PyramidColClustered",
  pyramidColStacked: "PyramidColStacked",
  pyramidColStacked100: "PyramidColStacked100",
  pyramidBarClustered: "PyramidBarClustered",
  pyramidBarStacked: "PyramidBarStacked",
  pyramidBarStacked100: "PyramidBarStacked100",
  pyramidCol: "PyramidCol",
  _3DColumn: "3DColumn",
  line: "Line",
  _3DLine: "3DLine",
  _3DPie: "3DPie",
  pie: "Pie",
  xyscatter: "XYScatter",
  _3DArea: "3DArea",
  area: "Area",
  doughnut: "Doughnut",
  radar: "Radar",
  histogram: "Histogram",
  boxwhisker: "Boxwhisker",
  pareto: "Pareto",
  regionMap: "RegionMap",
  treemap: "Treemap",
  waterfall: "Waterfall",
  sunburst: "Sunburst",
  funnel: "Funnel",
} as const satisfies OfficeEnum<typeof Excel.ChartType>;

export const ChartSeriesBy = {
  auto: "Auto",
  columns: "Columns",
  rows: "Rows",
} as const satisfies OfficeEnum<typeof Excel.ChartSeriesBy>;

export const ChartLegendPosition = {
  invalid: "Invalid",
  top: "Top",
  bottom: "Bottom",
  left: "Left",
  right: "Right",
  corner: "Corner",
  custom: "Custom",
} as const satisfies OfficeEnum<typeof Excel.ChartLegendPosition>;

export const ChartAxisGroup = {
  primary: "Primary",
  secondary: "Secondary",
} as const satisfies OfficeEnum<typeof Excel.ChartAxisGroup>;

export const ChartAxisType = {
  invalid: "Invalid",
  category: "Category",
  value: "Value",
  series: "Series",
} as const satisfies OfficeEnum<typeof Excel.ChartAxisType>;

export const ChartAxisCategoryType = {
  automatic: "Automatic",
  textAxis: "TextAxis",
  dateAxis: "DateAxis",
} as const satisfies OfficeEnum<typeof Excel.ChartAxisCategoryType>;

export const ChartDataLabelPosition = {
  invalid: "Invalid",
  none: "None",
  center: "Center",
  insideEnd: "InsideEnd",
  insideBase: "InsideBase",
  outsideEnd: "OutsideEnd",
  left: "Left",
  right: "Right",
  top: "Top",
  bottom: "Bottom",
  bestFit: "BestFit",
  callout: "Callout",
} as const satisfies OfficeEnum<typeof Excel.ChartDataLabelPosition>;

export const ConditionalFormatType = {
  custom: "Custom",
  dataBar: "DataBar",
  colorScale: "ColorScale",
  iconSet: "IconSet",
  topBottom: "TopBottom",
  presetCriteria: "PresetCriteria",
  containsText: "ContainsText",
  cellValue: "CellValue",
} as const satisfies OfficeEnum<typeof Excel.ConditionalFormatType>;

export const ConditionalCellValueOperator = {
  invalid: "Invalid",
  between: "Between",
  notBetween: "NotBetween",
  equalTo: "EqualTo",
  notEqualTo: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
} as const satisfies OfficeEnum<typeof Excel.ConditionalCellValueOperator>;

export const ConditionalDataBarDirection = {
  context: "Context",
  leftToRight: "LeftToRight",
  rightToLeft: "RightToLeft",
} as const satisfies OfficeEnum<typeof Excel.ConditionalDataBarDirection>;

export const ConditionalDataBarAxisFormat = {
  automatic: "Automatic",
  none: "None",
  cellMidPoint: "CellMidPoint",
} as const satisfies OfficeEnum<typeof Excel.ConditionalDataBarAxisFormat>;

export const ConditionalFormatRuleType = {
  invalid: "Invalid",
  automatic: "Automatic",
  lowestValue: "LowestValue",
  highestValue: "HighestValue",
  number: "Number",
  percent: "Percent",
  formula: "Formula",
  percentile: "Percentile",
} as const satisfies OfficeEnum<typeof Excel.ConditionalFormatRuleType>;

export const ConditionalFormatColorCriterionType = {
  invalid: "Invalid",
  lowestValue: "LowestValue",
  highestValue: "HighestValue",
  number: "Number",
  percent: "Percent",
  formula: "Formula",
  percentile: "Percentile",
} as const satisfies OfficeEnum<typeof Excel.ConditionalFormatColorCriterionType>;

export const ConditionalFormatIconRuleType = {
  invalid: "Invalid",
  number: "Number",
  percent: "Percent",
  formula: "Formula",
  percentile: "Percentile",
} as const satisfies OfficeEnum<typeof Excel.ConditionalFormatIconRuleType>;

export const ConditionalIconCriterionOperator = {
  invalid: "Invalid",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
} as const satisfies OfficeEnum<typeof Excel.ConditionalIconCriterionOperator>;

export const IconSet = {
  invalid: "Invalid",
  threeArrows: "ThreeArrows",
  threeArrowsGray: "ThreeArrowsGray",
  threeFlags: "ThreeFlags",
  threeTrafficLights1: "ThreeTrafficLights1",
  threeTrafficLights2: "ThreeTrafficLights2",
  threeSigns: "ThreeSigns",
  threeSymbols: "ThreeSymbols",
  threeSymbols2: "ThreeSymbols2",
  fourArrows: "FourArrows",
  fourArrowsGray: "FourArrowsGray",
  fourRedToBlack: "FourRedToBlack",
  fourRating: "FourRating",
  fourTrafficLights: "FourTrafficLights",
  fiveArrows: "FiveArrows",
  fiveArrowsGray: "FiveArrowsGray",
  fiveRating: "FiveRating",
  fiveQuarters: "FiveQuarters",
  threeStars: "ThreeStars",
  threeTriangles: "ThreeTriangles",
  fiveBoxes: "FiveBoxes",
} as const satisfies OfficeEnum<typeof Excel.IconSet>;

export const DataValidationType = {
  none: "None",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
  inconsistent: "Inconsistent",
  mixedCriteria: "MixedCriteria",
} as const satisfies OfficeEnum<typeof Excel.DataValidationType>;

export const DataValidationOperator = {
  between: "Between",
  notBetween: "NotBetween",
  equalTo: "EqualTo",
  notEqualTo: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqualTo: "GreaterThanOrEqualTo",
  lessThanOrEqualTo: "LessThanOrEqualTo",
} as const satisfies OfficeEnum<typeof Excel.DataValidationOperator>;

export const DataValidationAlertStyle = {
  stop: "Stop",
  warning: "Warning",
  information: "Information",
} as const satisfies OfficeEnum<typeof Excel.DataValidationAlertStyle>;

export const HorizontalAlignment = {
  general: "General",
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerAcrossSelection: "CenterAcrossSelection",
  distributed: "Distributed",
} as const satisfies OfficeEnum<typeof Excel.HorizontalAlignment>;

export const VerticalAlignment = {
  top: "Top",
  center: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
} as const satisfies OfficeEnum<typeof Excel.VerticalAlignment>;

export const SheetVisibility = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
} as const satisfies OfficeEnum<typeof Excel.SheetVisibility>;

export const ClearApplyTo = {
  all: "All",
  formats: "Formats",
  contents: "Contents",
  hyperlinks: "Hyperlinks",
  removeHyperlinks: "RemoveHyperlinks",
  resetContents: "ResetContents",
} as const satisfies OfficeEnum<typeof Excel.ClearApplyTo>;

export const InsertShiftDirection = {
  down: "Down",
  right: "Right",
} as const satisfies OfficeEnum<typeof Excel.InsertShiftDirection>;

export const DeleteShiftDirection = {
  up: "Up",
  left: "Left",
} as const satisfies OfficeEnum<typeof Excel.DeleteShiftDirection>;

export const RangeValueType = {
  unknown: "Unknown",
  empty: "Empty",
  string: "String",
  integer: "Integer",
  double: "Double",
  boolean: "Boolean",
  error: "Error",
  richValue: "RichValue",
} as const satisfies OfficeEnum<typeof Excel.RangeValueType>;

export const NamedItemType = {
  string: "String",
  integer: "Integer",
  double: "Double",
  boolean: "Boolean",
  range: "Range",
  error: "Error",
  array: "Array",
} as const satisfies OfficeEnum<typeof Excel.NamedItemType>;

export const NamedItemScope = {
  worksheet: "Worksheet",
  workbook: "Workbook",
} as const satisfies OfficeEnum<typeof Excel.NamedItemScope>;

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  dirtySupportingFormula: "DirtySupportingFormula",
  emptyChartSeries: "EmptyChartSeries",
  filteredRangeConflict: "FilteredRangeConflict",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  generalException: "GeneralException",
  inactiveWorkbook: "InactiveWorkbook",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  notImplemented: "NotImplemented",
  openWorkbookLinksBlocked: "OpenWorkbookLinksBlocked",
  operationCellsExceedLimit: "OperationCellsExceedLimit",
  pivotTableRangeConflict: "PivotTableRangeConflict",
  powerQueryRefreshResourceChallenge: "PowerQueryRefreshResourceChallenge",
  rangeExceedsLimit: "RangeExceedsLimit",
  rangeImageExceedsLimit: "RangeImageExceedsLimit",
  refreshWorkbookLinksBlocked: "RefreshWorkbookLinksBlocked",
  requestAborted: "RequestAborted",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedFeature: "UnsupportedFeature",
  unsupportedFillType: "UnsupportedFillType",
  unsupportedOperation: "UnsupportedOperation",
  unsupportedSheet: "UnsupportedSheet",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
} as const satisfies OfficeEnum<typeof Excel.ErrorCodes>;
