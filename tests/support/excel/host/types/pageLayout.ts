// Excel.PageLayout (worksheet.pageLayout): print area, print titles, orientation, paper, margins,
// zoom and print flags, and the RangeAreas / RangeCollection that getPrintArea answers with.
// Sources: the comments of these classes in @types/office-js. Header and footer text
// (headersFooters) and printQuality are not modelled and answer NotImplemented.
import type { Rect } from "../../address";
import {
  columnCount,
  formatAddress,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  rowCount,
} from "../../address";
import { invalidArgument, itemNotFound } from "../../errors";
import type { SheetModel } from "../../model";
import type { PageLayoutModel } from "../../pageLayoutModel";
import { checkBoolean, checkNumber, oneOf } from "../checks";
import type { Args, HostObject, Property } from "../typeHandler";
import { defineType, hostObject } from "../typeHandler";
import type { RangeTarget } from "./range";
import { rangeObject } from "./range";

export interface RangeAreasTarget {
  sheet: SheetModel;
  rects: Rect[];
}

const PAPER_SIZES = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
];

/** Points per unit of setPrintMargins ("unit: Measurement unit for the margins provided"). */
const POINTS_PER: Readonly<Record<string, number>> = {
  Points: 1,
  Inches: 72,
  Centimeters: 72 / 2.54,
};

type Margin = keyof PageLayoutModel["margins"];
const MARGINS: readonly Margin[] = ["top", "bottom", "left", "right", "header", "footer"];

/**
 * "Range | RangeAreas | string": areas on this sheet. A string may list several areas
 * ("A1:B2,D1:E5"); each may name this sheet, not another.
 */
function areasArgument(sheet: SheetModel, args: Args, i: number): Rect[] {
  const object = args.object(i);
  if (object) {
    if (object.type === "Range")
      return [
        onSheet(
          sheet,
          (object.target as RangeTarget).sheet,
          args,
          (object.target as RangeTarget).rect
        ),
      ];
    if (object.type === "RangeAreas") {
      const t = object.target as RangeAreasTarget;
      return t.rects.map((r) => onSheet(sheet, t.sheet, args, r));
    }
    throw invalidArgument(`${args.member}: expected a Range, RangeAreas or address.`);
  }
  const text = args.string(i, "the range");
  if (text.trim() === "") throw invalidArgument(`${args.member}: the address is empty.`);
  return text.split(",").map((part) => {
    const parsed = parseAddress(part);
    if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
      throw invalidArgument(`${args.member}: '${part}' is on another worksheet.`);
    }
    return parsed.rect;
  });
}

function onSheet(sheet: SheetModel, other: SheetModel, args: Args, rect: Rect): Rect {
  if (other !== sheet) throw invalidArgument(`${args.member}: the range is on another worksheet.`);
  return rect;
}

function singleArea(sheet: SheetModel, args: Args): Rect {
  const rects = areasArgument(sheet, args, 0);
  const [rect] = rects;
  if (!rect || rects.length !== 1) throw invalidArgument(`${args.member}: expected one range.`);
  return rect;
}

const areasObject = (sheet: SheetModel, rects: Rect[]): HostObject =>
  hostObject("RangeAreas", { sheet, rects });

const layoutProperty = <K extends keyof PageLayoutModel>(
  key: K,
  check: (v: unknown) => PageLayoutModel[K]
): Property<SheetModel> => ({
  get: (s) => s.pageLayout[key],
  set: (s, v) => {
    s.pageLayout[key] = check(v);
  },
});

const marginProperty = (key: Margin): Property<SheetModel> => ({
  get: (s) => s.pageLayout.margins[key],
  set: (s, v) => {
    s.pageLayout.margins[key] = checkNumber(v, `${key} margin`);
  },
});

const flag = (
  key:
    | "centerHorizontally"
    | "centerVertically"
    | "printGridlines"
    | "printHeadings"
    | "blackAndWhite"
    | "draftMode"
) => layoutProperty(key, (v) => checkBoolean(v, key));

const ZOOM_KEYS = ["scale", "horizontalFitToPages", "verticalFitToPages"] as const;

/**
 * "Print page scale value can be between 10 and 400"; the fit-to-pages counts are whole numbers.
 * "The PageLayoutZoomOptions object must be set as a JSON object": it replaces the previous one.
 */
function checkZoom(value: unknown): PageLayoutModel["zoom"] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalidArgument("PageLayout.zoom is set as an object.");
  }
  const zoom: PageLayoutModel["zoom"] = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    if (!(ZOOM_KEYS as readonly string[]).includes(key))
      throw invalidArgument(`'${key}' is not a zoom option.`);
    if (key === "scale") {
      if (typeof v !== "number" || !(v >= 10 && v <= 400))
        throw invalidArgument(`Zoom scale ${String(v)} is not between 10 and 400.`);
      zoom.scale = v;
    } else {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
        throw invalidArgument(`'${String(v)}' is not a page count.`);
      zoom[key as "horizontalFitToPages" | "verticalFitToPages"] = v;
    }
  }
  if (Object.keys(zoom).length === 0)
    throw invalidArgument("PageLayout.zoom needs a scale or a fit-to-pages count.");
  return zoom;
}

/** "The range must span the entire row to be valid" (setPrintTitleRows; columns alike). */
function titleRows(s: SheetModel, a: Args): Rect {
  const rect = singleArea(s, a);
  if (rect.left !== 0 || rect.right !== MAX_COLUMNS - 1)
    throw invalidArgument("Print title rows must be entire rows.");
  return rect;
}

function titleColumns(s: SheetModel, a: Args): Rect {
  const rect = singleArea(s, a);
  if (rect.top !== 0 || rect.bottom !== MAX_ROWS - 1)
    throw invalidArgument("Print title columns must be entire columns.");
  return rect;
}

const orNotFound = (rect: Rect | undefined, s: SheetModel, what: string): HostObject => {
  if (!rect) throw itemNotFound(`${what} of worksheet '${s.name}'`);
  return rangeObject(s, rect);
};

const pageLayoutType = defineType<Excel.PageLayout, SheetModel>({
  type: "PageLayout",
  properties: {
    Orientation: layoutProperty("orientation", (v) =>
      oneOf(["Portrait", "Landscape"], v, "page orientation")
    ),
    PaperSize: layoutProperty("paperSize", (v) => oneOf(PAPER_SIZES, v, "paper size")),
    CenterHorizontally: flag("centerHorizontally"),
    CenterVertically: flag("centerVertically"),
    PrintGridlines: flag("printGridlines"),
    PrintHeadings: flag("printHeadings"),
    BlackAndWhite: flag("blackAndWhite"),
    DraftMode: flag("draftMode"),
    PrintComments: layoutProperty("printComments", (v) =>
      oneOf(["NoComments", "EndSheet", "InPlace"], v, "print comments option")
    ),
    PrintErrors: layoutProperty("printErrors", (v) =>
      oneOf(["AsDisplayed", "Blank", "Dash", "NotAvailable"], v, "print errors option")
    ),
    PrintOrder: layoutProperty("printOrder", (v) =>
      oneOf(["DownThenOver", "OverThenDown"], v, "print order")
    ),
    /** "A null value represents "auto" page numbering", which reads back "". */
    FirstPageNumber: layoutProperty("firstPageNumber", (v) =>
      v === "" || v === null ? "" : checkNumber(v, "first page number", 1)
    ),
    TopMargin: marginProperty("top"),
    BottomMargin: marginProperty("bottom"),
    LeftMargin: marginProperty("left"),
    RightMargin: marginProperty("right"),
    HeaderMargin: marginProperty("header"),
    FooterMargin: marginProperty("footer"),
    Zoom: {
      get: (s) => ({ ...s.pageLayout.zoom }),
      set: (s, v) => {
        s.pageLayout.zoom = checkZoom(v);
      },
    },
  },
  methods: {
    SetPrintArea: (s, a) => {
      s.pageLayout.printArea = areasArgument(s, a, 0);
    },
    /** "If there is no print area, an ItemNotFound error will be thrown." */
    GetPrintArea: (s) => {
      if (!s.pageLayout.printArea) throw itemNotFound(`print area of worksheet '${s.name}'`);
      return areasObject(s, s.pageLayout.printArea);
    },
    GetPrintAreaOrNullObject: (s) =>
      s.pageLayout.printArea ? areasObject(s, s.pageLayout.printArea) : null,
    SetPrintTitleRows: (s, a) => {
      s.pageLayout.printTitleRows = titleRows(s, a);
    },
    GetPrintTitleRows: (s) => orNotFound(s.pageLayout.printTitleRows, s, "print title rows"),
    GetPrintTitleRowsOrNullObject: (s) =>
      s.pageLayout.printTitleRows ? rangeObject(s, s.pageLayout.printTitleRows) : null,
    SetPrintTitleColumns: (s, a) => {
      s.pageLayout.printTitleColumns = titleColumns(s, a);
    },
    GetPrintTitleColumns: (s) =>
      orNotFound(s.pageLayout.printTitleColumns, s, "print title columns"),
    GetPrintTitleColumnsOrNullObject: (s) =>
      s.pageLayout.printTitleColumns ? rangeObject(s, s.pageLayout.printTitleColumns) : null,
    /** "Margins not provided remain unchanged." */
    SetPrintMargins: (s, a) => {
      const unit = oneOf(Object.keys(POINTS_PER), a.raw(0), "margin unit");
      const options = a.raw(1);
      if (typeof options !== "object" || options === null || Array.isArray(options)) {
        throw invalidArgument("setPrintMargins: marginOptions is an object.");
      }
      const next = { ...s.pageLayout.margins };
      for (const [key, v] of Object.entries(options)) {
        if (v === null || v === undefined) continue;
        if (!(MARGINS as readonly string[]).includes(key))
          throw invalidArgument(`'${key}' is not a margin.`);
        next[key as Margin] = checkNumber(v, `${key} margin`) * (POINTS_PER[unit] ?? 1);
      }
      s.pageLayout.margins = next;
    },
  },
});

/** "Address value will contain the worksheet name for each rectangular block of cells (for example, "Sheet1!A1:B4, Sheet1!D1:D4")." */
const areasAddress = (t: RangeAreasTarget): string =>
  t.rects.map((r) => formatAddress(t.sheet.name, r)).join(", ");

const rangeAreasType = defineType<Excel.RangeAreas, RangeAreasTarget>({
  type: "RangeAreas",
  isDeleted: (t) => t.sheet.deleted,
  properties: {
    Address: { get: areasAddress },
    AddressLocal: { get: areasAddress },
    AreaCount: { get: (t) => t.rects.length },
    CellCount: { get: (t) => t.rects.reduce((n, r) => n + rowCount(r) * columnCount(r), 0) },
  },
  navigation: {
    Areas: (t) => hostObject("RangeCollection", t),
    Worksheet: (t) => hostObject("Worksheet", t.sheet),
  },
});

const rangeCollectionType = defineType<Excel.RangeCollection, RangeAreasTarget>({
  type: "RangeCollection",
  items: (t) => t.rects.map((r) => rangeObject(t.sheet, r)),
  methods: {
    GetCount: (t) => t.rects.length,
  },
});

export const PAGE_LAYOUT_TYPES = [pageLayoutType, rangeAreasType, rangeCollectionType];
