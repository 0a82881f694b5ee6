// Excel.NamedItemCollection (workbook.names, worksheet.names) and Excel.NamedItem. Names share one
// namespace with tables; a worksheet-scoped name may repeat a workbook-scoped one (it wins in its
// sheet's formulas). Sources: the comments of these classes in @types/office-js.
import { formatAddress } from "../../address";
import { invalidArgument, itemNotFound, notImplemented, StandInError } from "../../errors";
import { checkFormula } from "../../formulas";
import { isCellReference, tokenize } from "../../formulaSyntax";
import type { NamedItemModel } from "../../model";
import { SheetModel, WorkbookModel } from "../../model";
import { nameType, nameValue, referencedRange } from "../../nameModel";
import { checkTableOrDefinedName } from "../../tableModel";
import { checkBoolean, checkString } from "../checks";
import type { Args, HostObject } from "../typeHandler";
import { defineType, hostObject } from "../typeHandler";
import type { RangeTarget } from "./range";
import { rangeObject } from "./range";

type NameScope = WorkbookModel | SheetModel;

const workbookOf = (scope: NameScope): WorkbookModel =>
  scope instanceof SheetModel ? scope.workbook : scope;
const sheetOf = (scope: NameScope): SheetModel | undefined =>
  scope instanceof SheetModel ? scope : undefined;

const namedItemObject = (item: NamedItemModel): HostObject => hostObject("NamedItem", item);

const liveNames = (scope: NameScope): NamedItemModel[] => scope.names.filter((n) => !n.deleted);

/**
 * "reference: The formula or the range that the name will refer to" (NamedItemCollection.add). A
 * range becomes an absolute reference; a formula is checked as Excel checks it (a syntax error is
 * InvalidArgument) and stored with its leading "=" ("Formulas always start with an equal sign").
 */
function referenceFormula(
  wb: WorkbookModel,
  args: Args,
  i: number,
  sheet: SheetModel | undefined
): string {
  const object = args.object(i);
  if (object) {
    if (object.type !== "Range")
      throw invalidArgument(`${args.member}: a name refers to a Range or a formula.`);
    const { sheet: rangeSheet, rect } = object.target as RangeTarget;
    return `=${formatAddress(rangeSheet.name, rect, true)}`;
  }
  return formulaText(wb, args.raw(i), sheet);
}

function formulaText(wb: WorkbookModel, value: unknown, sheet: SheetModel | undefined): string {
  if (typeof value !== "string" || value.trim() === "" || value.trim() === "=") {
    throw invalidArgument("A name refers to a Range or a non-empty formula.");
  }
  const formula = checkFormula(wb, value.trim(), sheet && { sheet, row: 0, col: 0 });
  checkAbsolute(formula);
  return formula;
}

/**
 * A relative reference in a name moves with the cell that uses the name, relative to the cell
 * active when the name was made; the stand-in does not model that and says so.
 */
function checkAbsolute(formula: string): void {
  const tokens = tokenize(formula);
  tokens.forEach((token, i) => {
    const isReference =
      token.kind === "ident" && isCellReference(token.text) && tokens[i + 1]?.kind !== "open";
    if (isReference && !/^\$[A-Za-z]+\$\d+$/.test(token.text)) {
      throw notImplemented(
        `defined names with relative references ('${token.text}' in ${formula}); use $A$1 or a Range`
      );
    }
  });
}

/** A worksheet-scoped name is checked like a workbook one, except that it may repeat one. */
function checkNewName(scope: NameScope, name: string): void {
  const wb = workbookOf(scope);
  const sheet = sheetOf(scope);
  // A name "shall not have any of the following forms: TRUE or FALSE" (ECMA-376, Names).
  if (/^(TRUE|FALSE)$/i.test(name)) throw invalidArgument(`'${name}' is not a valid name.`);
  if (wb.findName(name, sheet)) {
    throw new StandInError("ItemAlreadyExists", `The name '${name}' already exists in this scope.`);
  }
  if (sheet && wb.findName(name)) {
    // The workbook-scoped name of the same spelling is allowed: checked against an empty
    // workbook for syntax only, then against the tables.
    checkTableOrDefinedName(new WorkbookModel(), name);
    if (wb.findTable(name)) throw invalidArgument(`A table called '${name}' already exists.`);
    return;
  }
  checkTableOrDefinedName(wb, name);
}

function addName(scope: NameScope, args: Args): HostObject {
  const name = args.string(0, "name");
  const wb = workbookOf(scope);
  const sheet = sheetOf(scope);
  checkNewName(scope, name);
  const formula = referenceFormula(wb, args, 1, sheet);
  const comment = args.optionalString(2, "comment") ?? "";
  const item: NamedItemModel = {
    name,
    formula,
    comment,
    visible: true,
    sheet,
    workbook: wb,
    deleted: false,
  };
  scope.names.push(item);
  wb.engine.markDirty();
  return namedItemObject(item);
}

function lookup(scope: NameScope, key: unknown): HostObject | null {
  if (typeof key !== "string") throw invalidArgument("Names are strings.");
  const item = workbookOf(scope).findName(key, sheetOf(scope));
  return item ? namedItemObject(item) : null;
}

const namedItemCollectionType = defineType<Excel.NamedItemCollection, NameScope>({
  type: "NamedItemCollection",
  items: (scope) => liveNames(scope).map(namedItemObject),
  indexer: (scope, key) => {
    const found = lookup(scope, key);
    if (!found) throw itemNotFound(`name '${String(key)}'`);
    return found;
  },
  methods: {
    Add: addName,
    // The stand-in's workbook is en-US (as Range.formulasLocal): a local formula is an en-US one.
    AddFormulaLocal: addName,
    GetItem: (scope, a) => {
      const found = lookup(scope, a.raw(0));
      if (!found) throw itemNotFound(`name '${String(a.raw(0))}'`);
      return found;
    },
    GetItemOrNullObject: (scope, a) => lookup(scope, a.raw(0)),
    GetCount: (scope) => liveNames(scope).length,
  },
});

function rangeOf(item: NamedItemModel): HostObject | null {
  const range = referencedRange(item.workbook, item);
  return range ? rangeObject(range.sheet, range.rect) : null;
}

const namedItemType = defineType<Excel.NamedItem, NamedItemModel>({
  type: "NamedItem",
  isDeleted: (n) => n.deleted || n.sheet?.deleted === true,
  properties: {
    Name: { get: (n) => n.name },
    Type: { get: (n) => nameType(n.workbook, n) },
    Value: { get: (n) => nameValue(n.workbook, n) },
    Visible: {
      get: (n) => n.visible,
      set: (n, v) => {
        n.visible = checkBoolean(v, "visible flag");
      },
    },
    Comment: {
      get: (n) => n.comment,
      set: (n, v) => {
        n.comment = checkString(v, "comment");
      },
    },
    Formula: {
      get: (n) => n.formula,
      set: (n, v) => {
        n.formula = formulaText(n.workbook, v, n.sheet);
        n.workbook.engine.markDirty();
      },
    },
    Scope: { get: (n) => (n.sheet ? "Worksheet" : "Workbook") },
  },
  navigation: {
    /** "Throws an error if the item is scoped to the workbook instead." */
    Worksheet: (n) => {
      if (!n.sheet) throw itemNotFound(`the name '${n.name}' is scoped to the workbook`);
      return hostObject("Worksheet", n.sheet);
    },
    WorksheetOrNullObject: (n) =>
      n.sheet ? hostObject("Worksheet", n.sheet) : (null as unknown as HostObject),
  },
  methods: {
    /** "Throws an error if the named item's type is not a range." */
    GetRange: (n) => {
      const range = rangeOf(n);
      if (!range)
        throw new StandInError(
          "InvalidOperation",
          `The name '${n.name}' does not refer to a range.`
        );
      return range;
    },
    GetRangeOrNullObject: (n) => rangeOf(n),
    Delete: (n) => {
      n.deleted = true;
      n.workbook.engine.markDirty();
    },
  },
});

export const NAME_TYPES = [namedItemCollectionType, namedItemType];
