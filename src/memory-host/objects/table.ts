import { parseAddress } from "../address";
import { ClientObjectBase, CollectionBase } from "../client";
import { hostError } from "../errors";
import { mergedAreasIn, tablesOn, type RangeRef } from "../range-ops";
import { boxAddress, cellKey, getValue, intersects, setValue, usedBox, type Box, type SheetModel, type TableModel, type WorkbookModel } from "../state";
import { RangeProxy } from "./range";
import { WorksheetProxy } from "./worksheet";

/** A table collection belongs to a worksheet, or to the workbook when `sheet` is absent. */
export interface TablesRef {
  sheet?: SheetModel;
}

/**
 * Header texts as Excel makes them when a range becomes a table with headers (Excel's behaviour
 * in its Create Table command; the API reference does not spell it out): every header is text, an
 * empty one becomes "ColumnN" (N its position in the table), and a repeated one gets a number
 * ("Name2"), since table column names must be unique.
 */
export function tableHeaderNames(values: unknown[]): string[] {
  const seen = new Set<string>();
  return values.map((v, i) => {
    let base = v === null || v === undefined ? "" : String(v).trim();
    if (base === "") base = `Column${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function uniqueTableName(model: WorkbookModel): string {
  let n = model.tables.length + 1;
  while (model.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
  return `Table${n}`;
}

/** Moves the cells of the table's columns one row down, from its top row on (TableCollection.add, hasHeaders false). */
function shiftDown(sheet: SheetModel, box: Box): void {
  const last = Math.max(usedBox(sheet, true)?.bottom ?? box.bottom, box.bottom);
  for (let r = last; r >= box.top; r--) {
    for (let c = box.left; c <= box.right; c++) {
      setValue(sheet, r + 1, c, getValue(sheet, r, c));
      const f = sheet.formulas.get(cellKey(r, c));
      sheet.formulas.delete(cellKey(r + 1, c));
      if (f !== undefined) sheet.formulas.set(cellKey(r + 1, c), f);
      sheet.formulas.delete(cellKey(r, c));
      setValue(sheet, r, c, null);
    }
  }
}

export class TableCollectionProxy extends CollectionBase<TablesRef, TableModel, TableProxy> {
  readonly _entity = "TableCollection";
  protected override readonly _scalars = ["count"] as const;

  _list(t: TablesRef): TableModel[] {
    const model = this.context.model;
    return t.sheet ? tablesOn(model, t.sheet) : model.tables;
  }

  _item(target: TableModel): TableProxy {
    return new TableProxy(this.context, () => target, { parent: this._id, member: "item" });
  }

  get count(): number {
    return this._get("count");
  }

  getItem(key: string): TableProxy {
    const location = "TableCollection.getItem";
    return new TableProxy(this.context, () => {
      const table = this._list(this._need(location)).find((t) => t.id === key || t.name.toLowerCase() === key.toLowerCase());
      if (!table) throw hostError("ItemNotFound", `There is no table '${key}'.`, location);
      return table;
    }, { parent: this._id, member: "getItem", args: [key] });
  }

  getItemOrNullObject(key: string): TableProxy {
    const location = "TableCollection.getItemOrNullObject";
    return new TableProxy(
      this.context,
      () => this._list(this._need(location)).find((t) => t.id === key || t.name.toLowerCase() === key.toLowerCase()) ?? null,
      { parent: this._id, member: "getItemOrNullObject", args: [key] },
      true,
    );
  }

  /**
   * TableCollection.add: "If the table cannot be added (e.g., because the address is invalid, or
   * the table would overlap with another table), an error will be thrown." A table cannot hold
   * merged cells either (MergedRangeConflict, error-codes page).
   */
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const location = "TableCollection.add";
    let created: TableModel | null = null;
    const proxy = new TableProxy(this.context, () => {
      if (!created) throw hostError("InvalidObjectPath", "The table was not added.", location);
      return created;
    }, { parent: this._id, member: "add", args: [typeof address === "string" ? address : "range", hasHeaders] });
    this.context.enqueue({
      location,
      json: { o: this._id, call: "add", args: [address instanceof RangeProxy ? { o: address._id } : address, hasHeaders], result: proxy._id },
      write: true,
      run: () => {
        const model = this.context.model;
        const ref = this._findTarget(address, location);
        const { sheet, box } = ref;
        if (tablesOn(model, sheet).some((t) => intersects(t.box, box))) {
          throw hostError("InvalidArgument", `A table can't overlap another table (${boxAddress(box)}).`, location);
        }
        if (mergedAreasIn(sheet, box).length > 0) throw hostError("MergedRangeConflict", undefined, location);
        let tableBox = box;
        if (!hasHeaders) {
          shiftDown(sheet, box);
          tableBox = { ...box, bottom: box.bottom + 1 };
        }
        const current: unknown[] = [];
        for (let c = box.left; c <= box.right; c++) current.push(hasHeaders ? getValue(sheet, box.top, c) : null);
        tableHeaderNames(current).forEach((name, i) => {
          sheet.formulas.delete(cellKey(box.top, box.left + i));
          setValue(sheet, box.top, box.left + i, name);
        });
        model.counters.table += 1;
        created = { id: String(model.counters.table), name: uniqueTableName(model), sheetId: sheet.id, box: tableBox, style: "TableStyleMedium2" };
        model.tables.push(created);
        return undefined;
      },
    });
    return proxy;
  }

  private _findTarget(address: RangeProxy | string, location: string): RangeRef {
    const model = this.context.model;
    if (address instanceof RangeProxy) return address._need(location);
    const parsed = parseAddress(address);
    if (!parsed || parsed.boxes.length !== 1) throw hostError("InvalidArgument", `'${address}' is not a valid range address.`, location);
    const own = this._need(location).sheet;
    // "If the address does not contain a sheet name, the currently-active sheet is used."
    const sheet =
      parsed.sheet !== null
        ? model.sheets.find((s) => s.name.toLowerCase() === parsed.sheet!.toLowerCase())
        : (own ?? model.sheets.find((s) => s.id === model.activeSheetId));
    if (!sheet) throw hostError("ItemNotFound", `There is no worksheet '${parsed.sheet}'.`, location);
    if (own && sheet !== own) throw hostError("InvalidArgument", "The address names another worksheet.", location);
    return { sheet, box: parsed.boxes[0] };
  }
}

export class TableProxy extends ClientObjectBase<TableModel> {
  readonly _entity = "Table";
  protected readonly _scalars = ["id", "name", "style", "showHeaders", "showTotals", "showBandedRows", "showFilterButton"] as const;
  private _sheet?: WorksheetProxy;

  protected override _check(t: TableModel, location: string): TableModel {
    if (!this.context.model.tables.includes(t)) throw hostError("ItemNotFound", "The table no longer exists.", location);
    return t;
  }

  _read(t: TableModel, name: string): unknown {
    switch (name) {
      case "id":
        return t.id;
      case "name":
        return t.name;
      case "style":
        return t.style;
      case "showHeaders":
      case "showBandedRows":
      case "showFilterButton":
        return true;
      case "showTotals":
        return false;
    }
    throw hostError("InvalidArgument", `'${name}' is not a property of Table.`);
  }

  override _nav(name: string): ClientObjectBase<unknown> | undefined {
    return name === "worksheet" ? (this.worksheet as ClientObjectBase<unknown>) : undefined;
  }

  get id(): string {
    return this._get("id");
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (t, value, location) => {
      if (typeof value !== "string" || !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(value) || /^[A-Za-z]{1,3}\d+$/.test(value) || value.length > 255) {
        throw hostError("InvalidArgument", `'${String(value)}' is not a valid table name.`, location);
      }
      if (this.context.model.tables.some((o) => o !== t && o.name.toLowerCase() === value.toLowerCase())) {
        throw hostError("ItemAlreadyExists", `A table named '${value}' already exists.`, location);
      }
      t.name = value;
    });
  }

  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v, (t, value) => {
      t.style = value;
    });
  }

  get worksheet(): WorksheetProxy {
    return (this._sheet ??= new WorksheetProxy(this.context, () => this._sheetOf(this._need("Table.worksheet")), { parent: this._id, member: "worksheet" }));
  }

  private _sheetOf(t: TableModel): SheetModel {
    const sheet = this.context.model.sheets.find((s) => s.id === t.sheetId);
    if (!sheet) throw hostError("ItemNotFound", "The table's worksheet no longer exists.");
    return sheet;
  }

  private _range(member: string, part: (box: Box) => Box): RangeProxy {
    const location = `Table.${member}`;
    return new RangeProxy(this.context, () => {
      const t = this._need(location);
      return { sheet: this._sheetOf(t), box: part(t.box) };
    }, { parent: this._id, member });
  }

  getRange(): RangeProxy {
    return this._range("getRange", (b) => ({ ...b }));
  }

  getHeaderRowRange(): RangeProxy {
    return this._range("getHeaderRowRange", (b) => ({ ...b, bottom: b.top }));
  }

  getDataBodyRange(): RangeProxy {
    return this._range("getDataBodyRange", (b) => ({ ...b, top: Math.min(b.top + 1, b.bottom) }));
  }

  /** Table.convertToRange: "Converts the table into a normal range of cells. All data is preserved." */
  convertToRange(): RangeProxy {
    let box: Box | null = null;
    let sheet: SheetModel | null = null;
    const proxy = new RangeProxy(this.context, () => {
      if (!box || !sheet) throw hostError("InvalidObjectPath", "The table was not converted.");
      return { sheet, box };
    }, { parent: this._id, member: "convertToRange" });
    this._action("convertToRange", [], (t) => {
      sheet = this._sheetOf(t);
      box = { ...t.box };
      this.context.model.tables = this.context.model.tables.filter((o) => o !== t);
    });
    return proxy;
  }

  /** Table.delete removes the table with its cells' contents. */
  delete(): void {
    this._action("delete", [], (t) => {
      const sheet = this._sheetOf(t);
      for (let r = t.box.top; r <= t.box.bottom; r++) for (let c = t.box.left; c <= t.box.right; c++) setValue(sheet, r, c, null);
      this.context.model.tables = this.context.model.tables.filter((o) => o !== t);
    });
  }
}
