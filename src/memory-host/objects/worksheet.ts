import { parseAddress } from "../address";
import { ClientObjectBase, CollectionBase, type ContextCore } from "../client";
import { hostError } from "../errors";
import { MAX_COLS, MAX_ROWS, newSheet, usedBox, type Box, type SheetModel, type Visibility, type WorkbookModel } from "../state";
import { RangeAreasProxy, RangeProxy } from "./range";
import { TableCollectionProxy } from "./table";
import { ChartCollectionProxy } from "./chart";

const VISIBILITIES: Visibility[] = ["Visible", "Hidden", "VeryHidden"];

/** Sheet-name rules of Excel: 1-31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
export function checkSheetName(model: WorkbookModel, name: unknown, self: SheetModel | null, location: string): string {
  if (typeof name !== "string" || name.trim() === "" || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw hostError("InvalidArgument", `'${String(name)}' is not a valid worksheet name.`, location);
  }
  if (name.toLowerCase() === "history") throw hostError("InvalidArgument", "'History' is reserved by Excel.", location);
  if (model.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) {
    throw hostError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`, location);
  }
  return name;
}

function findSheet(model: WorkbookModel, key: string): SheetModel | undefined {
  return model.sheets.find((s) => s.id === key) ?? model.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
}

function visibleCount(model: WorkbookModel): number {
  return model.sheets.filter((s) => s.visibility === "Visible").length;
}

function activateAnother(model: WorkbookModel, leaving: SheetModel): void {
  if (model.activeSheetId !== leaving.id) return;
  const next = model.sheets.find((s) => s !== leaving && s.visibility === "Visible");
  if (next) model.activeSheetId = next.id;
  if (model.selection?.sheetId === leaving.id) model.selection = null;
}

export class WorksheetCollectionProxy extends CollectionBase<WorkbookModel, SheetModel, WorksheetProxy> {
  readonly _entity = "WorksheetCollection";

  _list(t: WorkbookModel): SheetModel[] {
    return t.sheets;
  }

  _item(target: SheetModel): WorksheetProxy {
    return new WorksheetProxy(this.context, () => target, { parent: this._id, member: "item" });
  }

  getItem(key: string): WorksheetProxy {
    const location = "WorksheetCollection.getItem";
    return new WorksheetProxy(this.context, () => {
      const sheet = findSheet(this._need(location), key);
      if (!sheet) throw hostError("ItemNotFound", `There is no worksheet '${key}'.`, location);
      return sheet;
    }, { parent: this._id, member: "getItem", args: [key] });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => findSheet(this._need("WorksheetCollection.getItemOrNullObject"), key) ?? null, {
      parent: this._id,
      member: "getItemOrNullObject",
      args: [key],
    }, true);
  }

  getActiveWorksheet(): WorksheetProxy {
    const location = "WorksheetCollection.getActiveWorksheet";
    return new WorksheetProxy(this.context, () => {
      const model = this._need(location);
      return model.sheets.find((s) => s.id === model.activeSheetId) ?? model.sheets[0];
    }, { parent: this._id, member: "getActiveWorksheet" });
  }

  getFirst(visibleOnly = false): WorksheetProxy {
    const location = "WorksheetCollection.getFirst";
    return new WorksheetProxy(this.context, () => {
      const sheet = this._need(location).sheets.find((s) => !visibleOnly || s.visibility === "Visible");
      if (!sheet) throw hostError("ItemNotFound", undefined, location);
      return sheet;
    }, { parent: this._id, member: "getFirst", args: [visibleOnly] });
  }

  /** WorksheetCollection.add: a new sheet after the others, named "SheetN" when no name is given. */
  add(name?: string): WorksheetProxy {
    const location = "WorksheetCollection.add";
    let created: SheetModel | null = null;
    const proxy = new WorksheetProxy(this.context, () => {
      if (!created) throw hostError("InvalidObjectPath", "The worksheet was not added.", location);
      return created;
    }, { parent: this._id, member: "add", args: [name] });
    this.context.enqueue({
      location,
      json: { o: this._id, call: "add", args: [name ?? null], result: proxy._id },
      write: true,
      run: () => {
        const model = this._need(location);
        let n = model.sheets.length + 1;
        let chosen = name;
        if (chosen === undefined) {
          while (findSheet(model, `Sheet${n}`)) n++;
          chosen = `Sheet${n}`;
        }
        checkSheetName(model, chosen, null, location);
        created = newSheet(model, chosen);
        model.sheets.push(created);
        return undefined;
      },
    });
    return proxy;
  }
}

export class WorksheetProxy extends ClientObjectBase<SheetModel> {
  readonly _entity = "Worksheet";
  protected readonly _scalars = ["id", "name", "position", "visibility"] as const;
  private _tables?: TableCollectionProxy;
  private _freeze?: FreezePanesProxy;
  private _charts?: ChartCollectionProxy;

  constructor(context: ContextCore, resolver: () => SheetModel | null, path: { parent?: number; member: string; args?: unknown[] }, nullable = false) {
    super(context, resolver, path, nullable);
  }

  protected override _check(t: SheetModel, location: string): SheetModel {
    if (!this.context.model.sheets.includes(t)) throw hostError("ItemNotFound", "The worksheet was deleted.", location);
    return t;
  }

  _read(t: SheetModel, name: string): unknown {
    switch (name) {
      case "id":
        return t.id;
      case "name":
        return t.name;
      case "position":
        return this.context.model.sheets.indexOf(t);
      case "visibility":
        return t.visibility;
    }
    throw hostError("InvalidArgument", `'${name}' is not a property of Worksheet.`);
  }

  override _nav(name: string): ClientObjectBase<unknown> | undefined {
    if (name === "tables") return this.tables as unknown as ClientObjectBase<unknown>;
    if (name === "freezePanes") return this.freezePanes as ClientObjectBase<unknown>;
    if (name === "charts") return this.charts as unknown as ClientObjectBase<unknown>;
    return undefined;
  }

  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (t, value, location) => {
      t.name = checkSheetName(this.context.model, value, t, location);
    });
  }

  /** Worksheet.visibility; the last visible sheet cannot be hidden (Excel refuses it in the UI too). */
  get visibility(): Visibility {
    return this._get("visibility");
  }
  set visibility(v: Visibility) {
    this._set("visibility", v, (t, value, location) => {
      if (!VISIBILITIES.includes(value)) throw hostError("InvalidArgument", `'${String(value)}' is not a sheet visibility.`, location);
      const model = this.context.model;
      if (value !== "Visible" && t.visibility === "Visible" && visibleCount(model) === 1) {
        throw hostError("InvalidOperation", "A workbook must keep at least one visible worksheet.", location);
      }
      t.visibility = value;
      if (value !== "Visible") activateAnother(model, t);
    });
  }

  get tables(): TableCollectionProxy {
    return (this._tables ??= new TableCollectionProxy(this.context, () => ({ sheet: this._need("Worksheet.tables") }), { parent: this._id, member: "tables" }));
  }

  get charts(): ChartCollectionProxy {
    return (this._charts ??= new ChartCollectionProxy(this.context, () => this._need("Worksheet.charts"), { parent: this._id, member: "charts" }));
  }

  get freezePanes(): FreezePanesProxy {
    return (this._freeze ??= new FreezePanesProxy(this.context, () => this._need("Worksheet.freezePanes"), { parent: this._id, member: "freezePanes" }));
  }

  /** Worksheet.getRange: an address on this sheet, or the whole sheet when none is given. */
  getRange(address?: string): RangeProxy {
    const location = "Worksheet.getRange";
    return new RangeProxy(this.context, () => {
      const sheet = this._need(location);
      if (address === undefined || address === "") return { sheet, box: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
      const parsed = parseAddress(address);
      if (!parsed || parsed.boxes.length !== 1) throw hostError("InvalidArgument", `'${address}' is not a valid range address.`, location);
      if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw hostError("InvalidArgument", `'${address}' names another worksheet.`, location);
      }
      return { sheet, box: parsed.boxes[0] };
    }, { parent: this._id, member: "getRange", args: [address] });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    const location = "Worksheet.getRangeByIndexes";
    return new RangeProxy(this.context, () => {
      const sheet = this._need(location);
      const box = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      if (rowCount < 1 || columnCount < 1 || box.top < 0 || box.left < 0 || box.bottom >= MAX_ROWS || box.right >= MAX_COLS) {
        throw hostError("InvalidArgument", "The range is outside the worksheet grid.", location);
      }
      return { sheet, box };
    }, { parent: this._id, member: "getRangeByIndexes", args: [startRow, startColumn, rowCount, columnCount] });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Worksheet.getRanges: several areas ("A1:B2, D4") as one RangeAreas. */
  getRanges(address: string): RangeAreasProxy {
    const location = "Worksheet.getRanges";
    return new RangeAreasProxy(this.context, () => {
      const sheet = this._need(location);
      const parsed = parseAddress(address);
      if (!parsed) throw hostError("InvalidArgument", `'${address}' is not a valid address.`, location);
      return { sheet, boxes: parsed.boxes };
    }, { parent: this._id, member: "getRanges", args: [address] });
  }

  /** Worksheet.getUsedRange: "If the entire worksheet is blank, this function will return the top left cell". */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this._need("Worksheet.getUsedRange");
      return { sheet, box: usedBox(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    }, { parent: this._id, member: "getUsedRange", args: [valuesOnly] });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this._need("Worksheet.getUsedRangeOrNullObject");
      const box = usedBox(sheet, valuesOnly);
      return box ? { sheet, box } : null;
    }, { parent: this._id, member: "getUsedRangeOrNullObject", args: [valuesOnly] }, true);
  }

  activate(): void {
    this._action("activate", [], (t, location) => {
      // Excel cannot show a hidden sheet; the error code is the host's choice.
      if (t.visibility !== "Visible") throw hostError("InvalidOperation", "A hidden worksheet cannot be activated.", location);
      this.context.model.activeSheetId = t.id;
    }, false);
  }

  /** Worksheet.delete: its tables go with it; the last visible sheet cannot be deleted. */
  delete(): void {
    this._action("delete", [], (t, location) => {
      const model = this.context.model;
      if (t.visibility === "Visible" && visibleCount(model) === 1) {
        throw hostError("InvalidOperation", "A workbook must keep at least one visible worksheet.", location);
      }
      activateAnother(model, t);
      model.tables = model.tables.filter((table) => table.sheetId !== t.id);
      model.sheets = model.sheets.filter((s) => s !== t);
    });
  }
}

/** Worksheet.freezePanes (ExcelApi 1.7): rows and columns frozen at the top left of the view. */
export class FreezePanesProxy extends ClientObjectBase<SheetModel> {
  readonly _entity = "WorksheetFreezePanes";
  protected readonly _scalars = [] as const;

  _read(): unknown {
    throw hostError("InvalidArgument", "WorksheetFreezePanes has no scalar properties.");
  }

  freezeRows(count = 1): void {
    this._action("freezeRows", [count], (t) => {
      t.frozen = { rows: count, cols: 0 };
    });
  }

  freezeColumns(count = 1): void {
    this._action("freezeColumns", [count], (t) => {
      t.frozen = { rows: 0, cols: count };
    });
  }

  /** Freezes the rows above and the columns left of the given range's bottom-right corner. */
  freezeAt(frozenRange: RangeProxy | string): void {
    this._action("freezeAt", [frozenRange], (t, location) => {
      let box: Box;
      if (frozenRange instanceof RangeProxy) box = frozenRange._need(location).box;
      else {
        const parsed = parseAddress(frozenRange);
        if (!parsed || parsed.boxes.length !== 1) throw hostError("InvalidArgument", `'${frozenRange}' is not a valid range address.`, location);
        box = parsed.boxes[0];
      }
      t.frozen = { rows: box.bottom === MAX_ROWS - 1 ? 0 : box.bottom + 1, cols: box.right === MAX_COLS - 1 ? 0 : box.right + 1 };
    });
  }

  unfreeze(): void {
    this._action("unfreeze", [], (t) => {
      t.frozen = { rows: 0, cols: 0 };
    });
  }

  /** The frozen cells, or a null object when nothing is frozen. */
  getLocationOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this._need("WorksheetFreezePanes.getLocationOrNullObject");
      const { rows, cols } = sheet.frozen;
      if (rows === 0 && cols === 0) return null;
      return {
        sheet,
        box: { top: 0, left: 0, bottom: rows === 0 ? MAX_ROWS - 1 : rows - 1, right: cols === 0 ? MAX_COLS - 1 : cols - 1 },
      };
    }, { parent: this._id, member: "getLocationOrNullObject" }, true);
  }
}
