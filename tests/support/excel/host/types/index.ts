// Every Excel type the host answers for. A type missing here answers NotImplemented.
import type { TypeHandler } from "../typeHandler";
import { CHART_TYPES } from "./chart";
import { CONDITIONAL_FORMAT_TYPES } from "./conditionalFormat";
import { DATA_VALIDATION_TYPES } from "./dataValidation";
import { NAME_TYPES } from "./names";
import { PAGE_LAYOUT_TYPES } from "./pageLayout";
import { PROTECTION_TYPES } from "./protection";
import { rangeType } from "./range";
import { rangeFillType, rangeFontType, rangeFormatType } from "./rangeFormat";
import { SETTING_TYPES } from "./settings";
import { TABLE_TYPES } from "./table";
import { applicationType, workbookType } from "./workbook";
import { freezePanesType, worksheetCollectionType, worksheetType } from "./worksheet";

export const TYPE_HANDLERS: ReadonlyMap<string, TypeHandler> = new Map(
  [
    workbookType,
    applicationType,
    worksheetType,
    worksheetCollectionType,
    freezePanesType,
    rangeType,
    rangeFormatType,
    rangeFontType,
    rangeFillType,
    ...TABLE_TYPES,
    ...CHART_TYPES,
    ...CONDITIONAL_FORMAT_TYPES,
    ...DATA_VALIDATION_TYPES,
    ...NAME_TYPES,
    ...SETTING_TYPES,
    ...PAGE_LAYOUT_TYPES,
    ...PROTECTION_TYPES,
  ].map((handler) => [handler.type, handler])
);
