// Excel.Worksheet, WorksheetCollection and WorksheetFreezePanes.
import { formatAddress, MAX_COLUMNS, MAX_ROWS, parseAddress, tryParseAddress } from "../../address";
import { invalidArgument, itemNotFound, StandInError } from "../../errors";
import type { SheetModel, WorkbookModel } from "../../model";
import { referencedRange } from "../../nameModel";
import { checkColor, oneOf } from "../checks";
import type { Args, HostObject } from "../typeHandler";
import { defineType, hostObject } from "../typeHandler";
import type { RangeTarget } from "./range";
import { rangeObject } from "./range";

const sheetObject = (sheet: SheetModel): HostObject => hostObject("Worksheet", sheet);

/** Excel's grid: row and column indexes outside it are refused, not clamped. */
function checkIndexes(args: Args, row: number, column: number, rows = 1, columns = 1): void {
  if (rows < 1 || columns < 1)
    throw invalidArgument(`${args.member}: row and column counts must be positive.`);
  if (row < 0 || column < 0 || row + rows > MAX_ROWS || column + columns > MAX_COLUMNS) {
    throw invalidArgument(`${args.member}: the cell is outside the worksheet.`);
  }
}

const SHEET_VISIBILITY = ["Visible", "Hidden", "VeryHidden"];

export const worksheetType = defineType<Excel.Worksheet, SheetModel>({
  type: "Worksheet",
  id: (s) => s.id,
  isDeleted: (s) => s.deleted,
  properties: {
    Id: { get: (s) => s.id },
    Name: {
      get: (s) => s.name,
      set: (s, v) => {
        if (typeof v !== "string") throw invalidArgument("Worksheet names are strings.");
        s.workbook.renameSheet(s, v);
      },
    },
    Position: {
      get: (s) => s.workbook.sheets.indexOf(s),
      set: (s, v) => s.workbook.moveSheet(s, Number(v)),
    },
    Visibility: {
      get: (s) => s.visibility,
      set: (s, v) => {
        const visibility = oneOf(SHEET_VISIBILITY, v, "sheet visibility");
        const othersVisible = s.workbook
          .liveSheets()
          .some((x) => x !== s && x.visibility === "Visible");
        if (visibility !== "Visible" && !othersVisible) {
          throw new StandInError(
            "InvalidOperation",
            "A workbook must contain at least one visible worksheet."
          );
        }
        s.visibility = visibility;
      },
    },
    TabColor: {
      get: (s) => s.tabColor,
      set: (s, v) => {
        s.tabColor = v === "" ? "" : checkColor(v);
      },
    },
    ShowGridlines: {
      get: (s) => s.showGridlines,
      set: (s, v) => {
        if (typeof v !== "boolean") throw invalidArgument("showGridlines is a boolean.");
        s.showGridlines = v;
      },
    },
  },
  navigation: {
    Tables: (s) => hostObject("TableCollection", s),
    Charts: (s) => hostObject("ChartCollection", s),
    Names: (s) => hostObject("NamedItemCollection", s),
    FreezePanes: (s) => hostObject("WorksheetFreezePanes", s),
    PageLayout: (s) => hostObject("PageLayout", s),
    Protection: (s) => hostObject("WorksheetProtection", s),
  },
  methods: {
    /** With no address, the whole sheet ("If not specified, the entire worksheet range is returned"). */
    GetRange: (s, a) => {
      const address = a.optionalString(0, "address");
      if (address === undefined || address === "") {
        return rangeObject(s, { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 });
      }
      const named = definedNameRange(s, address);
      if (named) return named;
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== s.name.toLowerCase()) {
        throw invalidArgument(`The address '${address}' refers to another worksheet.`);
      }
      return rangeObject(s, parsed.rect);
    },
    GetRangeByIndexes: (s, a) => {
      const [row, column, rows, columns] = [0, 1, 2, 3].map((i) => a.integer(i, "index")) as [
        number,
        number,
        number,
        number,
      ];
      checkIndexes(a, row, column, rows, columns);
      return rangeObject(s, {
        top: row,
        left: column,
        bottom: row + rows - 1,
        right: column + columns - 1,
      });
    },
    GetCell: (s, a) => {
      const row = a.integer(0, "row");
      const column = a.integer(1, "column");
      checkIndexes(a, row, column);
      return rangeObject(s, { top: row, left: column, bottom: row, right: column });
    },
    /** "If the worksheet is blank, this function will return the top left cell" (getUsedRange). */
    GetUsedRange: (s, a) =>
      rangeObject(
        s,
        s.workbook.usedRect(s, a.boolean(0, "valuesOnly", false)) ?? {
          top: 0,
          left: 0,
          bottom: 0,
          right: 0,
        }
      ),
    GetUsedRangeOrNullObject: (s, a) => {
      const rect = s.workbook.usedRect(s, a.boolean(0, "valuesOnly", false));
      return rect ? rangeObject(s, rect) : null;
    },
    Activate: (s) => {
      if (s.visibility !== "Visible")
        throw new StandInError("InvalidOperation", "A hidden sheet cannot be activated.");
      s.workbook.activeSheetId = s.id;
      s.workbook.selection = { sheetId: s.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    },
    Delete: (s) => s.workbook.deleteSheet(s),
  },
});

/**
 * "address: The string representing the address or name of the range" (Worksheet.getRange): a
 * defined name (this sheet's own first) stands for the range it refers to, on this sheet.
 */
function definedNameRange(s: SheetModel, address: string): HostObject | undefined {
  if (tryParseAddress(address)) return undefined;
  const item = s.workbook.findName(address, s) ?? s.workbook.findName(address);
  if (!item) return undefined;
  const range = referencedRange(s.workbook, item);
  if (!range || range.sheet !== s) {
    throw invalidArgument(
      `The name '${address}' does not refer to a range on worksheet '${s.name}'.`
    );
  }
  return rangeObject(s, range.rect);
}

function findSheet(wb: WorkbookModel, key: string): SheetModel | undefined {
  return wb.findSheet(key) ?? wb.liveSheets().find((s) => s.id === key);
}

export const worksheetCollectionType = defineType<Excel.WorksheetCollection, WorkbookModel>({
  type: "WorksheetCollection",
  items: (wb) => wb.liveSheets().map(sheetObject),
  indexer: (wb, key) => {
    const sheet = findSheet(wb, String(key));
    if (!sheet) throw itemNotFound(`worksheet '${String(key)}'`);
    return sheetObject(sheet);
  },
  methods: {
    Add: (wb, a) => sheetObject(wb.addSheet(a.optionalString(0, "name"))),
    GetItem: (wb, a) => {
      const key = a.string(0, "key");
      const sheet = findSheet(wb, key);
      if (!sheet) throw itemNotFound(`worksheet '${key}'`);
      return sheetObject(sheet);
    },
    GetItemOrNullObject: (wb, a) => {
      const sheet = findSheet(wb, a.string(0, "key"));
      return sheet ? sheetObject(sheet) : null;
    },
    GetActiveWorksheet: (wb) => {
      const sheet = wb.liveSheets().find((s) => s.id === wb.activeSheetId);
      if (!sheet) throw itemNotFound("active worksheet");
      return sheetObject(sheet);
    },
    GetFirst: (wb) => {
      const sheet = wb.liveSheets()[0];
      if (!sheet) throw itemNotFound("first worksheet");
      return sheetObject(sheet);
    },
    GetCount: (wb) => wb.liveSheets().length,
  },
});

function setFreeze(sheet: SheetModel, rows: number, columns: number): void {
  if (rows < 0 || columns < 0 || rows >= MAX_ROWS || columns >= MAX_COLUMNS)
    throw invalidArgument("Invalid freeze count.");
  sheet.freeze = rows === 0 && columns === 0 ? undefined : { rows, columns };
}

export const freezePanesType = defineType<Excel.WorksheetFreezePanes, SheetModel>({
  type: "WorksheetFreezePanes",
  methods: {
    FreezeRows: (s, a) => setFreeze(s, a.optionalInteger(0, "count", 1), 0),
    FreezeColumns: (s, a) => setFreeze(s, 0, a.optionalInteger(0, "count", 1)),
    /** Freezes what lies above and left of the bottom-right corner of the range. */
    FreezeAt: (s, a) => {
      const object = a.object(0);
      const rect = object
        ? (object.target as RangeTarget).rect
        : parseAddress(a.string(0, "frozenRange")).rect;
      setFreeze(
        s,
        rect.bottom + 1 >= MAX_ROWS ? 0 : rect.bottom + 1,
        rect.right + 1 >= MAX_COLUMNS ? 0 : rect.right + 1
      );
    },
    Unfreeze: (s) => {
      s.freeze = undefined;
    },
    GetLocationOrNullObject: (s) => {
      if (!s.freeze) return null;
      const { rows, columns } = s.freeze;
      return rangeObject(s, {
        top: 0,
        left: 0,
        bottom: rows === 0 ? MAX_ROWS - 1 : rows - 1,
        right: columns === 0 ? MAX_COLUMNS - 1 : columns - 1,
      });
    },
  },
});

export const describeFreeze = (sheet: SheetModel): string | undefined =>
  sheet.freeze
    ? formatAddress(sheet.name, {
        top: 0,
        left: 0,
        bottom: sheet.freeze.rows === 0 ? MAX_ROWS - 1 : sheet.freeze.rows - 1,
        right: sheet.freeze.columns === 0 ? MAX_COLUMNS - 1 : sheet.freeze.columns - 1,
      })
    : undefined;
