// Excel's en-US formula grammar, as far as Excel refuses a formula when it is written: a formula
// that does not parse fails the request with InvalidArgument ("There's a problem with this
// formula" in the grid), while an unknown function or name parses and shows #NAME? in the cell.
// HyperFormula cannot be asked this: it stores unparsable text as a #ERROR! cell. The tokenizer
// here also serves the rewrites Excel applies to stored formulas (sheet renamed or deleted) and
// the translation into what HyperFormula understands (TRUE → TRUE(), LET expanded, spills).
import { invalidArgument } from "./errors";

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

const ERROR_LITERALS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];

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

/** Splits a formula (with or without its leading "=") into tokens; throws on unclosed literals. */
export function tokenize(formula: string): Token[] {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i] ?? "";
    if (ch === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw syntaxError(formula, "a text value is missing its closing quote");
        if (text[j] === '"' && text[j + 1] === '"') j += 2;
        else if (text[j] === '"') break;
        else j++;
      }
      tokens.push({ kind: "string", text: text.slice(i, j + 1) });
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw syntaxError(formula, "a quoted sheet name is not closed");
        if (text[j] === "'" && text[j + 1] === "'") j += 2;
        else if (text[j] === "'") break;
        else j++;
      }
      if (text[j + 1] !== "!") throw syntaxError(formula, "a quoted sheet name must be followed by '!'");
      tokens.push({ kind: "sheet", text: text.slice(i, j + 2), sheet: text.slice(i + 1, j).replace(/''/g, "'") });
      i = j + 2;
    } else if (/^\s/.test(ch)) {
      const m = /^\s+/.exec(rest)?.[0] ?? ch;
      tokens.push({ kind: "space", text: m });
      i += m.length;
    } else if (ch === "#") {
      const literal = ERROR_LITERALS.find((e) => rest.toUpperCase().startsWith(e));
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
 * Recursive-descent check of one formula. Whitespace is skipped except between two operands,
 * where it is Excel's intersection operator and both sides must be references.
 */
class Validator {
  private pos = 0;

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
      ["string", "number", "error", "ident", "sheet", "struct", "open", "arrayOpen"].includes(token.kind) ||
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
        const right = this.unary();
        kind = next.text === ":" && kind !== "value" && right !== "value" ? "reference" : "value";
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
      if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(token.text)) throw this.fail(`'${token.text}' is not a function name`);
      this.pos++;
      this.arguments();
      return "reference"; // INDEX, OFFSET… may return references
    }
    if (next?.kind === "struct") {
      this.pos++;
      this.structured(token.text, next.text);
      return "reference";
    }
    if (/^(TRUE|FALSE)$/i.test(token.text)) return "value";
    if (CELL.test(token.text) || (COLUMN.test(token.text) && this.peek()?.text === ":")) return "reference";
    if (token.text.includes("$")) {
      throw this.fail(`'${token.text}' is neither a reference nor a name`);
    }
    return this.context?.isDefinedName(token.text) ? "reference" : "name";
  }

  private arguments(): void {
    this.skipSpace();
    if (this.peek()?.kind === "close") {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      const next = this.peek();
      // An omitted argument (",,") is allowed: Excel passes it as empty.
      if (next?.kind !== "comma" && next?.kind !== "close") this.expression();
      this.skipSpace();
      const after = this.peek();
      if (after?.kind === "comma") {
        this.pos++;
      } else if (after?.kind === "close") {
        this.pos++;
        return;
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
        if (width !== undefined && width !== count) throw this.fail("the rows of an array constant differ in length");
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
    const columns = table === undefined ? this.context?.enclosingTableColumns() : this.context?.tableColumns(table);
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

/** Reads a column name, refusing the characters only the "'" escape makes literal. */
function columnName(raw: string, fail: (why: string) => Error): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? "";
    if (ch === "'") {
      const escaped = raw[i + 1];
      if (escaped === undefined) throw fail("a column name ends with an unmatched \"'\"");
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
      throw fail(`the column name '${body}' has special characters and must be written [[${body}]]`);
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
      if (!SPECIAL_ITEMS.test(item)) used.push(columnName(item.startsWith("@") ? item.slice(1) : item, fail));
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
  new Validator(formula, tokenize(formula), context).run();
}

/** Function names and cell references in upper case, as Excel reads a formula back. */
export function normalizeFormula(formula: string): string {
  const tokens = tokenize(formula);
  return (
    "=" +
    tokens
      .map((t, i) => {
        if (t.kind !== "ident") return t.text;
        const next = tokens[i + 1];
        if (next?.kind === "open" || CELL.test(t.text) || /^(TRUE|FALSE)$/i.test(t.text)) return t.text.toUpperCase();
        if (COLUMN.test(t.text) && (next?.text === ":" || tokens[i - 1]?.text === ":")) return t.text.toUpperCase();
        return t.text;
      })
      .join("")
  );
}

/**
 * Rewrites the sheet prefixes of a formula. `replace` gets a sheet name and returns the new
 * prefix text (with its "!"), or undefined to keep it.
 */
export function rewriteSheetPrefixes(formula: string, replace: (sheet: string) => string | undefined): string {
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
function callArguments(tokens: Token[], open: number): { args: Token[][]; close: number } | undefined {
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
    if (t.kind !== "ident" || t.text.toUpperCase() !== "LET" || tokens[i + 1]?.kind !== "open") continue;
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
        if (!value || following === "open" || following === "struct" || arg[k - 1]?.kind === "sheet") return [x];
        return [{ kind: "open", text: "(" }, ...value, { kind: "close", text: ")" }];
      });
    for (let k = 0; k + 1 < call.args.length; k += 2) {
      const name = trimSpace(call.args[k] ?? []);
      if (name.length !== 1 || name[0]?.kind !== "ident") return [{ kind: "error", text: "#VALUE!" }];
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

/** AVERAGEIFS(avg, range1, crit1, …) as SUMIFS(…)/COUNTIFS(…): HyperFormula lacks it. */
function expandAverageIfs(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "ident" || t.text.toUpperCase() !== "AVERAGEIFS" || tokens[i + 1]?.kind !== "open") continue;
    const call = callArguments(tokens, i + 1);
    if (!call || call.args.length < 3 || call.args.length % 2 === 0) return tokens;
    const [average, ...criteria] = call.args;
    const comma: Token = { kind: "comma", text: "," };
    const list = (args: Token[][]): Token[] => args.flatMap((a, k) => (k === 0 ? a : [comma, ...a]));
    const replaced: Token[] = tokenize(
      `(SUMIFS(${joinTokens(list([average ?? [], ...criteria]))})/COUNTIFS(${joinTokens(list(criteria))}))`
    );
    return expandAverageIfs([...tokens.slice(0, i), ...replaced, ...tokens.slice(call.close + 1)]);
  }
  return tokens;
}

/**
 * Excel syntax HyperFormula reads differently: TRUE/FALSE are functions there, LET, CONCAT and
 * AVERAGEIFS do not exist, a reference to a deleted sheet ("#REF!A1") is just #REF!, and a
 * formula that is only a range (=A1:B3) must spill as in Excel 365 instead of giving #VALUE!.
 * Structured references must already be translated.
 */
export function toHyperFormula(formula: string): string {
  let tokens: Token[];
  try {
    tokens = tokenize(formula);
  } catch {
    return formula;
  }
  tokens = expandAverageIfs(expandLet(tokens));
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (t.kind === "ident" && /^(TRUE|FALSE)$/i.test(t.text) && next?.kind !== "open" && tokens[i - 1]?.kind !== "sheet") {
      out.push({ kind: "ident", text: `${t.text.toUpperCase()}()` });
    } else if (t.kind === "ident" && t.text.toUpperCase() === "CONCAT" && next?.kind === "open") {
      // HyperFormula's CONCATENATE flattens ranges, which is what CONCAT adds to CONCATENATE.
      out.push({ kind: "ident", text: "CONCATENATE" });
    } else if (t.kind === "error" && t.text === "#REF!" && next?.kind === "ident") {
      out.push(t);
      i++;
    } else if (t.kind === "sheet" && next?.kind === "error") {
      continue;
    } else {
      out.push(t);
    }
  }
  const body = trimSpace(out);
  const isRange =
    body.length >= 3 &&
    body.length <= 4 &&
    body.some((t) => t.text === ":") &&
    body.every((t) => t.kind === "sheet" || t.kind === "ident" || t.kind === "number" || t.text === ":") &&
    !body.some((t) => t.kind === "ident" && !CELL.test(t.text) && !COLUMN.test(t.text));
  const text = joinTokens(out);
  return isRange ? `=TRANSPOSE(TRANSPOSE(${text}))` : `=${text}`;
}
