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
export function nameType(wb: WorkbookModel, item: NamedItemModel): string {
  const body = item.formula.replace(/^=/, "");
  if (referencedRange(wb, item)) return "Range";
  if (/^".*"$/.test(body)) return "String";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (parseTypedNumber(body)) return "Double";
  return "Error";
}

export function nameValue(wb: WorkbookModel, item: NamedItemModel): unknown {
  const body = item.formula.replace(/^=/, "");
  const range = referencedRange(wb, item);
  if (range) return formatAddress(range.sheet.name, range.rect, true);
  if (/^".*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === "TRUE";
  return parseTypedNumber(body)?.value ?? "#NAME?";
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
