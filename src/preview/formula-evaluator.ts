/**
 * A small spreadsheet formula evaluator, for the browser page's grid (which has no Excel to
 * calculate) and the tests: the standard functions PlanCheck's portable formulas use, with Excel's
 * rules for blanks (0 in arithmetic, "" in comparisons), text against numbers (text compares
 * greater), case-insensitive text comparison, error propagation, and IF evaluating only the branch
 * it takes; PLAN.* and other functions are given by the caller. Formulas are read by a parser of
 * its own and never run as code. Anything else is refused loudly (an Error thrown, not a value), so
 * a formula this evaluator does not know fails a test, and the grid shows it as written, instead
 * of a wrong result.
 */

/** An error value as a sheet shows it. */
export interface SheetError {
  error: string;
}
export type Scalar = number | string | boolean | null | SheetError;
type Value = Scalar | Scalar[][];

/** Cell contents: a constant, or a formula text starting with "=". */
export type CellInput = number | string | boolean | null;

export const isError = (v: unknown): v is SheetError => typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;
const err = (code: string): SheetError => ({ error: code });

// --- tokens and syntax --------------------------------------------------------------------------

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "err"; v: string }
  | { t: "ref"; v: string }
  | { t: "fn"; v: string }
  | { t: "op"; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " ") {
      i++;
      continue;
    }
    if (c === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ t: "str", v: s });
      continue;
    }
    const rest = src.slice(i);
    const e = /^#(N\/A|VALUE!|DIV\/0!|REF!|NAME\?|NUM!|NULL!)/.exec(rest);
    if (e) {
      out.push({ t: "err", v: e[0] });
      i += e[0].length;
      continue;
    }
    const n = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (n) {
      out.push({ t: "num", v: Number(n[0]) });
      i += n[0].length;
      continue;
    }
    const fn = /^([A-Z][A-Z0-9.]*)\(/.exec(rest);
    if (fn) {
      out.push({ t: "fn", v: fn[1] });
      i += fn[0].length;
      continue;
    }
    const ref = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?/.exec(rest);
    if (ref) {
      // Kept with its $ signs: a formula evaluated for another cell (a conditional format's) moves its relative parts.
      out.push({ t: "ref", v: ref[0] });
      i += ref[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/=<>(),&^])/.exec(rest);
    if (op) {
      out.push({ t: "op", v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new Error(`cannot read "${rest}" in ${src}`);
  }
  return out;
}

type Node =
  | { k: "const"; v: Scalar }
  | { k: "ref"; a1: string }
  | { k: "call"; name: string; args: Node[] }
  | { k: "unary"; op: string; x: Node }
  | { k: "binary"; op: string; l: Node; r: Node };

const PRECEDENCE: Record<string, number> = { "=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "^": 5 };

function parse(src: string): Node {
  const tokens = tokenize(src);
  let p = 0;
  const peek = () => tokens[p];
  const expectOp = (v: string) => {
    const tk = tokens[p++];
    if (!tk || tk.t !== "op" || tk.v !== v) throw new Error(`expected ${v} in ${src}`);
  };
  const primary = (): Node => {
    const tk = tokens[p++];
    if (!tk) throw new Error(`unexpected end of ${src}`);
    switch (tk.t) {
      case "num":
        return { k: "const", v: tk.v };
      case "str":
        return { k: "const", v: tk.v };
      case "err":
        return { k: "const", v: err(tk.v) };
      case "ref":
        return { k: "ref", a1: tk.v };
      case "fn": {
        const args: Node[] = [];
        if (!(peek()?.t === "op" && peek().v === ")")) {
          for (;;) {
            args.push(expr(0));
            const sep = tokens[p++];
            if (sep?.t === "op" && sep.v === ")") break;
            if (!(sep?.t === "op" && sep.v === ",")) throw new Error(`expected , or ) in ${src}`);
          }
        } else p++;
        return { k: "call", name: tk.v, args };
      }
      case "op":
        if (tk.v === "(") {
          const inner = expr(0);
          expectOp(")");
          return inner;
        }
        if (tk.v === "-" || tk.v === "+") return { k: "unary", op: tk.v, x: unaryOperand() };
        throw new Error(`unexpected ${tk.v} in ${src}`);
    }
  };
  // Unary minus binds tighter than every binary operator in spreadsheets (-2^2 = 4).
  const unaryOperand = (): Node => primary();
  const expr = (min: number): Node => {
    let left = primary();
    for (;;) {
      const tk = peek();
      if (!tk || tk.t !== "op" || !(tk.v in PRECEDENCE) || PRECEDENCE[tk.v] < min) break;
      p++;
      const right = expr(PRECEDENCE[tk.v] + 1);
      left = { k: "binary", op: tk.v, l: left, r: right };
    }
    return left;
  };
  const node = expr(0);
  if (p !== tokens.length) throw new Error(`trailing tokens in ${src}`);
  return node;
}

// --- values -------------------------------------------------------------------------------------

function parseA1(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function colName(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** A number for arithmetic: blank 0, TRUE 1, numeric text its number, other text #VALUE!. */
function toNumber(v: Scalar): number | SheetError {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = v.trim();
  return t !== "" && Number.isFinite(Number(t)) ? Number(t) : err("#VALUE!");
}

function toText(v: Scalar): string | SheetError {
  if (isError(v)) return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function toBool(v: Scalar): boolean | SheetError {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const t = v.toUpperCase();
  return t === "TRUE" ? true : t === "FALSE" ? false : err("#VALUE!");
}

/** Excel's order for comparisons: numbers < text < logical; blank is 0 against a number and "" against text. */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

const scalars = (v: Value): Scalar[] => (Array.isArray(v) ? v.flat() : [v]);

/**
 * A function the sheet calls by name (`PLAN.SCORE`), the way Excel calls a custom function: ranges
 * as 2-D arrays, error cells as `{ code: "#N/A" }`, blank as null; a thrown `{ code }` is its error.
 */
export type CustomFunction = (...args: unknown[]) => unknown;

/** How far a formula's relative references move: a rule written for a range's first cell, evaluated for another. */
export interface Offset {
  rows: number;
  cols: number;
}

const NO_OFFSET: Offset = { rows: 0, cols: 0 };

/** A cell's contents: a formula (without "="), or a value taken as it is. */
type Stored = { formula: string } | { value: Scalar };

export class Sheet {
  private readonly cells = new Map<string, Stored>();
  private readonly memo = new Map<string, Scalar>();
  private readonly evaluating = new Set<string>();
  private offset: Offset = NO_OFFSET;

  constructor(
    rows: CellInput[][] = [],
    private readonly functions: Record<string, CustomFunction> = {},
  ) {
    rows.forEach((row, r) => row.forEach((v, c) => this.set(`${colName(c)}${r + 1}`, v)));
  }

  /** Cell contents as typed: text starting with "=" is a formula, a leading apostrophe marks text. */
  set(a1: string, v: CellInput): void {
    if (typeof v === "string" && v.startsWith("=")) this.store(a1, { formula: v.slice(1) });
    else if (typeof v === "string" && v.startsWith("'")) this.store(a1, { value: v.slice(1) });
    else this.store(a1, { value: v === "" ? null : v });
  }

  /** A formula (with or without its "="). */
  setFormula(a1: string, formula: string): void {
    this.store(a1, { formula: formula.replace(/^=/, "") });
  }

  /** A value as a cell holds it, never read as a formula: text that starts with "=" stays text. */
  setValue(a1: string, v: Scalar): void {
    this.store(a1, { value: v === "" ? null : v });
  }

  private store(a1: string, stored: Stored): void {
    this.cells.set(a1.replace(/\$/g, ""), stored);
    this.memo.clear();
  }

  /** The value a cell shows. */
  value(a1: string): Scalar {
    const key = a1.replace(/\$/g, "");
    if (this.memo.has(key)) return this.memo.get(key)!;
    const stored = this.cells.get(key);
    let v: Scalar;
    if (stored !== undefined && "formula" in stored) {
      if (this.evaluating.has(key)) throw new Error(`circular reference at ${key}`);
      this.evaluating.add(key);
      // A cell's own formula is evaluated where it stands, whatever formula asked for its value.
      const outer = this.offset;
      this.offset = NO_OFFSET;
      try {
        v = this.evaluate(stored.formula);
      } finally {
        this.offset = outer;
        this.evaluating.delete(key);
      }
    } else v = stored?.value ?? null;
    this.memo.set(key, v);
    return v;
  }

  /**
   * Evaluates formula text (without "="). With an offset, its relative references move by it (the
   * rule of a conditional format, written for its range's first cell, for another cell of the range).
   * A range left as the result is refused.
   */
  evaluate(formula: string, offset: Offset = NO_OFFSET): Scalar {
    const outer = this.offset;
    this.offset = offset;
    try {
      const v = this.evaluateNode(parse(formula));
      if (Array.isArray(v)) throw new Error(`a range as a result: ${formula}`);
      return v;
    } finally {
      this.offset = outer;
    }
  }

  /** A reference as written (`$A$1`, `B2:C9`) at the cell being evaluated: relative parts moved by the offset. */
  private moved(ref: string): string {
    if (this.offset.rows === 0 && this.offset.cols === 0) return ref.replace(/\$/g, "");
    return ref
      .split(":")
      .map((part) => {
        const m = /^(\$?)([A-Z]+)(\$?)(\d+)$/.exec(part)!;
        const col = m[1] ? parseA1(`${m[2]}1`).col : parseA1(`${m[2]}1`).col + this.offset.cols;
        const row = m[3] ? Number(m[4]) - 1 : Number(m[4]) - 1 + this.offset.rows;
        if (col < 0 || row < 0) throw new Error(`${ref} moves off the sheet`);
        return `${colName(col)}${row + 1}`;
      })
      .join(":");
  }

  private range(a1: string): Scalar[][] {
    const [from, to = from] = a1.split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    const out: Scalar[][] = [];
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
      const line: Scalar[] = [];
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) line.push(this.value(`${colName(c)}${r + 1}`));
      out.push(line);
    }
    return out;
  }

  private scalar(n: Node): Scalar {
    const v = this.evaluateNode(n);
    if (!Array.isArray(v)) return v;
    if (v.length === 1 && v[0].length === 1) return v[0][0];
    return err("#VALUE!");
  }

  private evaluateNode(n: Node): Value {
    switch (n.k) {
      case "const":
        return n.v;
      case "ref": {
        const a1 = this.moved(n.a1);
        return a1.includes(":") ? this.range(a1) : this.value(a1);
      }
      case "unary": {
        const x = toNumber(this.scalar(n.x));
        if (isError(x)) return x;
        return n.op === "-" ? -x : x;
      }
      case "binary":
        return this.binary(n.op, this.scalar(n.l), this.scalar(n.r));
      case "call":
        return this.call(n.name, n.args);
    }
  }

  private binary(op: string, l: Scalar, r: Scalar): Scalar {
    if (isError(l)) return l;
    if (isError(r)) return r;
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
      const c = compare(l, r);
      return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op]!;
    }
    if (op === "&") return `${toText(l) as string}${toText(r) as string}`;
    const a = toNumber(l);
    const b = toNumber(r);
    if (isError(a)) return a;
    if (isError(b)) return b;
    switch (op) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        return b === 0 ? err("#DIV/0!") : a / b;
      case "^":
        return a ** b;
    }
    throw new Error(`operator ${op}`);
  }

  private call(name: string, args: Node[]): Value {
    const one = (i: number) => this.scalar(args[i]);
    switch (name) {
      case "IF": {
        const c = toBool(one(0));
        if (isError(c)) return c;
        if (c) return args.length > 1 ? this.evaluateNode(args[1]) : true;
        return args.length > 2 ? this.evaluateNode(args[2]) : false;
      }
      case "AND":
      case "OR": {
        const bools: boolean[] = [];
        for (const a of args) {
          for (const v of scalars(this.evaluateNode(a))) {
            const b = toBool(v);
            if (isError(b)) return b;
            bools.push(b);
          }
        }
        return name === "AND" ? bools.every(Boolean) : bools.some(Boolean);
      }
      case "NOT": {
        const b = toBool(one(0));
        return isError(b) ? b : !b;
      }
      case "ISNUMBER":
        return typeof one(0) === "number";
      case "ISTEXT":
        return typeof one(0) === "string";
      case "ISERROR":
        return isError(one(0));
      case "ISNA": {
        const v = one(0);
        return isError(v) && v.error === "#N/A";
      }
      case "NA":
        return err("#N/A");
      case "TRIM": {
        const t = toText(one(0));
        return isError(t) ? t : t.replace(/ +/g, " ").trim();
      }
      case "N": {
        const v = one(0);
        if (isError(v)) return v;
        return typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : 0;
      }
      case "MIN":
      case "MAX":
      case "SUM":
      case "COUNT": {
        const nums: number[] = [];
        for (const a of args) {
          const v = this.evaluateNode(a);
          for (const x of scalars(v)) {
            if (isError(x) && name !== "COUNT") return x;
            if (typeof x === "number") nums.push(x);
            else if (!Array.isArray(v) && name !== "COUNT" && x !== null) {
              // A direct argument is coerced; inside a range, text and logical values are skipped.
              const n = toNumber(x);
              if (isError(n)) return n;
              nums.push(n);
            }
          }
        }
        if (name === "COUNT") return nums.length;
        if (name === "SUM") return nums.reduce((s, x) => s + x, 0);
        if (nums.length === 0) return 0;
        return name === "MIN" ? Math.min(...nums) : Math.max(...nums);
      }
      case "ROWS": {
        const v = this.evaluateNode(args[0]);
        return Array.isArray(v) ? v.length : 1;
      }
      case "COUNTIF": {
        const cells = scalars(this.evaluateNode(args[0]));
        const crit = toText(one(1));
        if (isError(crit)) return crit;
        const m = /^(<=|>=|<>|<|>|=)?(.*)$/.exec(crit)!;
        const op = m[1] ?? "=";
        const target = Number.isFinite(Number(m[2])) && m[2].trim() !== "" ? Number(m[2]) : m[2];
        return cells.filter((c) => {
          if (c === null || isError(c) || typeof c !== typeof target) return false;
          const k = compare(c, target);
          return { "=": k === 0, "<>": k !== 0, "<": k < 0, ">": k > 0, "<=": k <= 0, ">=": k >= 0 }[op];
        }).length;
      }
      case "AGGREGATE": {
        const fn = one(0);
        const options = one(1);
        if (fn !== 5 || options !== 6) throw new Error(`AGGREGATE(${String(fn)},${String(options)}) is not implemented`);
        const nums = scalars(this.evaluateNode(args[2])).filter((x): x is number => typeof x === "number");
        return nums.length === 0 ? err("#VALUE!") : Math.min(...nums);
      }
    }
    const custom = this.functions[name];
    if (custom) return this.callCustom(custom, args);
    throw new Error(`function ${name} is not implemented`);
  }

  private callCustom(fn: CustomFunction, args: Node[]): Scalar {
    const pass = (v: Scalar) => (isError(v) ? { code: v.error } : v);
    const values = args.map((a) => {
      const v = this.evaluateNode(a);
      return Array.isArray(v) ? v.map((row) => row.map(pass)) : pass(v);
    });
    try {
      const out = fn(...values);
      if (typeof out === "number" || typeof out === "string" || typeof out === "boolean" || out === null) return out;
      throw new Error(`custom function returned ${JSON.stringify(out)}`);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === "string") return err(code);
      throw e;
    }
  }
}
