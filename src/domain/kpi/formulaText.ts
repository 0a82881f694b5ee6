/**
 * Just enough of Excel's en-US formula syntax to find function calls and their arguments in a
 * formula's text without being fooled by what a string, a quoted sheet name, a structured
 * reference or an array constant may hold (`"KPI.CTR(, )"`, `'Q1, 2026'!A1`, `T[Clicks, all]`).
 */

/**
 * The index just past the atom that starts at `index` — a string, a quoted sheet name, a bracketed
 * structured reference (where an apostrophe escapes the next character) or an array constant —
 * or `index + 1` for any other character; -1 when the atom is never closed.
 *
 * @example
 * skipAtom('"a""b",1', 0) //=> 6
 */
export function skipAtom(text: string, index: number): number {
  const char = text[index];
  if (char === '"' || char === "'") {
    for (let j = index + 1; j < text.length; j++) {
      if (text[j] !== char) continue;
      if (text[j + 1] === char) j++;
      else return j + 1;
    }
    return -1;
  }
  if (char === "[") {
    let depth = 0;
    for (let j = index; j < text.length; j++) {
      const c = text[j];
      if (c === "'") j++;
      else if (c === "[") depth++;
      else if (c === "]" && --depth === 0) return j + 1;
    }
    return -1;
  }
  if (char === "{") {
    for (let j = index + 1; j < text.length;) {
      if (text[j] === "}") return j + 1;
      j = text[j] === '"' ? skipAtom(text, j) : j + 1;
      if (j < 0) return -1;
    }
    return -1;
  }
  return index + 1;
}

/** The arguments of a call, as written, and the index of its closing parenthesis. */
export interface CallArguments {
  readonly args: string[];
  readonly close: number;
}

/**
 * Splits the arguments of the call whose opening parenthesis is at `open`, at the commas that
 * belong to that call; null when the call is never closed. A call without arguments has none.
 *
 * @example
 * callArguments("SUM(A1,MAX(B1,C1))", 3) //=> { args: ["A1", "MAX(B1,C1)"], close: 17 }
 */
export function callArguments(text: string, open: number): CallArguments | null {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < text.length;) {
    const char = text[i];
    if (char === "(") depth++;
    else if (char === ")" && depth > 0) depth--;
    else if (char === ")" || (char === "," && depth === 0)) {
      args.push(text.slice(start, i));
      if (char === ")") {
        const none = args.length === 1 && args[0]?.trim() === "";
        return { args: none ? [] : args, close: i };
      }
      start = i + 1;
    }
    const next = skipAtom(text, i);
    if (next < 0) return null;
    i = next;
  }
  return null;
}

/** Characters that end an operand at the top level of an expression. */
const OPERATORS = new Set(["+", "-", "*", "/", "^", "&", "=", "<", ">", "%", " "]);

/**
 * The operands of an expression at its top level, split at its operators (and at spaces, Excel's
 * intersection operator); parenthesised groups and calls stay whole. Null when unbalanced.
 *
 * @example
 * topLevelOperands("A1*(B1+C1)-SUM(D1,E1)") //=> ["A1", "(B1+C1)", "SUM(D1,E1)"]
 */
export function topLevelOperands(text: string): string[] | null {
  const operands: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length;) {
    const char = text[i] ?? "";
    if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (depth === 0 && OPERATORS.has(char)) {
      if (i > start) operands.push(text.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return null;
    const next = skipAtom(text, i);
    if (next < 0) return null;
    i = next;
  }
  if (depth !== 0) return null;
  if (text.length > start) operands.push(text.slice(start));
  return operands;
}

/** A name that may precede a call's parenthesis: `SUM`, `KPI.CTR`, `_xll.KPI.CTR`. */
const CALL_NAME = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\(/;

/** A whole expression that is one call: its function name and arguments; null otherwise. */
export function wholeCall(text: string): { name: string; args: string[] } | null {
  const match = CALL_NAME.exec(text);
  if (!match?.[1]) return null;
  const call = callArguments(text, match[0].length - 1);
  return call && call.close === text.length - 1 ? { name: match[1], args: call.args } : null;
}
