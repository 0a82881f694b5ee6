// Argument checks Excel makes on property values, shared by every type handler.
import { invalidArgument } from "../errors";
import { HTML_COLORS } from "./htmlColors";

/** "#RRGGBB" or an HTML color name ("orange"), as Excel's color properties accept. */
export function checkColor(value: unknown): string {
  if (typeof value === "string") {
    if (/^#[0-9a-f]{6}$/i.test(value)) return value.toUpperCase();
    const named = HTML_COLORS[value.toLowerCase()];
    if (named) return named;
  }
  throw invalidArgument(`'${String(value)}' is not a valid color.`);
}

export function oneOf(allowed: readonly string[], value: unknown, what: string): string {
  if (typeof value === "string" && allowed.includes(value)) return value;
  throw invalidArgument(`'${String(value)}' is not a valid ${what}.`);
}

export function checkNumber(value: unknown, what: string, min = 0): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= min) return value;
  throw invalidArgument(`'${String(value)}' is not a valid ${what}.`);
}

export function checkBoolean(value: unknown, what: string): boolean {
  if (typeof value === "boolean") return value;
  throw invalidArgument(`'${String(value)}' is not a valid ${what}.`);
}

export function checkString(value: unknown, what: string): string {
  if (typeof value === "string") return value;
  throw invalidArgument(`'${String(value)}' is not a valid ${what}.`);
}
