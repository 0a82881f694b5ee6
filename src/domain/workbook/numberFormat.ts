import type { ValueType } from "../import/fields";

/** Each value type's number format (en-US codes, as `range.numberFormat` expects); text has none. */
const FORMAT_OF_TYPE: { readonly [T in ValueType]: string | undefined } = {
  platform: undefined,
  id: undefined,
  text: undefined,
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
  integer: "#,##0",
  money: "#,##0.00",
  duration: "[h]:mm:ss",
  share: "0.0%",
};

/** What a record may say about how its figures read: the currency of its money, its unit. */
export interface FormatHints {
  readonly currency?: string | null;
  readonly unit?: string;
}

/**
 * The number format of a value of a type: the one place formats come from. Text types have none:
 * they keep Excel's General format, under which the literal-text apostrophe works. Given the
 * record, money is shown in its currency (`[$EUR] #,##0.00` shows `EUR 1,234.50`; an amount
 * without a known ISO 4217 code gets a plain two-decimal format) and a share whose unit is
 * `count` as a head count.
 *
 * @example
 * numberFormat("integer") //=> "#,##0"
 * numberFormat("money", { currency: "EUR" }) //=> "[$EUR] #,##0.00"
 * numberFormat("share", { unit: "count" }) //=> "#,##0"
 * numberFormat("text") //=> undefined
 */
export function numberFormat(type: ValueType, record: FormatHints = {}): string | undefined {
  const { currency, unit } = record;
  if (type === "money" && typeof currency === "string" && /^[A-Z]{3}$/.test(currency)) {
    return `[$${currency}] ${FORMAT_OF_TYPE.money}`;
  }
  if (type === "share" && unit === "count") return FORMAT_OF_TYPE.integer;
  return FORMAT_OF_TYPE[type];
}
