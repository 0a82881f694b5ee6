// Conditional formats (range.conditionalFormats): Excel.ConditionalFormatCollection,
// ConditionalFormat, the per-type objects (cellValue, colorScale, dataBar, iconSet, topBottom,
// custom, preset, textComparison) and the format they apply (ConditionalRangeFormat, font, fill).
// Each conditional format is kept on its sheet with its range, type, priority and the settings
// production code assigned, nested as assigned ({ cellValue: { rule, format: { font: { color } } } }),
// for tests to read through the inspector. Values are checked when the request runs, as Excel
// checks them; the sources are the comments of these classes in @types/office-js.
import type { Rect } from "../../address";
import { formatAddress, intersect } from "../../address";
import { invalidArgument, itemNotFound, StandInError } from "../../errors";
import { checkFormula } from "../../formulas";
import { toR1C1, fromR1C1 } from "../../formulaSyntax";
import type { ConditionalFormatModel, SheetModel } from "../../model";
import { checkNumberFormat } from "../../numberFormat";
import { checkFormattable } from "../../protectionModel";
import { checkBoolean, checkColor, oneOf } from "../checks";
import type { HostObject, Property, TypeHandler } from "../typeHandler";
import { defineType, hostObject } from "../typeHandler";
import type { RangeTarget } from "./range";
import { rangeObject } from "./range";
import type { RangeAreasTarget } from "./pageLayout";
import { subtractRect } from "./dataValidation";

/** A conditional format and the sheet it lives on. */
interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

type Settings = Record<string, unknown>;

// ---- enums (Excel.ConditionalFormatType and the rule enums, without their "Invalid" sentinel) ----

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];
const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];
const TEXT_OPERATORS = ["Contains", "NotContains", "BeginsWith", "EndsWith"];
const TOP_BOTTOM_TYPES = ["TopItems", "TopPercent", "BottomItems", "BottomPercent"];
const PRESET_CRITERIA = [
  "Blanks",
  "NonBlanks",
  "Errors",
  "NonErrors",
  "Yesterday",
  "Today",
  "Tomorrow",
  "LastSevenDays",
  "LastWeek",
  "ThisWeek",
  "NextWeek",
  "LastMonth",
  "ThisMonth",
  "NextMonth",
  "AboveAverage",
  "BelowAverage",
  "EqualOrAboveAverage",
  "EqualOrBelowAverage",
  "OneStdDevAboveAverage",
  "OneStdDevBelowAverage",
  "TwoStdDevAboveAverage",
  "TwoStdDevBelowAverage",
  "ThreeStdDevAboveAverage",
  "ThreeStdDevBelowAverage",
  "UniqueValues",
  "DuplicateValues",
];
/** Excel.IconSet, by number of icons. */
const ICON_SETS: Record<string, number> = {
  ThreeArrows: 3,
  ThreeArrowsGray: 3,
  ThreeFlags: 3,
  ThreeTrafficLights1: 3,
  ThreeTrafficLights2: 3,
  ThreeSigns: 3,
  ThreeSymbols: 3,
  ThreeSymbols2: 3,
  ThreeStars: 3,
  ThreeTriangles: 3,
  FourArrows: 4,
  FourArrowsGray: 4,
  FourRedToBlack: 4,
  FourRating: 4,
  FourTrafficLights: 4,
  FiveArrows: 5,
  FiveArrowsGray: 5,
  FiveRating: 5,
  FiveQuarters: 5,
  FiveBoxes: 5,
};
const ICON_RULE_TYPES = ["Number", "Percent", "Formula", "Percentile"];
const ICON_OPERATORS = ["GreaterThan", "GreaterThanOrEqual"];
const COLOR_CRITERION_TYPES = [
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
];
const DATA_BAR_RULE_TYPES = [
  "Automatic",
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
];
const AXIS_FORMATS = ["Automatic", "None", "CellMidPoint"];
const BAR_DIRECTIONS = ["Context", "LeftToRight", "RightToLeft"];
const FONT_UNDERLINES = ["None", "Single", "Double"];

/** Which per-type object belongs to which ConditionalFormatType. */
const KIND_OF_TYPE: Record<string, string> = {
  CellValue: "cellValue",
  ColorScale: "colorScale",
  Custom: "custom",
  DataBar: "dataBar",
  IconSet: "iconSet",
  PresetCriteria: "preset",
  ContainsText: "textComparison",
  TopBottom: "topBottom",
};
/** Types that have no StopIfTrue ("Value is null on data bars, icon sets, and color scales"). */
const NO_STOP_IF_TRUE = new Set(["DataBar", "IconSet", "ColorScale"]);

// ---- value checks ------------------------------------------------------------------------------

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalidArgument(`${what} must be an object.`);
  }
  return value as Record<string, unknown>;
}

const given = (v: unknown): boolean => v !== undefined && v !== null;

/**
 * A rule formula: "=…" is parsed as Excel parses it (a syntax error is refused), a number is
 * taken as its text, other text is kept as written.
 */
function ruleFormula(t: CfTarget, value: unknown, what: string): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string" || value.trim() === "") {
    throw invalidArgument(`${what} is required.`);
  }
  if (!value.startsWith("=")) return value;
  return checkFormula(t.sheet.workbook, value, {
    sheet: t.sheet,
    row: t.cf.rect.top,
    col: t.cf.rect.left,
  });
}

function checkCellValueRule(t: CfTarget, value: unknown): Settings {
  const rule = record(value, "A cell value rule");
  const operator = oneOf(CELL_VALUE_OPERATORS, rule.operator, "conditional cell value operator");
  const out: Settings = { formula1: ruleFormula(t, rule.formula1, "formula1"), operator };
  if (operator === "Between" || operator === "NotBetween") {
    out.formula2 = ruleFormula(t, rule.formula2, `formula2 (${operator} needs two bounds)`);
  } else if (given(rule.formula2)) {
    out.formula2 = ruleFormula(t, rule.formula2, "formula2");
  }
  return out;
}

function checkTextRule(value: unknown): Settings {
  const rule = record(value, "A text comparison rule");
  const operator = oneOf(TEXT_OPERATORS, rule.operator, "conditional text operator");
  if (typeof rule.text !== "string" || rule.text === "") {
    throw invalidArgument("A text comparison rule needs the text to compare with.");
  }
  return { operator, text: rule.text };
}

/** "The rank between 1 and 1000 for numeric ranks or 1 and 100 for percent ranks." */
function checkTopBottomRule(value: unknown): Settings {
  const rule = record(value, "A top/bottom rule");
  const type = oneOf(TOP_BOTTOM_TYPES, rule.type, "top/bottom criterion type");
  const max = type.endsWith("Percent") ? 100 : 1000;
  const rank = rule.rank;
  if (typeof rank !== "number" || !Number.isInteger(rank) || rank < 1 || rank > max) {
    throw invalidArgument(
      `A ${type} rank is a whole number from 1 to ${max}, not ${String(rank)}.`
    );
  }
  return { rank, type };
}

function checkPresetRule(value: unknown): Settings {
  const rule = record(value, "A preset criteria rule");
  return { criterion: oneOf(PRESET_CRITERIA, rule.criterion, "preset criterion") };
}

/** Types whose value comes from a formula; LowestValue/HighestValue (and Automatic) need none. */
const needsFormula = (type: string): boolean =>
  !["LowestValue", "HighestValue", "Automatic"].includes(type);

function checkColorCriterion(t: CfTarget, value: unknown, point: string): Settings {
  const c = record(value, `The color scale ${point}`);
  const type = oneOf(COLOR_CRITERION_TYPES, c.type, "color scale criterion type");
  const out: Settings = { type };
  if (needsFormula(type))
    out.formula = ruleFormula(t, c.formula, `The color scale ${point} formula`);
  else if (given(c.formula))
    out.formula = ruleFormula(t, c.formula, `The color scale ${point} formula`);
  if (given(c.color)) out.color = checkColor(c.color);
  return out;
}

function checkColorScaleCriteria(t: CfTarget, value: unknown): Settings {
  const criteria = record(value, "Color scale criteria");
  if (!given(criteria.minimum) || !given(criteria.maximum)) {
    throw invalidArgument("Color scale criteria need a minimum and a maximum.");
  }
  const out: Settings = { minimum: checkColorCriterion(t, criteria.minimum, "minimum") };
  if (given(criteria.midpoint))
    out.midpoint = checkColorCriterion(t, criteria.midpoint, "midpoint");
  out.maximum = checkColorCriterion(t, criteria.maximum, "maximum");
  return out;
}

function iconCount(settings: Settings): number {
  return (
    ICON_SETS[typeof settings.style === "string" ? settings.style : "ThreeTrafficLights1"] ?? 3
  );
}

/** Excel's default thresholds: the icons split 0–100 percent evenly. */
function defaultIconCriteria(count: number): Settings[] {
  return Array.from({ length: count }, (_, i) => ({
    formula: `=${Math.round((100 * i) / count)}`,
    operator: "GreaterThanOrEqual",
    type: "Percent",
  }));
}

function checkIcon(value: unknown): Settings {
  const icon = record(value, "A custom icon");
  const set = oneOf(Object.keys(ICON_SETS), icon.set, "icon set");
  const index = icon.index;
  if (
    typeof index !== "number" ||
    !Number.isInteger(index) ||
    index < 0 ||
    index >= (ICON_SETS[set] ?? 0)
  ) {
    throw invalidArgument(`Icon index ${String(index)} is not in the ${set} icon set.`);
  }
  return { set, index };
}

/**
 * "An array of criteria … Note that for the first criterion only the custom icon can be modified,
 * while type, formula, and operator will be ignored when set." One criterion per icon.
 */
function checkIconCriteria(t: CfTarget, settings: Settings, value: unknown): Settings[] {
  if (!Array.isArray(value)) throw invalidArgument("Icon set criteria are an array.");
  const count = iconCount(settings);
  if (value.length !== count) {
    throw invalidArgument(
      `The icon set has ${count} icons: it takes ${count} criteria, not ${value.length}.`
    );
  }
  const defaults = defaultIconCriteria(count);
  return value.map((item: unknown, i) => {
    const c = record(item ?? {}, `Icon criterion ${i}`);
    const out: Settings =
      i === 0
        ? { ...defaults[0] }
        : {
            formula: ruleFormula(t, c.formula, `Icon criterion ${i} formula`),
            operator: oneOf(ICON_OPERATORS, c.operator, "icon criterion operator"),
            type: oneOf(ICON_RULE_TYPES, c.type, "icon criterion type"),
          };
    if (given(c.customIcon)) out.customIcon = checkIcon(c.customIcon);
    return out;
  });
}

function checkDataBarRule(t: CfTarget, value: unknown, which: string): Settings {
  const rule = record(value, `The data bar ${which}`);
  const type = oneOf(DATA_BAR_RULE_TYPES, rule.type, "data bar rule type");
  const out: Settings = { type };
  if (needsFormula(type))
    out.formula = ruleFormula(t, rule.formula, `The data bar ${which} formula`);
  return out;
}

/** A border color may be "" ("Value is "" (an empty string) if no border is present or set"). */
const colorOrEmpty = (v: unknown): string => (v === "" ? "" : checkColor(v));

// ---- the model ---------------------------------------------------------------------------------

/** Priorities are the order of the sheet's list, 0 first, kept contiguous. */
function renumber(sheet: SheetModel): void {
  sheet.conditionalFormats.sort((a, b) => a.priority - b.priority);
  sheet.conditionalFormats.forEach((cf, i) => {
    cf.priority = i;
  });
}

function newFormat(sheet: SheetModel, type: string, rect: Rect): ConditionalFormatModel {
  const cf = {
    id: sheet.workbook.newId("cf"),
    type,
    rect,
    priority: -1,
    stopIfTrue: false,
    settings: {},
  } as Omit<ConditionalFormatModel, "address">;
  // The address follows the sheet's name and the rule's range.
  Object.defineProperty(cf, "address", {
    get: (): string => formatAddress(sheet.name, cf.rect),
    enumerable: true,
  });
  return cf as ConditionalFormatModel;
}

const cfObject = (sheet: SheetModel, cf: ConditionalFormatModel): HostObject =>
  hostObject("ConditionalFormat", { sheet, cf } satisfies CfTarget);

/** The conditional formats of a range: those applied to any of its cells, by priority. */
function formatsOf(t: RangeTarget): ConditionalFormatModel[] {
  return t.sheet.conditionalFormats.filter((cf) => intersect(cf.rect, t.rect) !== undefined);
}

function findById(t: RangeTarget, key: unknown): ConditionalFormatModel | undefined {
  return formatsOf(t).find((cf) => cf.id === key);
}

const isGone = (t: CfTarget): boolean =>
  t.sheet.deleted || !t.sheet.conditionalFormats.includes(t.cf);

/**
 * A nested settings object, created on first write only: reading leaves the settings as
 * production code assigned them, which is what tests compare.
 */
function child(parent: Settings, key: string, create = true): Settings {
  const existing = parent[key];
  if (typeof existing === "object" && existing !== null) return existing as Settings;
  const fresh: Settings = {};
  if (create) parent[key] = fresh;
  return fresh;
}

/** The settings object of the conditional format's own type. */
const kindSettings = (t: CfTarget, kind: string, create = true): Settings =>
  child(t.cf.settings, kind, create);

/** A per-type object exists only on a conditional format of that type. */
function perType(type: string, kind: string, orNull: boolean) {
  return (t: CfTarget): HostObject => {
    if (KIND_OF_TYPE[t.cf.type] !== kind) {
      if (orNull) return null as unknown as HostObject;
      throw itemNotFound(`a ${t.cf.type} conditional format has no ${kind}`);
    }
    return hostObject(type, t);
  };
}

/** A setting of the per-type object, stored under its kind. */
function setting(
  kind: string,
  key: string,
  check: (t: CfTarget, v: unknown) => unknown
): Property<CfTarget> {
  return {
    get: (t) => kindSettings(t, kind, false)[key] ?? null,
    set: (t, v) => {
      checkFormattable(t.sheet);
      kindSettings(t, kind)[key] = check(t, v);
    },
  };
}

// ---- ConditionalRangeFormat / Font / Fill, shared by the types that format cells --------------

interface FormatTarget extends CfTarget {
  kind: string;
}

const formatNode = (t: FormatTarget, create = true): Settings =>
  child(kindSettings(t, t.kind, create), "format", create);

function formatSetting(
  node: (t: FormatTarget, create?: boolean) => Settings,
  key: string,
  check: (v: unknown) => unknown
): Property<FormatTarget> {
  return {
    get: (t) => node(t, false)[key] ?? null,
    set: (t, v) => {
      checkFormattable(t.sheet);
      node(t)[key] = check(v);
    },
  };
}

const conditionalRangeFormatType = defineType<Excel.ConditionalRangeFormat, FormatTarget>({
  type: "ConditionalRangeFormat",
  isDeleted: isGone,
  properties: {
    // "Cleared if null is passed in."
    NumberFormat: {
      get: (t) => formatNode(t, false).numberFormat ?? null,
      set: (t, v) => {
        checkFormattable(t.sheet);
        if (v === null || v === "") {
          delete formatNode(t).numberFormat;
          return;
        }
        if (typeof v !== "string") throw invalidArgument("A number format is a string.");
        checkNumberFormat(v);
        formatNode(t).numberFormat = v;
      },
    },
  },
  navigation: {
    Font: (t) => hostObject("ConditionalRangeFont", t),
    Fill: (t) => hostObject("ConditionalRangeFill", t),
  },
  methods: {
    /** "Remove the format properties from a conditional format rule." */
    ClearFormat: (t) => {
      checkFormattable(t.sheet);
      delete kindSettings(t, t.kind).format;
    },
  },
});

const fontNode = (t: FormatTarget, create = true): Settings =>
  child(formatNode(t, create), "font", create);
const fillNode = (t: FormatTarget, create = true): Settings =>
  child(formatNode(t, create), "fill", create);

const conditionalRangeFontType = defineType<Excel.ConditionalRangeFont, FormatTarget>({
  type: "ConditionalRangeFont",
  isDeleted: isGone,
  properties: {
    Bold: formatSetting(fontNode, "bold", (v) => checkBoolean(v, "bold")),
    Italic: formatSetting(fontNode, "italic", (v) => checkBoolean(v, "italic")),
    Strikethrough: formatSetting(fontNode, "strikethrough", (v) =>
      checkBoolean(v, "strikethrough")
    ),
    Color: formatSetting(fontNode, "color", checkColor),
    Underline: formatSetting(fontNode, "underline", (v) =>
      oneOf(FONT_UNDERLINES, v, "conditional font underline")
    ),
  },
  methods: {
    /** "Resets the font formats." */
    Clear: (t) => {
      checkFormattable(t.sheet);
      delete formatNode(t).font;
    },
  },
});

const conditionalRangeFillType = defineType<Excel.ConditionalRangeFill, FormatTarget>({
  type: "ConditionalRangeFill",
  isDeleted: isGone,
  properties: {
    Color: formatSetting(fillNode, "color", checkColor),
  },
  methods: {
    /** "Resets the fill." */
    Clear: (t) => {
      checkFormattable(t.sheet);
      delete formatNode(t).fill;
    },
  },
});

const formatOf = (kind: string) => (t: CfTarget) =>
  hostObject("ConditionalRangeFormat", { ...t, kind } satisfies FormatTarget);

// ---- the per-type objects ----------------------------------------------------------------------

/**
 * The per-type objects whose rule is one value and whose format is a ConditionalRangeFormat; `I`
 * must have both members, so the names stay checked against @types/office-js.
 */
function ruleAndFormatType<I extends { rule: unknown; format: Excel.ConditionalRangeFormat }>(
  type: string,
  kind: string,
  check: (t: CfTarget, v: unknown) => unknown
) {
  return defineType<{ rule: I["rule"]; format: I["format"] }, CfTarget>({
    type,
    isDeleted: isGone,
    properties: { Rule: setting(kind, "rule", check) },
    navigation: { Format: formatOf(kind) },
  });
}

const cellValueType = ruleAndFormatType<Excel.CellValueConditionalFormat>(
  "CellValueConditionalFormat",
  "cellValue",
  checkCellValueRule
);
const textComparisonType = ruleAndFormatType<Excel.TextConditionalFormat>(
  "TextConditionalFormat",
  "textComparison",
  (_t, v) => checkTextRule(v)
);
const topBottomType = ruleAndFormatType<Excel.TopBottomConditionalFormat>(
  "TopBottomConditionalFormat",
  "topBottom",
  (_t, v) => checkTopBottomRule(v)
);
const presetType = ruleAndFormatType<Excel.PresetCriteriaConditionalFormat>(
  "PresetCriteriaConditionalFormat",
  "preset",
  (_t, v) => checkPresetRule(v)
);

const customType = defineType<Excel.CustomConditionalFormat, CfTarget>({
  type: "CustomConditionalFormat",
  isDeleted: isGone,
  navigation: {
    Rule: (t) => hostObject("ConditionalFormatRule", t),
    Format: formatOf("custom"),
  },
});

const customRule = (t: CfTarget, create = true): Settings =>
  child(kindSettings(t, "custom", create), "rule", create);

/** A custom rule's formula is parsed when the request runs: a syntax error is refused. */
function setCustomFormula(t: CfTarget, v: unknown): void {
  checkFormattable(t.sheet);
  if (typeof v !== "string" || v.trim() === "")
    throw invalidArgument("A custom rule needs a formula.");
  customRule(t).formula = checkFormula(t.sheet.workbook, v, {
    sheet: t.sheet,
    row: t.cf.rect.top,
    col: t.cf.rect.left,
  });
}

const customFormula = (t: CfTarget): string | null => {
  const f = customRule(t, false).formula;
  return typeof f === "string" ? f : null;
};

const conditionalFormatRuleType = defineType<Excel.ConditionalFormatRule, CfTarget>({
  type: "ConditionalFormatRule",
  isDeleted: isGone,
  properties: {
    Formula: { get: customFormula, set: setCustomFormula },
    // The stand-in's workbook is en-US: the local formula is the English one.
    FormulaLocal: { get: customFormula, set: setCustomFormula },
    // R1C1 is relative to the top-left cell of the conditional format's range.
    FormulaR1C1: {
      get: (t) => {
        const f = customFormula(t);
        return f === null ? null : toR1C1(f, t.cf.rect.top, t.cf.rect.left);
      },
      set: (t, v) =>
        setCustomFormula(t, typeof v === "string" ? fromR1C1(v, t.cf.rect.top, t.cf.rect.left) : v),
    },
  },
});

const iconSetType = defineType<Excel.IconSetConditionalFormat, CfTarget>({
  type: "IconSetConditionalFormat",
  isDeleted: isGone,
  properties: {
    Style: {
      get: (t) => kindSettings(t, "iconSet", false).style ?? "ThreeTrafficLights1",
      set: (t, v) => {
        checkFormattable(t.sheet);
        kindSettings(t, "iconSet").style = oneOf(Object.keys(ICON_SETS), v, "icon set");
      },
    },
    Criteria: {
      get: (t) => {
        const s = kindSettings(t, "iconSet", false);
        const criteria: unknown = s.criteria;
        return Array.isArray(criteria) && criteria.length === iconCount(s)
          ? (criteria as unknown[])
          : defaultIconCriteria(iconCount(s));
      },
      set: (t, v) => {
        checkFormattable(t.sheet);
        const s = kindSettings(t, "iconSet");
        s.criteria = checkIconCriteria(t, s, v);
      },
    },
    ReverseIconOrder: {
      get: (t) => kindSettings(t, "iconSet", false).reverseIconOrder ?? false,
      set: (t, v) => {
        checkFormattable(t.sheet);
        const s = kindSettings(t, "iconSet");
        const reverse = checkBoolean(v, "reverseIconOrder");
        // "Note that this cannot be set if custom icons are used."
        const custom =
          Array.isArray(s.criteria) && s.criteria.some((c) => given((c as Settings).customIcon));
        if (reverse && custom) {
          throw new StandInError(
            "InvalidOperation",
            "reverseIconOrder cannot be set when custom icons are used."
          );
        }
        s.reverseIconOrder = reverse;
      },
    },
    ShowIconOnly: {
      get: (t) => kindSettings(t, "iconSet", false).showIconOnly ?? false,
      set: (t, v) => {
        checkFormattable(t.sheet);
        kindSettings(t, "iconSet").showIconOnly = checkBoolean(v, "showIconOnly");
      },
    },
  },
});

const colorScaleType = defineType<Excel.ColorScaleConditionalFormat, CfTarget>({
  type: "ColorScaleConditionalFormat",
  isDeleted: isGone,
  properties: {
    Criteria: setting("colorScale", "criteria", checkColorScaleCriteria),
    ThreeColorScale: {
      get: (t) => {
        const criteria = kindSettings(t, "colorScale", false).criteria as Settings | undefined;
        return criteria?.midpoint !== undefined;
      },
    },
  },
});

const dataBarType = defineType<Excel.DataBarConditionalFormat, CfTarget>({
  type: "DataBarConditionalFormat",
  isDeleted: isGone,
  properties: {
    AxisColor: setting("dataBar", "axisColor", (_t, v) => colorOrEmpty(v)),
    AxisFormat: setting("dataBar", "axisFormat", (_t, v) =>
      oneOf(AXIS_FORMATS, v, "data bar axis format")
    ),
    BarDirection: setting("dataBar", "barDirection", (_t, v) =>
      oneOf(BAR_DIRECTIONS, v, "data bar direction")
    ),
    LowerBoundRule: setting("dataBar", "lowerBoundRule", (t, v) =>
      checkDataBarRule(t, v, "lower bound rule")
    ),
    UpperBoundRule: setting("dataBar", "upperBoundRule", (t, v) =>
      checkDataBarRule(t, v, "upper bound rule")
    ),
    ShowDataBarOnly: setting("dataBar", "showDataBarOnly", (_t, v) =>
      checkBoolean(v, "showDataBarOnly")
    ),
  },
  navigation: {
    PositiveFormat: (t) => hostObject("ConditionalDataBarPositiveFormat", t),
    NegativeFormat: (t) => hostObject("ConditionalDataBarNegativeFormat", t),
  },
});

function barSetting(side: string, key: string, check: (v: unknown) => unknown): Property<CfTarget> {
  return {
    get: (t) => child(kindSettings(t, "dataBar", false), side, false)[key] ?? null,
    set: (t, v) => {
      checkFormattable(t.sheet);
      child(kindSettings(t, "dataBar"), side)[key] = check(v);
    },
  };
}

const positiveFormatType = defineType<Excel.ConditionalDataBarPositiveFormat, CfTarget>({
  type: "ConditionalDataBarPositiveFormat",
  isDeleted: isGone,
  properties: {
    FillColor: barSetting("positiveFormat", "fillColor", checkColor),
    BorderColor: barSetting("positiveFormat", "borderColor", colorOrEmpty),
    GradientFill: barSetting("positiveFormat", "gradientFill", (v) =>
      checkBoolean(v, "gradientFill")
    ),
  },
});

const negativeFormatType = defineType<Excel.ConditionalDataBarNegativeFormat, CfTarget>({
  type: "ConditionalDataBarNegativeFormat",
  isDeleted: isGone,
  properties: {
    FillColor: barSetting("negativeFormat", "fillColor", checkColor),
    BorderColor: barSetting("negativeFormat", "borderColor", colorOrEmpty),
    MatchPositiveFillColor: barSetting("negativeFormat", "matchPositiveFillColor", (v) =>
      checkBoolean(v, "matchPositiveFillColor")
    ),
    MatchPositiveBorderColor: barSetting("negativeFormat", "matchPositiveBorderColor", (v) =>
      checkBoolean(v, "matchPositiveBorderColor")
    ),
  },
});

// ---- ConditionalFormat and its collection ------------------------------------------------------

/**
 * "Use a negative priority to begin from the back. Priorities greater than the bounds will get and
 * set to the maximum (or minimum if negative) priority."
 */
function setPriority(t: CfTarget, value: unknown): void {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw invalidArgument(`'${String(value)}' is not a valid priority.`);
  }
  checkFormattable(t.sheet);
  const list = t.sheet.conditionalFormats;
  const last = list.length - 1;
  const wanted = value < 0 ? last + 1 + value : value;
  const target = Math.max(0, Math.min(last, wanted));
  list.splice(list.indexOf(t.cf), 1);
  list.splice(target, 0, t.cf);
  list.forEach((cf, i) => {
    cf.priority = i;
  });
}

const conditionalFormatType = defineType<Excel.ConditionalFormat, CfTarget>({
  type: "ConditionalFormat",
  id: (t) => t.cf.id,
  isDeleted: isGone,
  properties: {
    Id: { get: (t) => t.cf.id },
    Type: { get: (t) => t.cf.type },
    Priority: { get: (t) => t.cf.priority, set: setPriority },
    StopIfTrue: {
      get: (t) => (NO_STOP_IF_TRUE.has(t.cf.type) ? null : t.cf.stopIfTrue),
      set: (t, v) => {
        const stop = checkBoolean(v, "stopIfTrue");
        if (NO_STOP_IF_TRUE.has(t.cf.type)) {
          throw invalidArgument(`A ${t.cf.type} conditional format has no stopIfTrue.`);
        }
        checkFormattable(t.sheet);
        t.cf.stopIfTrue = stop;
      },
    },
  },
  navigation: {
    CellValue: perType("CellValueConditionalFormat", "cellValue", false),
    CellValueOrNullObject: perType("CellValueConditionalFormat", "cellValue", true),
    ColorScale: perType("ColorScaleConditionalFormat", "colorScale", false),
    ColorScaleOrNullObject: perType("ColorScaleConditionalFormat", "colorScale", true),
    Custom: perType("CustomConditionalFormat", "custom", false),
    CustomOrNullObject: perType("CustomConditionalFormat", "custom", true),
    DataBar: perType("DataBarConditionalFormat", "dataBar", false),
    DataBarOrNullObject: perType("DataBarConditionalFormat", "dataBar", true),
    IconSet: perType("IconSetConditionalFormat", "iconSet", false),
    IconSetOrNullObject: perType("IconSetConditionalFormat", "iconSet", true),
    Preset: perType("PresetCriteriaConditionalFormat", "preset", false),
    PresetOrNullObject: perType("PresetCriteriaConditionalFormat", "preset", true),
    TextComparison: perType("TextConditionalFormat", "textComparison", false),
    TextComparisonOrNullObject: perType("TextConditionalFormat", "textComparison", true),
    TopBottom: perType("TopBottomConditionalFormat", "topBottom", false),
    TopBottomOrNullObject: perType("TopBottomConditionalFormat", "topBottom", true),
  },
  methods: {
    Delete: (t) => {
      checkFormattable(t.sheet);
      const list = t.sheet.conditionalFormats;
      list.splice(list.indexOf(t.cf), 1);
      renumber(t.sheet);
    },
    /** The stand-in's conditional formats have one area, so there is always one range. */
    GetRange: (t) => rangeObject(t.sheet, t.cf.rect),
    GetRangeOrNullObject: (t) => rangeObject(t.sheet, t.cf.rect),
    GetRanges: (t) =>
      hostObject("RangeAreas", { sheet: t.sheet, rects: [t.cf.rect] } satisfies RangeAreasTarget),
  },
});

/**
 * "Clears all conditional formats active on the current specified range": a format wholly inside
 * goes; one that only overlaps keeps the cells outside, when they still form one rectangle.
 */
function clearAll(t: RangeTarget): void {
  checkFormattable(t.sheet);
  const list = t.sheet.conditionalFormats;
  for (const cf of [...list]) {
    if (!intersect(cf.rect, t.rect)) continue;
    const rest = subtractRect(cf.rect, t.rect);
    if (rest.length === 0) {
      list.splice(list.indexOf(cf), 1);
    } else if (rest.length === 1 && rest[0]) {
      cf.rect = rest[0];
    } else {
      throw new StandInError(
        "NotImplemented",
        `Clearing ${formatAddress(t.sheet.name, t.rect)} would split the conditional format on ${cf.address} into several areas, which the stand-in does not model.`
      );
    }
  }
  renumber(t.sheet);
}

const conditionalFormatCollectionType = defineType<Excel.ConditionalFormatCollection, RangeTarget>({
  type: "ConditionalFormatCollection",
  items: (t) => formatsOf(t).map((cf) => cfObject(t.sheet, cf)),
  indexer: (t, key) => {
    const cf = findById(t, key);
    if (!cf) throw itemNotFound(`conditional format '${String(key)}'`);
    return cfObject(t.sheet, cf);
  },
  methods: {
    /** "Adds a new conditional format to the collection at the first/top priority." */
    Add: (t, a) => {
      const type = oneOf(TYPES, a.raw(0), "conditional format type");
      checkFormattable(t.sheet);
      const cf = newFormat(t.sheet, type, t.rect);
      t.sheet.conditionalFormats.unshift(cf);
      t.sheet.conditionalFormats.forEach((x, i) => {
        x.priority = i;
      });
      return cfObject(t.sheet, cf);
    },
    ClearAll: (t) => clearAll(t),
    GetCount: (t) => formatsOf(t).length,
    GetItem: (t, a) => {
      const cf = findById(t, a.raw(0));
      if (!cf) throw itemNotFound(`conditional format '${String(a.raw(0))}'`);
      return cfObject(t.sheet, cf);
    },
    GetItemOrNullObject: (t, a) => {
      const cf = findById(t, a.raw(0));
      return cf ? cfObject(t.sheet, cf) : null;
    },
  },
});

export const CONDITIONAL_FORMAT_TYPES: TypeHandler[] = [
  conditionalFormatCollectionType,
  conditionalFormatType,
  cellValueType,
  textComparisonType,
  topBottomType,
  presetType,
  customType,
  conditionalFormatRuleType,
  iconSetType,
  colorScaleType,
  dataBarType,
  positiveFormatType,
  negativeFormatType,
  conditionalRangeFormatType,
  conditionalRangeFontType,
  conditionalRangeFillType,
];
