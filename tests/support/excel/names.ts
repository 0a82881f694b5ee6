// Defined names (workbook.names, worksheet.names). They share one namespace with table names;
// a Range reference is stored as an absolute formula ("=Sheet1!$A$1:$B$2"), as Excel does.
import { formatAddress, tryParseAddress } from "./address";
import type { ClientResult } from "./batch";
import { ClientObject, CollectionObject, defineProperties } from "./batch";
import { invalidArgument, itemNotFound, StandInError } from "./errors";
import type { NamedItemModel, WorkbookModel } from "./model";
import { SheetModel } from "./model";
import type { OfficeNames } from "./officeNames";
import type { RangeTarget } from "./range";
import { RangeProxy } from "./range";
import { checkTableOrDefinedName } from "./table";
import { parseTypedNumber } from "./values";

type NameScope = WorkbookModel | SheetModel;

const workbookOf = (scope: NameScope): WorkbookModel =>
  scope instanceof SheetModel ? scope.workbook : scope;
const listOf = (scope: NameScope): NamedItemModel[] => scope.names;

/** The range a name refers to, when its formula is a plain reference. */
function referencedRange(wb: WorkbookModel, item: NamedItemModel): RangeTarget | undefined {
  const parsed = tryParseAddress(item.formula.replace(/^=/, ""));
  if (!parsed) return undefined;
  const sheet = parsed.sheet === undefined ? item.sheet : wb.findSheet(parsed.sheet);
  return sheet ? { sheet, rect: parsed.rect } : undefined;
}

function nameType(wb: WorkbookModel, item: NamedItemModel): string {
  const body = item.formula.replace(/^=/, "");
  if (referencedRange(wb, item)) return "Range";
  if (/^".*"$/.test(body)) return "String";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (parseTypedNumber(body)) return "Double";
  return "Error";
}

function nameValue(wb: WorkbookModel, item: NamedItemModel): unknown {
  const body = item.formula.replace(/^=/, "");
  const range = referencedRange(wb, item);
  if (range) return formatAddress(range.sheet.name, range.rect, true);
  if (/^".*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === "TRUE";
  return parseTypedNumber(body)?.value ?? "#NAME?";
}

function referenceFormula(reference: unknown): string {
  if (reference instanceof RangeProxy) {
    const t = reference._resolve();
    if (t === null) throw invalidArgument("The reference is a null object.");
    return `=${formatAddress(t.sheet.name, t.rect, true)}`;
  }
  if (typeof reference === "string" && reference !== "")
    return reference.startsWith("=") ? reference : `=${reference}`;
  throw invalidArgument("A name refers to a Range or a formula string.");
}

export class NamedItemProxy
  extends ClientObject<NamedItemModel>
  implements OfficeNames<Excel.NamedItem, "getRange" | "getRangeOrNullObject" | "delete">
{
  readonly _typeName = "NamedItem";

  constructor(...args: ConstructorParameters<typeof ClientObject<NamedItemModel>>) {
    const [context, parent, name, pathArgs, resolver, options] = args;
    super(context, parent, name, pathArgs, resolver, { ...options, bindOnResolve: true });
  }

  private range(orNull: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      this,
      orNull ? "getRangeOrNullObject" : "getRange",
      [],
      (p) => {
        const range = referencedRange(this.context._model, p as NamedItemModel);
        if (range) return range;
        if (orNull) return null;
        throw new StandInError("InvalidOperation", "The name does not refer to a range.");
      },
      { orNull }
    );
  }

  getRange(): RangeProxy {
    return this.range(false);
  }

  getRangeOrNullObject(): RangeProxy {
    return this.range(true);
  }

  delete(): void {
    this._enqueue("Method", "delete", [], (item) => {
      item.deleted = true;
      this.context._model.engine.markDirty();
    });
  }
}

defineProperties<Excel.NamedItem, NamedItemModel>(NamedItemProxy, {
  name: { read: (n) => n.name },
  formula: {
    read: (n) => n.formula,
    write: (n, v) => {
      n.formula = referenceFormula(v);
    },
  },
  comment: {
    read: (n) => n.comment,
    write: (n, v) => {
      n.comment = String(v);
    },
  },
  visible: {
    read: (n) => n.visible,
    write: (n, v) => {
      n.visible = v === true;
    },
  },
  scope: { read: (n) => (n.sheet ? "Worksheet" : "Workbook") },
  type: { read: (n) => nameType(n.workbook, n) },
  value: { read: (n) => nameValue(n.workbook, n) },
});

export class NamedItemCollectionProxy
  extends CollectionObject<NameScope, NamedItemProxy>
  implements
    OfficeNames<Excel.NamedItemCollection, "add" | "getItem" | "getItemOrNullObject" | "getCount">
{
  readonly _typeName = "NamedItemCollection";

  protected _itemTargets(scope: NameScope): unknown[] {
    return listOf(scope).filter((n) => !n.deleted);
  }

  protected _itemProxy(target: unknown): NamedItemProxy {
    const item = target as NamedItemModel;
    return new NamedItemProxy(this.context, this, "getItem", [item.name], () => item);
  }

  add(name: string, reference: unknown, comment?: string): NamedItemProxy {
    const result = new NamedItemProxy(this.context, this, "add", [name, reference, comment], () => {
      throw new StandInError("InvalidObjectPath", "The name has not been created yet.");
    });
    return this._enqueueCreate("add", [name, reference, comment], result, (scope) => {
      const wb = workbookOf(scope);
      if (scope instanceof SheetModel) {
        if (wb.findName(name, scope))
          throw new StandInError("ItemAlreadyExists", `The name '${name}' already exists.`);
        checkTableOrDefinedName(wb, name.replace(/./, "_")); // syntax only; sheet scope may shadow
      } else if (wb.findName(name)) {
        throw new StandInError("ItemAlreadyExists", `The name '${name}' already exists.`);
      } else {
        checkTableOrDefinedName(wb, name);
      }
      const item: NamedItemModel = {
        name,
        formula: referenceFormula(reference),
        comment: comment ?? "",
        visible: true,
        sheet: scope instanceof SheetModel ? scope : undefined,
        workbook: wb,
        deleted: false,
      };
      listOf(scope).push(item);
      wb.engine.markDirty();
      return item;
    });
  }

  private lookup(name: string, orNull: boolean): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      this,
      orNull ? "getItemOrNullObject" : "getItem",
      [name],
      (p) => {
        const scope = p as NameScope;
        const item = workbookOf(scope).findName(
          name,
          scope instanceof SheetModel ? scope : undefined
        );
        if (item) return item;
        if (orNull) return null;
        throw itemNotFound(`name '${name}'`);
      },
      { orNull }
    );
  }

  getItem(name: string): NamedItemProxy {
    return this.lookup(name, false);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return this.lookup(name, true);
  }

  getCount(): ClientResult<number> {
    return this._enqueueResult("getCount", [], (scope) => this._itemTargets(scope).length);
  }
}

/** Read-only views used by NamedItem.value/type and the inspection API. */
export const describeName = (wb: WorkbookModel, item: NamedItemModel) => ({
  name: item.name,
  formula: item.formula,
  comment: item.comment,
  type: nameType(wb, item),
  value: nameValue(wb, item),
  scope: item.sheet?.name ?? "Workbook",
});
