// Excel.Worksheet, its collection and its freeze panes.
import { formatAddress, MAX_COLUMNS, MAX_ROWS, parseAddress } from "./address";
import { ClientObject, CollectionObject, defineProperties } from "./batch";
import type { ClientResult } from "./batch";
import { ChartCollectionProxy } from "./chart";
import { SheetVisibility } from "./enums";
import { invalidArgument, itemNotFound, StandInError } from "./errors";
import type { SheetModel, WorkbookModel } from "./model";
import { NamedItemCollectionProxy } from "./names";
import type { OfficeNames } from "./officeNames";
import type { RangeTarget } from "./range";
import { checkColor, RangeProxy } from "./range";
import { TableCollectionProxy } from "./table";

const wbOf = (sheet: SheetModel): WorkbookModel => sheet.workbook;

export class WorksheetProxy
  extends ClientObject<SheetModel>
  implements
    OfficeNames<
      Excel.Worksheet,
      | "tables"
      | "charts"
      | "names"
      | "freezePanes"
      | "getRange"
      | "getRangeByIndexes"
      | "getCell"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
      | "activate"
      | "delete"
    >
{
  readonly _typeName = "Worksheet";

  constructor(...args: ConstructorParameters<typeof ClientObject<SheetModel>>) {
    const [context, parent, name, pathArgs, resolver, options] = args;
    super(context, parent, name, pathArgs, resolver, { ...options, bindOnResolve: true });
  }

  get tables(): TableCollectionProxy {
    return this._child(
      "tables",
      () => new TableCollectionProxy(this.context, this, "tables", [], (p) => p as SheetModel)
    );
  }

  get charts(): ChartCollectionProxy {
    return this._child(
      "charts",
      () => new ChartCollectionProxy(this.context, this, "charts", [], (p) => p as SheetModel)
    );
  }

  get names(): NamedItemCollectionProxy {
    return this._child(
      "names",
      () => new NamedItemCollectionProxy(this.context, this, "names", [], (p) => p as SheetModel)
    );
  }

  get freezePanes(): FreezePanesProxy {
    return this._child(
      "freezePanes",
      () => new FreezePanesProxy(this.context, this, "freezePanes", [], (p) => p as SheetModel)
    );
  }

  private range(
    name: string,
    args: unknown[],
    target: (sheet: SheetModel) => RangeTarget | null,
    orNull = false
  ): RangeProxy {
    return new RangeProxy(this.context, this, name, args, (p) => target(p as SheetModel), {
      orNull,
    });
  }

  getRange(address?: string): RangeProxy {
    return this.range("getRange", [address], (sheet) => {
      if (address === undefined || address === "") {
        return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      }
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw invalidArgument(`The address '${address}' refers to another worksheet.`);
      }
      return { sheet, rect: parsed.rect };
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): RangeProxy {
    return this.range(
      "getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      (sheet) => {
        if (rowCount < 1 || columnCount < 1)
          throw invalidArgument("Row and column counts must be positive.");
        return {
          sheet,
          rect: {
            top: startRow,
            left: startColumn,
            bottom: startRow + rowCount - 1,
            right: startColumn + columnCount - 1,
          },
        };
      }
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.range("getCell", [row, column], (sheet) => ({
      sheet,
      rect: { top: row, left: column, bottom: row, right: column },
    }));
  }

  /** Excel returns A1 for an empty sheet. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.range("getUsedRange", [valuesOnly], (sheet) => ({
      sheet,
      rect: wbOf(sheet).usedRect(sheet, valuesOnly === true) ?? {
        top: 0,
        left: 0,
        bottom: 0,
        right: 0,
      },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.range(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (sheet) => {
        const rect = wbOf(sheet).usedRect(sheet, valuesOnly === true);
        return rect ? { sheet, rect } : null;
      },
      true
    );
  }

  activate(): void {
    this._enqueue("Method", "activate", [], (sheet) => {
      if (sheet.visibility !== "Visible")
        throw new StandInError("InvalidOperation", "A hidden sheet cannot be activated.");
      wbOf(sheet).activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this._enqueue("Method", "delete", [], (sheet) => wbOf(sheet).deleteSheet(sheet));
  }
}

defineProperties<Excel.Worksheet, SheetModel>(WorksheetProxy, {
  id: { read: (s) => s.id },
  name: {
    read: (s) => s.name,
    write: (s, v) => {
      if (typeof v !== "string") throw invalidArgument("Worksheet names are strings.");
      wbOf(s).renameSheet(s, v);
    },
  },
  position: {
    read: (s) => wbOf(s).sheets.indexOf(s),
    write: (s, v) => wbOf(s).moveSheet(s, Number(v)),
  },
  visibility: {
    read: (s) => s.visibility,
    write: (s, v) => {
      const visibility =
        typeof v === "string" && Object.values(SheetVisibility).includes(v as never)
          ? v
          : undefined;
      if (!visibility) throw invalidArgument(`'${String(v)}' is not a valid sheet visibility.`);
      if (
        visibility !== "Visible" &&
        wbOf(s)
          .liveSheets()
          .filter((x) => x.visibility === "Visible" && x !== s).length === 0
      ) {
        throw new StandInError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
      }
      s.visibility = visibility;
    },
  },
  tabColor: {
    read: (s) => s.tabColor,
    write: (s, v) => {
      s.tabColor = v === "" ? "" : checkColor(v);
    },
  },
  showGridlines: {
    read: (s) => s.showGridlines,
    write: (s, v) => {
      s.showGridlines = v === true;
    },
  },
});

export class WorksheetCollectionProxy
  extends CollectionObject<WorkbookModel, WorksheetProxy>
  implements
    OfficeNames<
      Excel.WorksheetCollection,
      "add" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "getFirst" | "getCount"
    >
{
  readonly _typeName = "WorksheetCollection";

  protected _itemTargets(wb: WorkbookModel): unknown[] {
    return wb.liveSheets();
  }

  protected _itemProxy(target: unknown): WorksheetProxy {
    const sheet = target as SheetModel;
    return new WorksheetProxy(this.context, this, "getItem", [sheet.id], () => sheet);
  }

  add(name?: string): WorksheetProxy {
    const result = new WorksheetProxy(this.context, this, "add", [name], () => {
      throw new StandInError("InvalidObjectPath", "The worksheet has not been created yet.");
    });
    return this._enqueueCreate("add", [name], result, (wb) => wb.addSheet(name));
  }

  private lookup(key: string, orNull: boolean): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      this,
      orNull ? "getItemOrNullObject" : "getItem",
      [key],
      (p) => {
        const wb = p as WorkbookModel;
        const sheet = wb.findSheet(key) ?? wb.liveSheets().find((s) => s.id === key);
        if (sheet) return sheet;
        if (orNull) return null;
        throw itemNotFound(`worksheet '${key}'`);
      },
      { orNull }
    );
  }

  getItem(key: string): WorksheetProxy {
    return this.lookup(key, false);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this.lookup(key, true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, this, "getActiveWorksheet", [], (p) => {
      const wb = p as WorkbookModel;
      const sheet = wb.liveSheets().find((s) => s.id === wb.activeSheetId);
      if (!sheet) throw itemNotFound("active worksheet");
      return sheet;
    });
  }

  getFirst(): WorksheetProxy {
    return new WorksheetProxy(this.context, this, "getFirst", [], (p) => {
      const sheet = (p as WorkbookModel).liveSheets()[0];
      if (!sheet) throw itemNotFound("first worksheet");
      return sheet;
    });
  }

  getCount(): ClientResult<number> {
    return this._enqueueResult("getCount", [], (wb) => wb.liveSheets().length);
  }
}

export class FreezePanesProxy
  extends ClientObject<SheetModel>
  implements
    OfficeNames<
      Excel.WorksheetFreezePanes,
      "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze" | "getLocationOrNullObject"
    >
{
  readonly _typeName = "WorksheetFreezePanes";

  private freeze(name: string, args: unknown[], rows: () => number, columns: () => number): void {
    this._enqueue("Method", name, args, (sheet) => {
      const r = rows();
      const c = columns();
      if (r < 0 || c < 0 || r >= MAX_ROWS || c >= MAX_COLUMNS)
        throw invalidArgument("Invalid freeze count.");
      sheet.freeze = r === 0 && c === 0 ? undefined : { rows: r, columns: c };
    });
  }

  freezeRows(count = 1): void {
    this.freeze(
      "freezeRows",
      [count],
      () => count,
      () => 0
    );
  }

  freezeColumns(count = 1): void {
    this.freeze(
      "freezeColumns",
      [count],
      () => 0,
      () => count
    );
  }

  /** Freezes everything above and left of the bottom-right corner of the given range. */
  freezeAt(frozenRange: unknown): void {
    this._enqueue("Method", "freezeAt", [frozenRange], (sheet) => {
      let rect;
      if (frozenRange instanceof RangeProxy) {
        const t = frozenRange._resolve();
        if (t === null) throw invalidArgument("The range is a null object.");
        rect = t.rect;
      } else if (typeof frozenRange === "string") {
        rect = parseAddress(frozenRange).rect;
      } else {
        throw invalidArgument("freezeAt expects a Range or an address.");
      }
      const rows = rect.bottom + 1 >= MAX_ROWS ? 0 : rect.bottom + 1;
      const columns = rect.right + 1 >= MAX_COLUMNS ? 0 : rect.right + 1;
      sheet.freeze = rows === 0 && columns === 0 ? undefined : { rows, columns };
    });
  }

  unfreeze(): void {
    this._enqueue("Method", "unfreeze", [], (sheet) => {
      sheet.freeze = undefined;
    });
  }

  getLocationOrNullObject(): RangeProxy {
    return new RangeProxy(
      this.context,
      this,
      "getLocationOrNullObject",
      [],
      (p) => {
        const sheet = p as SheetModel;
        if (!sheet.freeze) return null;
        const { rows, columns } = sheet.freeze;
        return {
          sheet,
          rect: {
            top: 0,
            left: 0,
            bottom: rows === 0 ? MAX_ROWS - 1 : rows - 1,
            right: columns === 0 ? MAX_COLUMNS - 1 : columns - 1,
          },
        };
      },
      { orNull: true }
    );
  }
}

export const describeFreeze = (sheet: SheetModel): string | undefined =>
  sheet.freeze
    ? formatAddress(sheet.name, {
        top: 0,
        left: 0,
        bottom: sheet.freeze.rows === 0 ? MAX_ROWS - 1 : sheet.freeze.rows - 1,
        right: sheet.freeze.columns === 0 ? MAX_COLUMNS - 1 : sheet.freeze.columns - 1,
      })
    : undefined;
