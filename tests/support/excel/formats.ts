// Conditional formats (range.conditionalFormats.add(type)). Each is recorded with its range,
// type, priority and the nested settings production code assigned (dataBar, iconSet criteria,
// cellValue rule and format, colorScale criteria, custom formula…), for tests to assert.
import { formatAddress } from "./address";
import type { ClientResult } from "./batch";
import { ClientObject, CollectionObject, defineProperties } from "./batch";
import { ConditionalFormatType } from "./enums";
import { invalidArgument, StandInError } from "./errors";
import type { ConditionalFormatModel } from "./model";
import type { OfficeNames } from "./officeNames";
import type { RangeTarget } from "./range";
import { checkColor } from "./range";
import type { RecorderClass } from "./recorder";
import { childNode, recorder } from "./recorder";

const checkColors = (name: string, value: unknown): unknown =>
  /color$/i.test(name) && value !== null && value !== "" ? checkColor(value) : value;

const Font = recorder<Excel.ConditionalRangeFont>({
  typeName: "ConditionalRangeFont",
  scalars: ["bold", "italic", "color", "strikethrough", "underline"],
  check: checkColors,
});
const Fill = recorder<Excel.ConditionalRangeFill>({
  typeName: "ConditionalRangeFill",
  scalars: ["color"],
  check: checkColors,
});
const RangeFormat = recorder<Excel.ConditionalRangeFormat>({
  typeName: "ConditionalRangeFormat",
  scalars: ["numberFormat"],
  children: { font: () => Font, fill: () => Fill },
});
const DataBarPositive = recorder<Excel.ConditionalDataBarPositiveFormat>({
  typeName: "ConditionalDataBarPositiveFormat",
  scalars: ["fillColor", "borderColor", "gradientFill"],
  check: checkColors,
});
const DataBarNegative = recorder<Excel.ConditionalDataBarNegativeFormat>({
  typeName: "ConditionalDataBarNegativeFormat",
  scalars: ["fillColor", "borderColor", "matchPositiveFillColor", "matchPositiveBorderColor"],
  check: checkColors,
});

const KINDS: Record<string, RecorderClass> = {
  dataBar: recorder<Excel.DataBarConditionalFormat>({
    typeName: "DataBarConditionalFormat",
    scalars: [
      "axisColor",
      "axisFormat",
      "barDirection",
      "lowerBoundRule",
      "upperBoundRule",
      "showDataBarOnly",
    ],
    children: { positiveFormat: () => DataBarPositive, negativeFormat: () => DataBarNegative },
    check: checkColors,
  }),
  iconSet: recorder<Excel.IconSetConditionalFormat>({
    typeName: "IconSetConditionalFormat",
    scalars: ["style", "criteria", "reverseIconOrder", "showIconOnly"],
  }),
  cellValue: recorder<Excel.CellValueConditionalFormat>({
    typeName: "CellValueConditionalFormat",
    scalars: ["rule"],
    children: { format: () => RangeFormat },
  }),
  colorScale: recorder<Excel.ColorScaleConditionalFormat>({
    typeName: "ColorScaleConditionalFormat",
    scalars: ["criteria"],
  }),
  custom: recorder<Excel.CustomConditionalFormat>({
    typeName: "CustomConditionalFormat",
    scalars: [],
    children: {
      format: () => RangeFormat,
      rule: () =>
        recorder<Excel.ConditionalFormatRule>({
          typeName: "ConditionalFormatRule",
          scalars: ["formula"],
        }),
    },
  }),
  textComparison: recorder<Excel.TextConditionalFormat>({
    typeName: "TextConditionalFormat",
    scalars: ["rule"],
    children: { format: () => RangeFormat },
  }),
  topBottom: recorder<Excel.TopBottomConditionalFormat>({
    typeName: "TopBottomConditionalFormat",
    scalars: ["rule"],
    children: { format: () => RangeFormat },
  }),
  preset: recorder<Excel.PresetCriteriaConditionalFormat>({
    typeName: "PresetCriteriaConditionalFormat",
    scalars: ["rule"],
    children: { format: () => RangeFormat },
  }),
};

/** Which settings object belongs to which ConditionalFormatType. */
const KIND_OF_TYPE: Record<string, string> = {
  DataBar: "dataBar",
  IconSet: "iconSet",
  CellValue: "cellValue",
  ColorScale: "colorScale",
  Custom: "custom",
  ContainsText: "textComparison",
  TopBottom: "topBottom",
  PresetCriteria: "preset",
};

export class ConditionalFormatProxy
  extends ClientObject<ConditionalFormatModel>
  implements OfficeNames<Excel.ConditionalFormat, "delete" | "getRange">
{
  readonly _typeName = "ConditionalFormat";

  delete(): void {
    this._enqueue("Method", "delete", [], (cf) => {
      const list = sheetOf(cf).conditionalFormats;
      list.splice(list.indexOf(cf), 1);
    });
  }

  getRange(): ClientObject {
    throw new StandInError(
      "NotImplemented",
      "ConditionalFormat.getRange is not modelled; assert cf.address instead."
    );
  }
}

const sheets = new WeakMap<ConditionalFormatModel, RangeTarget["sheet"]>();
const sheetOf = (cf: ConditionalFormatModel): RangeTarget["sheet"] => {
  const sheet = sheets.get(cf);
  if (!sheet) throw new StandInError("GeneralException", "Orphan conditional format.");
  return sheet;
};

for (const [kindName, Kind] of Object.entries(KINDS)) {
  Object.defineProperty(ConditionalFormatProxy.prototype, kindName, {
    get(this: ConditionalFormatProxy) {
      return this["_child"](
        kindName,
        () =>
          new Kind(this.context, this, kindName, (p) => {
            const cf = p as ConditionalFormatModel;
            if (KIND_OF_TYPE[cf.type] !== kindName) {
              throw new StandInError(
                "InvalidOperation",
                `A ${cf.type} conditional format has no '${kindName}'.`
              );
            }
            return childNode(cf.settings, kindName);
          })
      );
    },
  });
}

defineProperties<Excel.ConditionalFormat, ConditionalFormatModel>(ConditionalFormatProxy, {
  type: { read: (cf) => cf.type },
  id: { read: (cf) => cf.id },
  priority: {
    read: (cf) => cf.priority,
    write: (cf, v) => {
      if (typeof v !== "number" || v < 0)
        throw invalidArgument("Priority is a non-negative number.");
      cf.priority = v;
    },
  },
  stopIfTrue: {
    read: (cf) => cf.stopIfTrue,
    write: (cf, v) => {
      cf.stopIfTrue = v === true;
    },
  },
});

export class ConditionalFormatCollectionProxy
  extends CollectionObject<RangeTarget, ConditionalFormatProxy>
  implements OfficeNames<Excel.ConditionalFormatCollection, "add" | "clearAll" | "getCount">
{
  readonly _typeName = "ConditionalFormatCollection";

  protected _itemTargets(t: RangeTarget): unknown[] {
    return t.sheet.conditionalFormats.filter(
      (cf) => cf.address === formatAddress(t.sheet.name, t.rect)
    );
  }

  protected _itemProxy(target: unknown, index: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(
      this.context,
      this,
      "getItemAt",
      [index],
      () => target as ConditionalFormatModel
    );
  }

  add(type: string): ConditionalFormatProxy {
    const result = new ConditionalFormatProxy(this.context, this, "add", [type], () => {
      throw new StandInError(
        "InvalidObjectPath",
        "The conditional format has not been created yet."
      );
    });
    return this._enqueueCreate("add", [type], result, (t) => {
      if (!Object.values(ConditionalFormatType).includes(type as never)) {
        throw invalidArgument(`'${type}' is not a ConditionalFormatType.`);
      }
      const cf: ConditionalFormatModel = {
        id: t.sheet.workbook.newId("cf"),
        type,
        address: formatAddress(t.sheet.name, t.rect),
        rect: t.rect,
        priority: 0,
        stopIfTrue: false,
        settings: {},
      };
      for (const other of t.sheet.conditionalFormats) other.priority++;
      t.sheet.conditionalFormats.push(cf);
      sheets.set(cf, t.sheet);
      return cf;
    });
  }

  clearAll(): void {
    this._enqueue("Method", "clearAll", [], (t) => {
      const keep = t.sheet.conditionalFormats.filter(
        (cf) =>
          !(
            cf.rect.top >= t.rect.top &&
            cf.rect.bottom <= t.rect.bottom &&
            cf.rect.left >= t.rect.left &&
            cf.rect.right <= t.rect.right
          )
      );
      t.sheet.conditionalFormats.splice(0, t.sheet.conditionalFormats.length, ...keep);
    });
  }

  getCount(): ClientResult<number> {
    return this._enqueueResult("getCount", [], (t) => this._itemTargets(t).length);
  }
}
