// Excel.RangeFormat, RangeFont and RangeFill. A format property reads back null when the cells of
// the range disagree ("null … if the range has non-uniform values", RangeFont.bold and others).
import type { Rect } from "../../address";
import { formatAddress, MAX_COLUMNS, MAX_ROWS } from "../../address";
import { invalidArgument } from "../../errors";
import type { FormatProps } from "../../model";
import { checkColor, checkNumber, oneOf } from "../checks";
import type { Property } from "../typeHandler";
import { defineType, hostObject } from "../typeHandler";
import type { RangeTarget } from "./range";

function uniformFormat<K extends keyof FormatProps>(t: RangeTarget, key: K): FormatProps[K] | null {
  const wb = t.sheet.workbook;
  const first = wb.formatAt(t.sheet, t.rect.top, t.rect.left)[key];
  const bottom = Math.min(t.rect.bottom, t.rect.top + 99);
  const right = Math.min(t.rect.right, t.rect.left + 99);
  for (let r = t.rect.top; r <= bottom; r++) {
    for (let c = t.rect.left; c <= right; c++) {
      if (wb.formatAt(t.sheet, r, c)[key] !== first) return null;
    }
  }
  return first;
}

function formatProperty<K extends keyof FormatProps>(
  key: K,
  check: (v: unknown) => FormatProps[K],
  area: (r: Rect) => Rect = (r) => r
): Property<RangeTarget> {
  return {
    get: (t) => uniformFormat(t, key),
    set: (t, v) => t.sheet.workbook.applyFormat(t.sheet, area(t.rect), { [key]: check(v) }),
  };
}

const checkBoolean = (v: unknown): boolean => {
  if (typeof v !== "boolean") throw invalidArgument(`'${String(v)}' is not a boolean.`);
  return v;
};

const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const UNDERLINE = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];

export const rangeFormatType = defineType<Excel.RangeFormat, RangeTarget>({
  type: "RangeFormat",
  properties: {
    ColumnWidth: formatProperty(
      "columnWidth",
      (v) => checkNumber(v, "column width"),
      (r) => ({ ...r, top: 0, bottom: MAX_ROWS - 1 })
    ),
    RowHeight: formatProperty(
      "rowHeight",
      (v) => checkNumber(v, "row height"),
      (r) => ({ ...r, left: 0, right: MAX_COLUMNS - 1 })
    ),
    HorizontalAlignment: formatProperty("horizontalAlignment", (v) =>
      oneOf(HORIZONTAL, v, "horizontal alignment")
    ),
    VerticalAlignment: formatProperty("verticalAlignment", (v) =>
      oneOf(VERTICAL, v, "vertical alignment")
    ),
    WrapText: formatProperty("wrapText", checkBoolean),
  },
  navigation: {
    Font: (t) => hostObject("RangeFont", t),
    Fill: (t) => hostObject("RangeFill", t),
    Protection: (t) => hostObject("FormatProtection", t),
  },
  methods: {
    AutofitColumns: (t) => {
      t.sheet.autofits.push({ address: formatAddress(t.sheet.name, t.rect), kind: "columns" });
    },
    AutofitRows: (t) => {
      t.sheet.autofits.push({ address: formatAddress(t.sheet.name, t.rect), kind: "rows" });
    },
  },
});

export const rangeFontType = defineType<Excel.RangeFont, RangeTarget>({
  type: "RangeFont",
  properties: {
    Bold: formatProperty("bold", checkBoolean),
    Italic: formatProperty("italic", checkBoolean),
    Color: formatProperty("fontColor", checkColor),
    Size: formatProperty("fontSize", (v) => checkNumber(v, "font size", 1)),
    Name: formatProperty("fontName", (v) => {
      if (typeof v !== "string" || v === "")
        throw invalidArgument("Font names are non-empty strings.");
      return v;
    }),
    Underline: formatProperty("underline", (v) => oneOf(UNDERLINE, v, "underline style")),
  },
});

export const rangeFillType = defineType<Excel.RangeFill, RangeTarget>({
  type: "RangeFill",
  properties: {
    Color: formatProperty("fillColor", checkColor),
  },
  methods: {
    Clear: (t) => t.sheet.workbook.applyFormat(t.sheet, t.rect, { fillColor: "#FFFFFF" }),
  },
});
