// Defined names in the model. They share one namespace with table names; a Range reference is
// stored as an absolute formula ("=Sheet1!$A$1:$B$2"), as Excel does.
import type { Rect } from "./address";
import { formatAddress, tryParseAddress } from "./address";
import type { NamedItemModel, SheetModel, WorkbookModel } from "./model";
import { parseTypedNumber } from "./values";

/** The range a name refers to, when its formula is a plain reference. */
export function referencedRange(
  wb: WorkbookModel,
  item: NamedItemModel
): { sheet: SheetModel; rect: Rect } | undefined {
  const parsed = tryParseAddress(item.formula.replace(/^=/, ""));
  if (!parsed) return undefined;
  const sheet = parsed.sheet === undefined ? item.sheet : wb.findSheet(parsed.sheet);
  return sheet ? { sheet, rect: parsed.rect } : undefined;
}
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;

/** "Specifies the type of the value returned by the name's formula" (NamedItem.type). */
export function nameType(wb: WorkbookModel, item: NamedItemModel): string {
  if (referencedRange(wb, item)) return "Range";
  const value = nameValue(wb, item);
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return "Double";
  return typeof value === "string" && ERROR_VALUE.test(value) ? "Error" : "String";
}

/**
 * "Represents the value computed by the name's formula. For a named range, it will return the
 * range address." (NamedItem.value). Constants are read from the text; other formulas computed.
 */
export function nameValue(wb: WorkbookModel, item: NamedItemModel): unknown {
  const body = item.formula.replace(/^=/, "");
  const range = referencedRange(wb, item);
  if (range) return formatAddress(range.sheet.name, range.rect, true);
  if (/^"([^"]|"")*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === "TRUE";
  const constant = parseTypedNumber(body);
  if (constant) return constant.value;
  return wb.engine.namedValue(item);
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
