import { ClientObjectBase, CollectionBase } from "../client";
import { hostError } from "../errors";
import type { RangeRef } from "../range-ops";
import { intersects, type ConditionalFormatModel, type SheetModel } from "../state";
import { RangeProxy } from "./range";

/**
 * Range.conditionalFormats, as the page "Apply conditional formatting to Excel ranges" and the
 * ConditionalFormatCollection reference describe them: the collection holds the formats that
 * intersect the range; "priority is a number (equal to the index in the collection)", the lower
 * the stronger. The page does not say where a new format goes: the host puts it last, so code
 * that needs a format on top sets its priority. Only custom rules are modelled in detail; other
 * types can be added and deleted.
 */

const TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

function sheetOf(context: { model: { sheets: SheetModel[] } }, cf: ConditionalFormatModel): SheetModel | undefined {
  return context.model.sheets.find((s) => s.conditionalFormats.includes(cf));
}

export class ConditionalFormatCollectionProxy extends CollectionBase<RangeRef[], ConditionalFormatModel, ConditionalFormatProxy> {
  readonly _entity = "ConditionalFormatCollection";

  _list(t: RangeRef[]): ConditionalFormatModel[] {
    const sheet = t[0].sheet;
    return sheet.conditionalFormats
      .filter((cf) => cf.areas.some((a) => t.some((r) => intersects(a, r.box))))
      .sort((a, b) => a.priority - b.priority);
  }

  _item(target: ConditionalFormatModel): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, () => target, { parent: this._id, member: "item" });
  }

  add(type: string): ConditionalFormatProxy {
    const location = "ConditionalFormatCollection.add";
    let created: ConditionalFormatModel | null = null;
    const proxy = new ConditionalFormatProxy(this.context, () => {
      if (!created) throw hostError("InvalidObjectPath", "The conditional format was not added.", location);
      return created;
    }, { parent: this._id, member: "add", args: [type] });
    this.context.enqueue({
      location,
      json: { o: this._id, call: "add", args: [type], result: proxy._id },
      write: true,
      run: () => {
        if (!TYPES.includes(type)) throw hostError("InvalidArgument", `'${type}' is not a conditional format type.`, location);
        const t = this._need(location);
        const sheet = t[0].sheet;
        const model = this.context.model;
        model.counters.cf += 1;
        created = {
          id: String(model.counters.cf),
          type,
          areas: t.map((r) => ({ ...r.box })),
          formula: null,
          fill: null,
          fontColor: null,
          bold: null,
          priority: sheet.conditionalFormats.length,
          stopIfTrue: false,
        };
        sheet.conditionalFormats.push(created);
        return undefined;
      },
    });
    return proxy;
  }

  getItem(id: string): ConditionalFormatProxy {
    const location = "ConditionalFormatCollection.getItem";
    return new ConditionalFormatProxy(this.context, () => {
      const cf = this._list(this._need(location)).find((c) => c.id === id);
      if (!cf) throw hostError("ItemNotFound", `There is no conditional format '${id}'.`, location);
      return cf;
    }, { parent: this._id, member: "getItem", args: [id] });
  }

  getItemOrNullObject(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(
      this.context,
      () => this._list(this._need("ConditionalFormatCollection.getItemOrNullObject")).find((c) => c.id === id) ?? null,
      { parent: this._id, member: "getItemOrNullObject", args: [id] },
      true,
    );
  }

  /** Removes the formats that touch the range (whole formats: the host does not split their areas). */
  clearAll(): void {
    this._action("clearAll", [], (t) => {
      const sheet = t[0].sheet;
      const gone = new Set(this._list(t));
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !gone.has(cf));
    });
  }
}

export class ConditionalFormatProxy extends ClientObjectBase<ConditionalFormatModel> {
  readonly _entity = "ConditionalFormat";
  protected readonly _scalars = ["id", "type", "priority", "stopIfTrue"] as const;
  private _custom?: CustomConditionalFormatProxy;
  private _customOrNull?: CustomConditionalFormatProxy;

  protected override _check(t: ConditionalFormatModel, location: string): ConditionalFormatModel {
    if (!sheetOf(this.context, t)) throw hostError("ItemNotFound", "The conditional format no longer exists.", location);
    return t;
  }

  _read(t: ConditionalFormatModel, name: string): unknown {
    switch (name) {
      case "id":
        return t.id;
      case "type":
        return t.type;
      case "priority":
        return t.priority;
      case "stopIfTrue":
        return t.stopIfTrue;
    }
    throw hostError("InvalidArgument", `'${name}' is not a property of ConditionalFormat.`);
  }

  override _nav(name: string): ClientObjectBase<unknown> | undefined {
    if (name === "custom") return this.custom as ClientObjectBase<unknown>;
    if (name === "customOrNullObject") return this.customOrNullObject as ClientObjectBase<unknown>;
    return undefined;
  }

  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }

  get priority(): number {
    return this._get("priority");
  }
  set priority(v: number) {
    this._set("priority", v, (t, value) => {
      const sheet = sheetOf(this.context, t)!;
      const others = sheet.conditionalFormats.filter((c) => c !== t).sort((a, b) => a.priority - b.priority);
      others.splice(Math.max(0, Math.min(value, others.length)), 0, t);
      others.forEach((c, i) => (c.priority = i));
    });
  }

  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this._set("stopIfTrue", v, (t, value) => {
      t.stopIfTrue = value;
    });
  }

  get custom(): CustomConditionalFormatProxy {
    const location = "ConditionalFormat.custom";
    return (this._custom ??= new CustomConditionalFormatProxy(this.context, () => {
      const t = this._need(location);
      if (t.type !== "Custom") throw hostError("InvalidOperation", `The conditional format is of type ${t.type}, not Custom.`, location);
      return t;
    }, { parent: this._id, member: "custom" }));
  }

  get customOrNullObject(): CustomConditionalFormatProxy {
    return (this._customOrNull ??= new CustomConditionalFormatProxy(this.context, () => {
      const t = this._need("ConditionalFormat.customOrNullObject");
      return t.type === "Custom" ? t : null;
    }, { parent: this._id, member: "customOrNullObject" }, true));
  }

  delete(): void {
    this._action("delete", [], (t) => {
      const sheet = sheetOf(this.context, t)!;
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== t);
      sheet.conditionalFormats.sort((a, b) => a.priority - b.priority).forEach((c, i) => (c.priority = i));
    });
  }

  /** "Throws an error if the conditional format is applied to multiple ranges." */
  getRange(): RangeProxy {
    const location = "ConditionalFormat.getRange";
    return new RangeProxy(this.context, () => {
      const t = this._need(location);
      if (t.areas.length !== 1) throw hostError("InvalidOperation", "The conditional format applies to several ranges.", location);
      return { sheet: sheetOf(this.context, t)!, box: { ...t.areas[0] } };
    }, { parent: this._id, member: "getRange" });
  }
}

export class CustomConditionalFormatProxy extends ClientObjectBase<ConditionalFormatModel> {
  readonly _entity = "CustomConditionalFormat";
  protected readonly _scalars = [] as const;
  private _rule?: ConditionalFormatRuleProxy;
  private _format?: ConditionalRangeFormatProxy;

  _read(): unknown {
    throw hostError("InvalidArgument", "CustomConditionalFormat has no scalar properties.");
  }

  override _nav(name: string): ClientObjectBase<unknown> | undefined {
    if (name === "rule") return this.rule as ClientObjectBase<unknown>;
    if (name === "format") return this.format as ClientObjectBase<unknown>;
    return undefined;
  }

  get rule(): ConditionalFormatRuleProxy {
    return (this._rule ??= new ConditionalFormatRuleProxy(this.context, () => this._need("CustomConditionalFormat.rule"), { parent: this._id, member: "rule" }));
  }

  get format(): ConditionalRangeFormatProxy {
    return (this._format ??= new ConditionalRangeFormatProxy(this.context, () => this._need("CustomConditionalFormat.format"), {
      parent: this._id,
      member: "format",
    }));
  }
}

export class ConditionalFormatRuleProxy extends ClientObjectBase<ConditionalFormatModel> {
  readonly _entity = "ConditionalFormatRule";
  protected readonly _scalars = ["formula", "formulaLocal"] as const;

  _read(t: ConditionalFormatModel): unknown {
    return t.formula;
  }

  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set("formula", v, (t, value, location) => {
      if (typeof value !== "string" || !value.startsWith("=") || value.length < 2) {
        throw hostError("InvalidArgument", `A conditional format formula must start with "=": '${String(value)}'.`, location);
      }
      t.formula = value;
    });
  }
}

export class ConditionalRangeFormatProxy extends ClientObjectBase<ConditionalFormatModel> {
  readonly _entity = "ConditionalRangeFormat";
  protected readonly _scalars = [] as const;
  private _fill?: ConditionalRangeFillProxy;
  private _font?: ConditionalRangeFontProxy;

  _read(): unknown {
    throw hostError("InvalidArgument", "ConditionalRangeFormat has no scalar properties modelled.");
  }

  override _nav(name: string): ClientObjectBase<unknown> | undefined {
    if (name === "fill") return this.fill as ClientObjectBase<unknown>;
    if (name === "font") return this.font as ClientObjectBase<unknown>;
    return undefined;
  }

  get fill(): ConditionalRangeFillProxy {
    return (this._fill ??= new ConditionalRangeFillProxy(this.context, () => this._need("ConditionalRangeFormat.fill"), { parent: this._id, member: "fill" }));
  }

  get font(): ConditionalRangeFontProxy {
    return (this._font ??= new ConditionalRangeFontProxy(this.context, () => this._need("ConditionalRangeFormat.font"), { parent: this._id, member: "font" }));
  }
}

export class ConditionalRangeFillProxy extends ClientObjectBase<ConditionalFormatModel> {
  readonly _entity = "ConditionalRangeFill";
  protected readonly _scalars = ["color"] as const;

  _read(t: ConditionalFormatModel): unknown {
    return t.fill;
  }

  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t, value, location) => {
      if (typeof value !== "string" || !/^#[0-9A-Fa-f]{6}$|^[A-Za-z]{3,20}$/.test(value)) throw hostError("InvalidArgument", `'${String(value)}' is not a color.`, location);
      t.fill = value.startsWith("#") ? value.toUpperCase() : value.toLowerCase();
    });
  }

  clear(): void {
    this._action("clear", [], (t) => {
      t.fill = null;
    });
  }
}

export class ConditionalRangeFontProxy extends ClientObjectBase<ConditionalFormatModel> {
  readonly _entity = "ConditionalRangeFont";
  protected readonly _scalars = ["color", "bold"] as const;

  _read(t: ConditionalFormatModel, name: string): unknown {
    return name === "bold" ? t.bold : t.fontColor;
  }

  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t, value) => {
      t.fontColor = value;
    });
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v, (t, value) => {
      t.bold = value;
    });
  }
}
