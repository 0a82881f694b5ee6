// Excel's en-US formula grammar, as far as Excel refuses a formula when it is written: a formula
// that does not parse fails the request with InvalidArgument ("There's a problem with this
// formula" in the grid), while an unknown function or name parses and shows #NAME? in the cell.
// HyperFormula cannot be asked this: it stores unparsable text as a #ERROR! cell. The tokenizer
// here also serves the rewrites Excel applies to stored formulas (sheet renamed or deleted) and
// the translation into what HyperFormula understands (TRUE → TRUE(), LET expanded, spills).
import { quoteSheetName } from "./address";
import { invalidArgument } from "./errors";
import { ERROR_VALUES } from "./values";

export type TokenKind =
  | "string"
  | "number"
  | "error"
  | "ident"
  | "sheet"
  | "struct"
  | "op"
  | "open"
  | "close"
  | "arrayOpen"
  | "arrayClose"
  | "comma"
  | "semicolon"
  | "space";

export interface Token {
  kind: TokenKind;
  text: string;
  /** For "sheet" tokens: the sheet name(s) without quotes, "Sheet1" or "Jan:Mar". */
  sheet?: string;
}

const IDENT = /^[\p{L}_\\$][\p{L}\p{N}_.\\$?]*/u;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const SHEET_IDENT = /^[\p{L}\p{N}_.\\]+(?::[\p{L}\p{N}_.\\]+)?!/u;
const TWO_CHAR_OPS = ["<=", ">=", "<>"];
const ONE_CHAR_OPS = "+-*/^&=<>%@:";

const syntaxError = (formula: string, why: string): Error =>
  invalidArgument(`There's a problem with the formula '${formula}': ${why}.`);

/** Reads "[...]" from `start`, nested brackets included; "'" escapes the next character. */
export function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i;
  }
  return -1;
}

/**
 * The index of the quote closing the text value or quoted sheet name that opens at `start`
 * (a doubled quote stands for itself), or `text.length` when it is not closed.
 */
function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  let j = start + 1;
  while (j < text.length) {
    if (text[j] === quote && text[j + 1] === quote) j += 2;
    else if (text[j] === quote) return j;
    else j++;
  }
  return text.length;
}

/** A structured reference as written in a formula. */
export interface StructuredReferenceText {
  /** The table name as written (`Posts[Col]`), or undefined for a bare `[@Col]` inside a table. */
  table: string | undefined;
  /** The text between the outer brackets: "Col", "[#Headers],[Col]", "@Col". */
  inner: string;
}

// Table names follow Excel's name rules, which admit any Unicode letter (a table called "Données").
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*/u;
// A name glued to what precedes it ("A1", "Sheet1!", "$A") does not start a table name.
const WORD_BEFORE = /[\p{L}\p{N}_.!$\\]/u;

/**
 * Rebuilds `formula` with each structured reference replaced by what `replace` answers for it
 * (undefined keeps it as written). Text values and quoted sheet names are copied untouched, so
 * text that only looks like a reference is never rewritten; an unclosed "[" is copied as it is.
 */
export function replaceStructuredReferences(
  formula: string,
  replace: (ref: StructuredReferenceText) => string | undefined
): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? "";
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const table = WORD_BEFORE.test(formula[i - 1] ?? "")
      ? undefined
      : TABLE_NAME.exec(formula.slice(i))?.[0];
    const open = i + (table?.length ?? 0);
    const close = formula[open] === "[" ? bracketEnd(formula, open) : -1;
    if (close >= 0) {
      const inner = formula.slice(open + 1, close);
      out += replace({ table, inner }) ?? formula.slice(i, close + 1);
      i = close + 1;
    } else if (table !== undefined) {
      out += table;
      i += table.length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Splits a formula (with or without its leading "=") into tokens; throws on unclosed literals. */
export function tokenize(formula: string): Token[] {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i] ?? "";
    if (ch === '"') {
      const j = quotedEnd(text, i);
      if (j >= text.length) throw syntaxError(formula, "a text value is missing its closing quote");
      tokens.push({ kind: "string", text: text.slice(i, j + 1) });
      i = j + 1;
    } else if (ch === "'") {
      const j = quotedEnd(text, i);
      if (j >= text.length) throw syntaxError(formula, "a quoted sheet name is not closed");
      if (text[j + 1] !== "!")
        throw syntaxError(formula, "a quoted sheet name must be followed by '!'");
      tokens.push({
        kind: "sheet",
        text: text.slice(i, j + 2),
        sheet: text.slice(i + 1, j).replace(/''/g, "'"),
      });
      i = j + 2;
    } else if (/^\s/.test(ch)) {
      const m = /^\s+/.exec(rest)?.[0] ?? ch;
      tokens.push({ kind: "space", text: m });
      i += m.length;
    } else if (ch === "#") {
      const literal = ERROR_VALUES.find((e) => rest.toUpperCase().startsWith(e));
      if (!literal) throw syntaxError(formula, `'${rest.slice(0, 8)}' is not an error value`);
      tokens.push({ kind: "error", text: literal });
      i += literal.length;
    } else if (ch === "[") {
      const end = bracketEnd(text, i);
      if (end < 0) throw syntaxError(formula, "a structured reference is missing its ']'");
      tokens.push({ kind: "struct", text: text.slice(i, end + 1) });
      i = end + 1;
    } else if (SHEET_IDENT.test(rest) && !/^\d+!/.test(rest)) {
      const m = SHEET_IDENT.exec(rest)?.[0] ?? "";
      tokens.push({ kind: "sheet", text: m, sheet: m.slice(0, -1) });
      i += m.length;
    } else if (NUMBER.test(rest)) {
      const m = NUMBER.exec(rest)?.[0] ?? "";
      tokens.push({ kind: "number", text: m });
      i += m.length;
    } else if (IDENT.test(rest)) {
      const m = IDENT.exec(rest)?.[0] ?? "";
      tokens.push({ kind: "ident", text: m });
      i += m.length;
    } else if (TWO_CHAR_OPS.includes(rest.slice(0, 2))) {
      tokens.push({ kind: "op", text: rest.slice(0, 2) });
      i += 2;
    } else if (ONE_CHAR_OPS.includes(ch)) {
      tokens.push({ kind: "op", text: ch });
      i++;
    } else {
      const kinds: Record<string, TokenKind> = {
        "(": "open",
        ")": "close",
        "{": "arrayOpen",
        "}": "arrayClose",
        ",": "comma",
        ";": "semicolon",
      };
      const kind = kinds[ch];
      if (!kind) throw syntaxError(formula, `'${ch}' cannot appear here`);
      tokens.push({ kind, text: ch });
      i++;
    }
  }
  return tokens;
}

export const joinTokens = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join("");

const CELL = /^\$?[A-Za-z]{1,3}\$?\d{1,7}$/;
const COLUMN = /^\$?[A-Za-z]{1,3}$/;
const ROW = /^\$?\d{1,7}$/;
export const isCellReference = (text: string): boolean => CELL.test(text);

/** What the validator needs to know about names and tables of the workbook. */
export interface FormulaContext {
  /** Whether a table of this name exists; its column names when it does. */
  tableColumns(name: string): string[] | undefined;
  /** The columns of the table the formula's cell lies in, for "[@Col]" and "[Col]". */
  enclosingTableColumns(): string[] | undefined;
  /** Whether a defined name (or table) of this name exists, for the intersection operator. */
  isDefinedName(name: string): boolean;
}

type Operand = "reference" | "name" | "value";

/**
 * [min, max, step] arguments of functions KPI sheets use, from each function's page on
 * support.microsoft.com; Excel refuses a call outside them ("You've entered too few arguments for
 * this function"). Functions not listed are not counted.
 */
const ARITY: Record<string, [number, number, number?]> = {
  SUM: [1, 255],
  AVERAGE: [1, 255],
  MIN: [1, 255],
  MAX: [1, 255],
  COUNT: [1, 255],
  COUNTA: [1, 255],
  IF: [2, 3],
  IFERROR: [2, 2],
  IFNA: [2, 2],
  IFS: [2, 254, 2],
  SWITCH: [3, 254],
  AND: [1, 255],
  OR: [1, 255],
  NOT: [1, 1],
  SUMIF: [2, 3],
  COUNTIF: [2, 2],
  AVERAGEIF: [2, 3],
  SUMIFS: [3, 255, 2],
  COUNTIFS: [2, 254, 2],
  AVERAGEIFS: [3, 255, 2],
  MAXIFS: [3, 255, 2],
  MINIFS: [3, 255, 2],
  VLOOKUP: [3, 4],
  HLOOKUP: [3, 4],
  XLOOKUP: [3, 6],
  XMATCH: [2, 4],
  INDEX: [2, 4],
  MATCH: [2, 3],
  ROUND: [2, 2],
  ROUNDUP: [2, 2],
  ROUNDDOWN: [2, 2],
  TEXT: [2, 2],
  TEXTJOIN: [3, 254],
  CONCAT: [1, 254],
  LEFT: [1, 2],
  RIGHT: [1, 2],
  MID: [3, 3],
  LEN: [1, 1],
  DATE: [3, 3],
  EDATE: [2, 2],
  EOMONTH: [2, 2],
  WEEKDAY: [1, 2],
  ISOWEEKNUM: [1, 1],
  TODAY: [0, 0],
  NOW: [0, 0],
  SEQUENCE: [1, 4],
  FILTER: [2, 3],
  SORT: [1, 4],
  SORTBY: [2, 255],
  UNIQUE: [1, 3],
  LET: [3, 253, 2],
  RANK: [2, 3],
  "RANK.EQ": [2, 3],
};

/** "Length of formula contents: 8,192 characters" (Excel specifications and limits). */
const MAX_FORMULA_LENGTH = 8192;

/**
 * Recursive-descent check of one formula. Whitespace is skipped except between two operands,
 * where it is Excel's intersection operator and both sides must be references.
 */
class Validator {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly formula: string,
    private readonly tokens: Token[],
    private readonly context: FormulaContext | undefined
  ) {}

  run(): void {
    this.skipSpace();
    if (this.pos >= this.tokens.length) throw this.fail("the formula is empty");
    this.expression();
    this.skipSpace();
    const next = this.tokens[this.pos];
    if (next) throw this.unexpected(next);
  }

  private fail(why: string): Error {
    return syntaxError(this.formula, why);
  }

  private unexpected(token: Token): Error {
    if (token.kind === "semicolon") {
      return this.fail("arguments are separated by commas in en-US formulas, not semicolons");
    }
    if (token.kind === "close") return this.fail("there are more ')' than '('");
    return this.fail(`'${token.text}' is not expected here`);
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private skipSpace(): void {
    while (this.tokens[this.pos]?.kind === "space") this.pos++;
  }

  private startsOperand(token: Token | undefined): boolean {
    if (!token) return false;
    return (
      ["string", "number", "error", "ident", "sheet", "struct", "open", "arrayOpen"].includes(
        token.kind
      ) ||
      (token.kind === "op" && ["+", "-", "@"].includes(token.text))
    );
  }

  private expression(): Operand {
    let kind = this.unary();
    for (;;) {
      const before = this.pos;
      const hadSpace = this.tokens[this.pos]?.kind === "space";
      this.skipSpace();
      const next = this.peek();
      if (next?.kind === "op" && next.text !== "@" && next.text !== "%") {
        this.pos++;
        this.skipSpace();
        if (!this.startsOperand(this.peek())) {
          throw this.fail(`the operator '${next.text}' is missing its second operand`);
        }
        this.unary();
        // The right side of ":" may be a bare row number or column letters ("1:3", "A:C").
        kind = next.text === ":" && kind !== "value" ? "reference" : "value";
      } else if (hadSpace && this.startsOperand(next) && !(next?.kind === "op")) {
        const right = this.unary();
        if (kind !== "reference" || right !== "reference") {
          throw this.fail(
            "a space between two values is the intersection operator, which needs two references (sheet names with spaces must be quoted: 'My sheet'!A1)"
          );
        }
        kind = "reference";
      } else {
        this.pos = before;
        return kind;
      }
    }
  }

  private unary(): Operand {
    this.skipSpace();
    let prefixed = false;
    while (this.peek()?.kind === "op" && ["+", "-", "@"].includes(this.peek()?.text ?? "")) {
      prefixed = true;
      this.pos++;
      this.skipSpace();
    }
    let kind = this.primary();
    while (this.peek()?.kind === "op" && this.peek()?.text === "%") {
      this.pos++;
      kind = "value";
    }
    return prefixed && kind !== "reference" ? "value" : kind;
  }

  private primary(): Operand {
    const token = this.peek();
    if (!token) throw this.fail("the formula ends too early");
    this.pos++;
    switch (token.kind) {
      case "string":
      case "number":
        // A row range "1:3" reads as two numbers around ":".
        return ROW.test(token.text) && this.peek()?.text === ":" ? "reference" : "value";
      case "error":
        if (token.text === "#REF!" && this.peek()?.kind === "ident") {
          // A reference whose sheet was deleted: "#REF!A1".
          this.pos++;
          return "reference";
        }
        return "value";
      case "open": {
        let kind = this.expression();
        this.skipSpace();
        while (this.peek()?.kind === "comma") {
          this.pos++;
          this.expression();
          kind = "reference"; // (A1,B1) is a union
        }
        this.skipSpace();
        if (this.peek()?.kind !== "close") {
          const next = this.peek();
          throw next ? this.unexpected(next) : this.fail("a '(' is not closed");
        }
        this.pos++;
        return kind;
      }
      case "arrayOpen":
        this.arrayConstant();
        return "value";
      case "sheet":
        return this.afterSheet(token);
      case "struct":
        this.structured(undefined, token.text);
        return "reference";
      case "ident":
        return this.identifier(token);
      default:
        throw this.unexpected(token);
    }
  }

  private afterSheet(sheet: Token): Operand {
    const next = this.peek();
    if (next?.kind === "ident" && this.tokens[this.pos + 1]?.kind !== "open") {
      this.pos++;
      return "reference";
    }
    if (next?.kind === "number" && ROW.test(next.text)) {
      this.pos++;
      return "reference";
    }
    if (next?.kind === "error" && next.text === "#REF!") {
      this.pos++;
      return "reference";
    }
    throw this.fail(`'${sheet.text}' must be followed by a reference`);
  }

  private identifier(token: Token): Operand {
    const next = this.peek();
    if (next?.kind === "open") {
      if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(token.text))
        throw this.fail(`'${token.text}' is not a function name`);
      this.pos++;
      // "Nested levels of functions: 64"; "Arguments in a function: 255" (Excel specifications
      // and limits).
      if (++this.depth > 64) throw this.fail("functions are nested more than 64 levels deep");
      const count = this.arguments();
      this.depth--;
      if (count > 255) throw this.fail(`${token.text} has more than 255 arguments`);
      this.checkArity(token.text.toUpperCase(), count);
      return "reference"; // INDEX, OFFSET… may return references
    }
    if (next?.kind === "struct") {
      this.pos++;
      this.structured(token.text, next.text);
      return "reference";
    }
    if (/^(TRUE|FALSE)$/i.test(token.text)) return "value";
    if (CELL.test(token.text) || (COLUMN.test(token.text) && this.peek()?.text === ":"))
      return "reference";
    if (token.text.includes("$")) {
      throw this.fail(`'${token.text}' is neither a reference nor a name`);
    }
    return this.context?.isDefinedName(token.text) ? "reference" : "name";
  }

  private checkArity(name: string, count: number): void {
    const arity = ARITY[name];
    if (!arity) return;
    const [min, max, step = 1] = arity;
    if (count < min) throw this.fail(`you've entered too few arguments for ${name}`);
    if (count > max) throw this.fail(`you've entered too many arguments for ${name}`);
    if ((count - min) % step !== 0)
      throw this.fail(`${name} takes its arguments in groups of ${step}`);
  }

  /** Reads a call's arguments up to its ")"; returns how many there are. */
  private arguments(): number {
    this.skipSpace();
    if (this.peek()?.kind === "close") {
      this.pos++;
      return 0;
    }
    let count = 1;
    for (;;) {
      this.skipSpace();
      const next = this.peek();
      // An omitted argument (",,") is allowed: Excel passes it as empty.
      if (next?.kind !== "comma" && next?.kind !== "close") this.expression();
      this.skipSpace();
      const after = this.peek();
      if (after?.kind === "comma") {
        this.pos++;
        count++;
      } else if (after?.kind === "close") {
        this.pos++;
        return count;
      } else if (!after) {
        throw this.fail("a function's '(' is not closed");
      } else {
        throw this.unexpected(after);
      }
    }
  }

  private arrayConstant(): void {
    let width: number | undefined;
    let count = 0;
    for (;;) {
      this.skipSpace();
      const sign = this.peek();
      if (sign?.kind === "op" && (sign.text === "-" || sign.text === "+")) this.pos++;
      const item = this.peek();
      if (
        !item ||
        !(
          item.kind === "number" ||
          item.kind === "string" ||
          item.kind === "error" ||
          (item.kind === "ident" && /^(TRUE|FALSE)$/i.test(item.text))
        )
      ) {
        throw this.fail("array constants hold only numbers, text, TRUE/FALSE and errors");
      }
      this.pos++;
      count++;
      this.skipSpace();
      const sep = this.peek();
      if (sep?.kind === "comma") {
        this.pos++;
      } else if (sep?.kind === "semicolon" || sep?.kind === "arrayClose") {
        // ";" separates rows of an array constant, the one place en-US formulas use it.
        if (width !== undefined && width !== count)
          throw this.fail("the rows of an array constant differ in length");
        width = count;
        count = 0;
        this.pos++;
        if (sep.kind === "arrayClose") return;
      } else {
        throw this.fail("an array constant is not closed with '}'");
      }
    }
  }

  private structured(table: string | undefined, bracketed: string): void {
    const columns =
      table === undefined
        ? this.context?.enclosingTableColumns()
        : this.context?.tableColumns(table);
    if (this.context && !columns) {
      throw this.fail(
        table === undefined
          ? `'${bracketed}' refers to the table the cell is in, and this cell is not in a table`
          : `there is no table called '${table}'`
      );
    }
    const used = parseStructuredSpecifier(bracketed.slice(1, -1), (why) => this.fail(why));
    if (!columns) return;
    const known = new Set(columns.map((c) => c.toLowerCase()));
    for (const column of used) {
      if (!known.has(column.toLowerCase())) {
        throw this.fail(`the table has no column called '${column}'`);
      }
    }
  }
}

const SPECIAL_ITEMS = /^#(All|Data|Headers|Totals|This Row)$/i;
/** Characters that need the [[double bracket]] form (a space alone does not). */
const NEEDS_BRACKETS = /[\t\n\r,:.{}"$^&*+=\-<>/]/;

/** A column name as a structured reference must write it: "'" before "'", "#", "[" and "]". */
export const escapeColumn = (name: string): string => name.replace(/['#[\]]/g, "'$&");
/** The column name an escaped one stands for, trimmed as Excel trims it. */
export const unescapeColumn = (name: string): string => name.replace(/'(.)/g, "$1").trim();

/** Reads a column name, refusing the characters only the "'" escape makes literal. */
function columnName(raw: string, fail: (why: string) => Error): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? "";
    if (ch === "'") {
      const escaped = raw[i + 1];
      if (escaped === undefined) throw fail('a column name ends with an unmatched "\'"');
      out += escaped;
      i++;
    } else if ("[]#".includes(ch)) {
      throw fail(`'${ch}' in a column name must be escaped as '${ch}`);
    } else {
      out += ch;
    }
  }
  return out.trim();
}

/**
 * Checks the inside of Table[...] and returns the column names it uses. Grammar (Microsoft's
 * "Using structured references with Excel tables"): "", "Col", "#All", "@Col", "@[Col x]", or a
 * list of bracketed items "[#Headers],[Col]" with "[A]:[B]" column ranges.
 */
export function parseStructuredSpecifier(inner: string, fail: (why: string) => Error): string[] {
  const spec = inner.trim();
  if (spec === "") return [];
  if (!spec.startsWith("[")) {
    if (SPECIAL_ITEMS.test(spec)) return [];
    let body = spec;
    if (body.startsWith("@")) {
      body = body.slice(1).trim();
      if (body === "") return [];
      if (body.startsWith("[")) {
        const end = bracketEnd(body, 0);
        if (end !== body.length - 1) throw fail(`'${inner}' is not a valid structured reference`);
        return [columnName(body.slice(1, -1), fail)];
      }
    }
    if (NEEDS_BRACKETS.test(body.replace(/'./g, ""))) {
      throw fail(
        `the column name '${body}' has special characters and must be written [[${body}]]`
      );
    }
    return [columnName(body, fail)];
  }
  const used: string[] = [];
  let i = 0;
  let expectItem = true;
  while (i < spec.length) {
    const ch = spec[i] ?? "";
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "[" && expectItem) {
      const end = bracketEnd(spec, i);
      if (end < 0) throw fail(`'${inner}' is missing a ']'`);
      const item = spec.slice(i + 1, end).trim();
      if (!SPECIAL_ITEMS.test(item))
        used.push(columnName(item.startsWith("@") ? item.slice(1) : item, fail));
      i = end + 1;
      expectItem = false;
    } else if ((ch === "," || ch === ":") && !expectItem) {
      i++;
      expectItem = true;
    } else if (ch === "@" && expectItem && used.length === 0) {
      i++;
    } else {
      throw fail(`'${inner}' is not a valid structured reference`);
    }
  }
  if (expectItem) throw fail(`'${inner}' ends with a separator`);
  return used;
}

/**
 * Throws InvalidArgument when Excel would refuse `formula` (which starts with "="). Without a
 * context, table and name checks are skipped (grammar only).
 */
export function validateFormula(formula: string, context?: FormulaContext): void {
  if (formula.length > MAX_FORMULA_LENGTH) {
    throw syntaxError(
      formula.slice(0, 40) + "…",
      `a formula is at most ${MAX_FORMULA_LENGTH} characters`
    );
  }
  new Validator(formula, tokenize(formula), context).run();
}

/** Function names and cell references in upper case, as Excel reads a formula back. */
export function normalizeFormula(formula: string): string {
  const tokens = tokenize(formula);
  return (
    "=" +
    tokens
      .map((t, i) => {
        // Excel quotes a sheet name only when it must ('My data'!A1, but Data!A1).
        if (t.kind === "sheet" && t.sheet !== undefined && !t.sheet.includes(":"))
          return `${quoteSheetName(t.sheet)}!`;
        if (t.kind !== "ident") return t.text;
        const next = tokens[i + 1];
        if (next?.kind === "open" || CELL.test(t.text) || /^(TRUE|FALSE)$/i.test(t.text))
          return t.text.toUpperCase();
        if (COLUMN.test(t.text) && (next?.text === ":" || tokens[i - 1]?.text === ":"))
          return t.text.toUpperCase();
        return t.text;
      })
      .join("")
  );
}

/**
 * Rewrites the sheet prefixes of a formula. `replace` gets a sheet name and returns the new
 * prefix text (with its "!"), or undefined to keep it.
 */
export function rewriteSheetPrefixes(
  formula: string,
  replace: (sheet: string) => string | undefined
): string {
  let tokens: Token[];
  try {
    tokens = tokenize(formula);
  } catch {
    return formula;
  }
  let changed = false;
  const out = tokens.map((t) => {
    if (t.kind !== "sheet" || t.sheet === undefined) return t.text;
    const next = replace(t.sheet);
    if (next === undefined) return t.text;
    changed = true;
    return next;
  });
  return changed ? `=${out.join("")}` : formula;
}

/** The arguments of the call whose "(" is at `open`: token ranges and the index of ")". */
function callArguments(
  tokens: Token[],
  open: number
): { args: Token[][]; close: number } | undefined {
  const args: Token[][] = [[]];
  let depth = 0;
  for (let i = open + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "open" || t.kind === "arrayOpen") depth++;
    if (t.kind === "close" || t.kind === "arrayClose") {
      if (depth === 0) return { args, close: i };
      depth--;
    }
    if (t.kind === "comma" && depth === 0) args.push([]);
    else args[args.length - 1]?.push(t);
  }
  return undefined;
}

const trimSpace = (tokens: Token[]): Token[] => {
  let a = 0;
  let b = tokens.length;
  while (tokens[a]?.kind === "space") a++;
  while (b > a && tokens[b - 1]?.kind === "space") b--;
  return tokens.slice(a, b);
};

/** LET(name1, value1, …, calculation) with each name replaced by its parenthesised value. */
function expandLet(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "ident" || t.text.toUpperCase() !== "LET" || tokens[i + 1]?.kind !== "open")
      continue;
    if (tokens[i - 1]?.kind === "sheet") continue;
    const call = callArguments(tokens, i + 1);
    if (!call || call.args.length < 3 || call.args.length % 2 === 0) {
      return [{ kind: "error", text: "#VALUE!" }];
    }
    const bindings = new Map<string, Token[]>();
    const substitute = (arg: Token[]): Token[] =>
      arg.flatMap((x, k) => {
        const value = x.kind === "ident" ? bindings.get(x.text.toLowerCase()) : undefined;
        const following = arg[k + 1]?.kind;
        if (
          !value ||
          following === "open" ||
          following === "struct" ||
          arg[k - 1]?.kind === "sheet"
        )
          return [x];
        return [{ kind: "open", text: "(" }, ...value, { kind: "close", text: ")" }];
      });
    for (let k = 0; k + 1 < call.args.length; k += 2) {
      const name = trimSpace(call.args[k] ?? []);
      if (name.length !== 1 || name[0]?.kind !== "ident")
        return [{ kind: "error", text: "#VALUE!" }];
      bindings.set((name[0]?.text ?? "").toLowerCase(), substitute(call.args[k + 1] ?? []));
    }
    const body = substitute(call.args[call.args.length - 1] ?? []);
    const expanded = [
      ...tokens.slice(0, i),
      { kind: "open" as const, text: "(" },
      ...body,
      { kind: "close" as const, text: ")" },
      ...tokens.slice(call.close + 1),
    ];
    return expandLet(expanded);
  }
  return tokens;
}

/**
 * Replaces each call of `name` by the formula text `rewrite` builds from its arguments' text
 * (undefined keeps the call, which then shows #NAME? as an unknown function would).
 */
function rewriteCalls(
  tokens: Token[],
  name: string,
  rewrite: (args: string[]) => string | undefined
): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "ident" || t.text.toUpperCase() !== name || tokens[i + 1]?.kind !== "open")
      continue;
    const call = callArguments(tokens, i + 1);
    const text = call ? rewrite(call.args.map((a) => joinTokens(trimSpace(a)))) : undefined;
    if (!call || text === undefined) continue;
    const replaced = tokenize(`(${text})`);
    return rewriteCalls(
      [...tokens.slice(0, i), ...replaced, ...tokens.slice(call.close + 1)],
      name,
      rewrite
    );
  }
  return tokens;
}

/**
 * Functions of Excel that HyperFormula 3.5 lacks, written with functions it has. Arguments may be
 * evaluated more than once, which is harmless as they have no side effects.
 */
const MISSING_FUNCTIONS: Record<string, (args: string[]) => string | undefined> = {
  // AVERAGEIFS(average_range, criteria_range1, criteria1, …): the mean of the cells meeting all
  // criteria; #DIV/0! when none does, as Excel's.
  AVERAGEIFS: ([average, ...criteria]) =>
    average === undefined || criteria.length < 2 || criteria.length % 2 !== 0
      ? undefined
      : `SUMIFS(${[average, ...criteria].join(",")})/COUNTIFS(${criteria.join(",")})`,
  // XMATCH(lookup_value, lookup_array, [match_mode=0]) with an exact match, the default, is
  // MATCH(…, 0); other match and search modes are left as unknown.
  XMATCH: ([value, array, mode, search]) =>
    value === undefined ||
    array === undefined ||
    (mode !== undefined && mode !== "" && mode !== "0") ||
    search !== undefined
      ? undefined
      : `MATCH(${value},${array},0)`,
  // RANK.EQ(number, ref, [order]): 1 + how many are greater (order 0) or smaller (order ≠ 0);
  // #N/A when the number is not in ref.
  "RANK.EQ": (args) => rank(args),
  RANK: (args) => rank(args),
  // CONCAT is CONCATENATE accepting ranges, which HyperFormula's CONCATENATE already flattens.
  CONCAT: (args) => `CONCATENATE(${args.join(",")})`,
};

function rank([number, ref, order]: string[]): string | undefined {
  if (number === undefined || ref === undefined) return undefined;
  const direction = order === undefined || order === "" ? '">"' : `IF(${order},"<",">")`;
  return `IF(COUNTIF(${ref},${number})=0,NA(),COUNTIF(${ref},${direction}&${number})+1)`;
}

/**
 * Excel syntax HyperFormula reads differently: TRUE/FALSE are functions there, "" inside text is
 * no escaped quote there, LET and a few functions do not exist (MISSING_FUNCTIONS), a reference
 * to a deleted sheet ("#REF!A1") is just #REF!, and a formula that is only a range (=A1:B3) must
 * spill as in Excel 365 instead of giving #VALUE!.
 * Structured references must already be translated.
 */
/** Whether the operator at `i` is a prefix (nothing, an operator, "(" or "," before it). */
function isUnaryPosition(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (tokens[j]?.kind === "space") j--;
  const prev = tokens[j];
  return !prev || prev.kind === "op" || prev.kind === "open" || prev.kind === "comma";
}

/**
 * Excel's implicit intersection "@A1:A10": the cell of the range in the formula's row (or
 * column, for a one-row range), #VALUE! when there is none. Before anything else "@" changes
 * nothing here. Pushes the replacement and returns how many tokens after "@" it consumed.
 */
function implicitIntersection(
  tokens: Token[],
  start: number,
  site: { row: number; col: number } | undefined,
  out: Token[]
): number {
  const sheet = tokens[start]?.kind === "sheet" ? tokens[start] : undefined;
  const at = sheet ? start + 1 : start;
  const [from, colon, to] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
  const a = from?.kind === "ident" ? cell.exec(from.text) : null;
  const b = to?.kind === "ident" ? cell.exec(to.text) : null;
  if (!a || !b || colon?.text !== ":" || !site) return 0;
  const [top, bottom] = [Number(a[2]) - 1, Number(b[2]) - 1].sort((x, y) => x - y) as [
    number,
    number,
  ];
  const [left, right] = [lettersToIndex(a[1] ?? ""), lettersToIndex(b[1] ?? "")].sort(
    (x, y) => x - y
  ) as [number, number];
  let target: string | undefined;
  if (left === right && site.row >= top && site.row <= bottom)
    target = `${indexToLetters(left)}${site.row + 1}`;
  else if (top === bottom && site.col >= left && site.col <= right)
    target = `${indexToLetters(site.col)}${top + 1}`;
  else if (top === bottom && left === right) target = `${indexToLetters(left)}${top + 1}`;
  out.push({
    kind: "ident",
    text: target === undefined ? "#VALUE!" : `${sheet?.text ?? ""}${target}`,
  });
  return at - start + 3;
}

export function toHyperFormula(formula: string, site?: { row: number; col: number }): string {
  let tokens: Token[];
  try {
    tokens = tokenize(formula);
  } catch {
    return formula;
  }
  tokens = expandLet(tokens);
  for (const [name, rewrite] of Object.entries(MISSING_FUNCTIONS))
    tokens = rewriteCalls(tokens, name, rewrite);
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (
      t.kind === "ident" &&
      /^(TRUE|FALSE)$/i.test(t.text) &&
      next?.kind !== "open" &&
      tokens[i - 1]?.kind !== "sheet"
    ) {
      out.push({ kind: "ident", text: `${t.text.toUpperCase()}()` });
    } else if (t.kind === "string" && t.text.length > 2 && t.text.slice(1, -1).includes('""')) {
      // HyperFormula has no doubled-quote escape in text literals.
      const parts = t.text
        .slice(1, -1)
        .split('""')
        .map((p) => `"${p}"`);
      out.push({ kind: "string", text: `(${parts.join("&CHAR(34)&")})` });
    } else if (t.kind === "error" && t.text === "#REF!" && next?.kind === "ident") {
      out.push(t);
      i++;
    } else if (t.kind === "sheet" && next?.kind === "error") {
      continue;
    } else if (t.kind === "op" && t.text === "@" && isUnaryPosition(tokens, i)) {
      i += implicitIntersection(tokens, i + 1, site, out);
    } else {
      out.push(t);
    }
  }
  const body = trimSpace(out);
  const isRange =
    body.length >= 3 &&
    body.length <= 4 &&
    body.some((t) => t.text === ":") &&
    body.every(
      (t) => t.kind === "sheet" || t.kind === "ident" || t.kind === "number" || t.text === ":"
    ) &&
    !body.some((t) => t.kind === "ident" && !CELL.test(t.text) && !COLUMN.test(t.text));
  const text = joinTokens(out);
  return isRange ? `=TRANSPOSE(TRANSPOSE(${text}))` : `=${text}`;
}

// ---- R1C1 notation (Range.formulasR1C1) -------------------------------------------------------

function lettersToIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function indexToLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "R2" (absolute), "R[-1]" (relative), "R" (same row); likewise for columns. */
const r1c1Part = (axis: "R" | "C", absolute: boolean, index: number, site: number): string => {
  if (absolute) return `${axis}${index + 1}`;
  return index === site ? axis : `${axis}[${index - site}]`;
};

/** A1 references of a formula in R1C1 notation, relative to the cell at (row, col). */
export function toR1C1(formula: string, row: number, col: number): string {
  const tokens = tokenize(formula);
  const out = tokens.map((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.kind === "ident" && next?.kind !== "open" && next?.kind !== "struct") {
      const cell = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(t.text);
      if (cell) {
        return (
          r1c1Part("R", cell[3] === "$", Number(cell[4]) - 1, row) +
          r1c1Part("C", cell[1] === "$", lettersToIndex(cell[2] ?? ""), col)
        );
      }
      const column = /^(\$?)([A-Za-z]{1,3})$/.exec(t.text);
      if (column && (next?.text === ":" || prev?.text === ":")) {
        return r1c1Part("C", column[1] === "$", lettersToIndex(column[2] ?? ""), col);
      }
    }
    if (t.kind === "number" && ROW.test(t.text) && (next?.text === ":" || prev?.text === ":")) {
      return r1c1Part("R", false, Number(t.text) - 1, row);
    }
    return t.text;
  });
  return `=${out.join("")}`;
}

const R1C1_REF =
  /(^|[^\p{L}\p{N}_.\\$!'\]])(R(?:\[(-?\d+)\]|(\d+))?)(C(?:\[(-?\d+)\]|(\d+))?)?(?![\p{L}\p{N}_.(\\[])/giu;

/** R1C1 references of a formula in A1 notation, relative to the cell at (row, col). */
export function fromR1C1(formula: string, row: number, col: number): string {
  // String literals and quoted sheet names are left as they are.
  return formula.replace(
    /("(?:[^"]|"")*"|'(?:[^']|'')*')|([^"']+)/g,
    (match, quoted: string | undefined) => {
      if (quoted !== undefined) return match;
      return match.replace(
        R1C1_REF,
        (
          ref,
          lead: string,
          r: string,
          rRel?: string,
          rAbs?: string,
          c?: string,
          cRel?: string,
          cAbs?: string
        ) => {
          if (r.length === 1 && c === undefined) return ref; // a bare "R" is a name
          if (c === undefined) return ref; // row-only references are left alone
          const rowPart = rAbs !== undefined ? `$${rAbs}` : String(row + Number(rRel ?? 0) + 1);
          const colIndex = cAbs !== undefined ? Number(cAbs) - 1 : col + Number(cRel ?? 0);
          const rowIndex = rAbs !== undefined ? Number(rAbs) - 1 : row + Number(rRel ?? 0);
          if (rowIndex < 0 || colIndex < 0 || rowIndex >= 1_048_576 || colIndex >= 16_384) {
            throw invalidArgument(`'${r}${c}' in '${formula}' points outside the worksheet.`);
          }
          const colPart =
            cAbs !== undefined ? `$${indexToLetters(colIndex)}` : indexToLetters(colIndex);
          return `${lead}${colPart}${rowPart}`;
        }
      );
    }
  );
}
