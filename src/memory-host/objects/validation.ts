import { parseAddress } from "../address";
import { ClientObjectBase } from "../client";
import { hostError } from "../errors";
import type { RangeRef } from "../range-ops";
import { cellKey, forEachCell, quoteSheetName, boxAddress, type ValidationModel, type ValidationType } from "../state";
import { RangeProxy } from "./range";

/**
 * Range.dataValidation, following the page "Add data validation to Excel ranges" and the
 * DataValidation reference: "No more than one of these properties may be present in any
 * DataValidationRule object"; a list source is a range or comma-separated values. The length
 * limits are those of Excel's Data Validation dialog, not of the API reference: title 32
 * characters, input message 255, error message 225, a typed list 255.
 */

const RULE_TYPES: Record<string, ValidationType> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};

const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];

function defaults(): ValidationModel {
  return {
    type: "None",
    rule: {},
    prompt: { message: "", title: "", showPrompt: false },
    errorAlert: { message: "", title: "", showAlert: true, style: "Stop" },
    ignoreBlanks: true,
  };
}

function invalid(detail: string, location: string): never {
  throw hostError("InvalidArgument", detail, location);
}

function formulaOf(value: unknown, kind: "basic" | "date", location: string): string {
  if (value instanceof RangeProxy) {
    const ref = value._need(location);
    return `=${quoteSheetName(ref.sheet.name)}!${absolute(boxAddress(ref.box))}`;
  }
  if (kind === "date") {
    if (value instanceof Date) return value.toISOString().slice(0, 19);
    if (typeof value === "string" && (value.startsWith("=") || !Number.isNaN(Date.parse(value)))) return value;
    return invalid(`'${String(value)}' is not an ISO date or a formula.`, location);
  }
  if (typeof value === "number" && Number.isFinite(value)) return `=${value}`;
  if (typeof value === "string" && value.trim() !== "") return value.startsWith("=") ? value : `=${value}`;
  return invalid("formula1 is missing or not a number, range or formula.", location);
}

function absolute(address: string): string {
  return address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** Checks a DataValidationRule and returns it as Excel reports it back. */
export function normalizeRule(rule: unknown, location: string): { type: ValidationType; rule: Record<string, unknown> } {
  if (!rule || typeof rule !== "object") invalid("The rule must be an object.", location);
  const keys = Object.keys(rule as object).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !(keys[0] in RULE_TYPES)) {
    invalid("A data validation rule must hold exactly one of wholeNumber, decimal, textLength, date, time, list, custom.", location);
  }
  const key = keys[0];
  const body = (rule as Record<string, Record<string, unknown>>)[key];
  if (!body || typeof body !== "object") invalid(`The ${key} criteria are missing.`, location);
  switch (key) {
    case "list": {
      const source = body.source;
      let text: string;
      if (source instanceof RangeProxy) text = formulaOf(source, "basic", location);
      else if (typeof source === "string" && source.startsWith("=")) {
        // A range reference, or a function that yields one (=INDIRECT("Units[#Data]")).
        if (!parseAddress(source.slice(1)) && !/^=[A-Za-z][A-Za-z0-9.]*\(.+\)$/.test(source)) {
          invalid(`The list source '${source}' is not a range reference.`, location);
        }
        text = source;
      } else if (typeof source === "string" && source.trim() !== "") {
        if (source.length > 255) invalid(`A typed list can hold at most 255 characters; this one has ${source.length}.`, location);
        text = source;
      } else return invalid("The list source is empty.", location);
      return { type: "List", rule: { list: { source: text, inCellDropDown: body.inCellDropDown !== false } } };
    }
    case "custom": {
      if (typeof body.formula !== "string" || body.formula.trim() === "") invalid("A custom rule needs a formula.", location);
      return { type: "Custom", rule: { custom: { formula: body.formula } } };
    }
    default: {
      const operator = body.operator;
      if (typeof operator !== "string" || !OPERATORS.includes(operator)) invalid(`'${String(operator)}' is not a data validation operator.`, location);
      const kind = key === "date" || key === "time" ? "date" : "basic";
      const out: Record<string, unknown> = { operator, formula1: formulaOf(body.formula1, kind, location) };
      if (operator === "Between" || operator === "NotBetween") out.formula2 = formulaOf(body.formula2, kind, location);
      return { type: RULE_TYPES[key], rule: { [key]: out } };
    }
  }
}

function checkText(value: unknown, max: number, what: string, location: string): string {
  const text = value === undefined || value === null ? "" : String(value);
  if (text.length > max) invalid(`The ${what} can hold at most ${max} characters; this one has ${text.length}.`, location);
  return text;
}

export class DataValidationProxy extends ClientObjectBase<RangeRef[]> {
  readonly _entity = "DataValidation";
  protected readonly _scalars = ["type", "rule", "prompt", "errorAlert", "ignoreBlanks", "valid"] as const;

  private _first(t: RangeRef[]): ValidationModel {
    const a = t[0];
    return a.sheet.validation.get(cellKey(a.box.top, a.box.left)) ?? defaults();
  }

  _read(t: RangeRef[], name: string): unknown {
    switch (name) {
      case "type": {
        const types = new Set<string>();
        for (const a of t) forEachCell(a.box, (r, c) => types.add(a.sheet.validation.get(cellKey(r, c))?.type ?? "None"));
        return types.size === 1 ? [...types][0] : "Inconsistent";
      }
      case "rule":
        return this._first(t).rule;
      case "prompt":
        return this._first(t).prompt;
      case "errorAlert":
        return this._first(t).errorAlert;
      case "ignoreBlanks":
        return this._first(t).ignoreBlanks;
      case "valid":
        // Values are not checked against rules in memory.
        return null;
    }
    throw hostError("InvalidArgument", `'${name}' is not a property of DataValidation.`);
  }

  /** Applies a change to every cell, sharing one model object per distinct previous model. */
  private _update(t: RangeRef[], change: (m: ValidationModel) => ValidationModel): void {
    const made = new Map<ValidationModel | undefined, ValidationModel>();
    for (const a of t) {
      forEachCell(a.box, (r, c) => {
        const key = cellKey(r, c);
        const old = a.sheet.validation.get(key);
        let next = made.get(old);
        if (!next) made.set(old, (next = change(old ? { ...old } : defaults())));
        a.sheet.validation.set(key, next);
      });
    }
  }

  get type(): string {
    return this._get("type");
  }
  get valid(): boolean | null {
    return this._get("valid");
  }

  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(v: Record<string, unknown>) {
    this._set("rule", v, (t, value, location) => {
      const { type, rule } = normalizeRule(value, location);
      this._update(t, (m) => ({ ...m, type, rule }));
    }, ruleJson(v as unknown));
  }

  get prompt(): ValidationModel["prompt"] {
    return this._get("prompt");
  }
  set prompt(v: Partial<ValidationModel["prompt"]>) {
    this._set("prompt", v as ValidationModel["prompt"], (t, value, location) => {
      const prompt = {
        title: checkText(value.title, 32, "prompt title", location),
        message: checkText(value.message, 255, "prompt message", location),
        showPrompt: value.showPrompt === true,
      };
      this._update(t, (m) => ({ ...m, prompt }));
    });
  }

  get errorAlert(): ValidationModel["errorAlert"] {
    return this._get("errorAlert");
  }
  set errorAlert(v: Partial<ValidationModel["errorAlert"]>) {
    this._set("errorAlert", v as ValidationModel["errorAlert"], (t, value, location) => {
      const style = value.style ?? "Stop";
      if (!["Stop", "Warning", "Information"].includes(style)) invalid(`'${style}' is not an alert style.`, location);
      const errorAlert = {
        title: checkText(value.title, 32, "error alert title", location),
        message: checkText(value.message, 225, "error alert message", location),
        showAlert: value.showAlert !== false,
        style,
      };
      this._update(t, (m) => ({ ...m, errorAlert }));
    });
  }

  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this._set("ignoreBlanks", v, (t, value) => this._update(t, (m) => ({ ...m, ignoreBlanks: value })));
  }

  /** DataValidation.clear: removes validation from the range's cells only. */
  clear(): void {
    this._action("clear", [], (t) => {
      for (const a of t) forEachCell(a.box, (r, c) => a.sheet.validation.delete(cellKey(r, c)));
    });
  }
}

/** A rule's list source may be a Range proxy; it travels as its id. */
function ruleJson(value: unknown): unknown {
  if (value instanceof RangeProxy) return { o: value._id };
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(ruleJson);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, ruleJson(v)]));
  }
  return value;
}
