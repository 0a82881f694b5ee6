import { kpiError, type KpiError } from "../domain/kpi/kpiError";
import { basicValue, type BasicValue, type CellError, type CellInput } from "./basicValue";

/** Marks an empty cell: Excel passes `null` (web) or `""` (a formula returning blank). */
export const BLANK = Symbol("blank");

// Excel's own arithmetic accepts numeric text ("12", "1.5e3", "12%"), so `=KPI.CTR("12", 100)`
// must too; anything else is #VALUE!, never a silent 0.
const numericText = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?$/;

/**
 * Reads one cell as a number the way Excel's arithmetic does; a data type by its basic value.
 *
 * @example
 * toNumber(3)      //=> 3
 * toNumber("12%")  //=> 0.12
 * toNumber({ type: "Double", basicValue: 3 }) //=> 3
 * toNumber(null)   //=> BLANK
 * toNumber("n/a")  //=> { code: "NOT_A_NUMBER", … }
 */
export function toNumber(
  input: CellInput | BasicValue | undefined
): number | typeof BLANK | KpiError | CellError {
  const cell = basicValue(input);
  if (typeof cell === "number") return cell;
  if (cell === null || cell === "") return BLANK;
  if (typeof cell === "object") return cell;
  if (typeof cell === "boolean") {
    return kpiError("NOT_A_NUMBER", {
      en: `${cell ? "TRUE" : "FALSE"} is not a number.`,
      fr: `${cell ? "VRAI" : "FAUX"} n'est pas un nombre.`,
    });
  }
  const text = cell.trim();
  if (!numericText.test(text)) {
    return kpiError("NOT_A_NUMBER", {
      en: `"${cell}" is not a number.`,
      fr: `« ${cell} » n'est pas un nombre.`,
    });
  }
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}
