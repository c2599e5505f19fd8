import type { CellValue } from "../../engine/grid";
import { parseAddress } from "../address";
import { ClientObjectBase, CollectionBase, type ContextCore, type PathJson } from "../client";
import { hostError } from "../errors";
import {
  assertReadable,
  clearRange,
  mergeRange,
  mergedAreasIn,
  readFormulas,
  readHyperlink,
  readNumberFormat,
  readText,
  readValues,
  readValueTypes,
  unmergeRange,
  usedWithin,
  writeHyperlink,
  writeNumberFormat,
  writeValues,
  type ClearTarget,
  type RangeRef,
} from "../range-ops";
import { boxAddress, boxCells, cellKey, forEachCell, MAX_COLS, MAX_ROWS, sheetAddress, type Box, type SheetModel } from "../state";
import { ConditionalFormatCollectionProxy } from "./conditional-format";
import { DataValidationProxy } from "./validation";
import { WorksheetProxy } from "./worksheet";

/** Checks that the sheet behind a range still exists. */
function checkSheet(context: ContextCore, sheet: SheetModel, location: string): void {
  if (!context.model.sheets.includes(sheet)) throw hostError("ItemNotFound", "The worksheet was deleted.", location);
}

function inGrid(box: Box): boolean {
  return box.top >= 0 && box.left >= 0 && box.bottom < MAX_ROWS && box.right < MAX_COLS && box.top <= box.bottom && box.left <= box.right;
}

function relative(location: string, box: Box): Box {
  if (!inGrid(box)) throw hostError("InvalidArgument", "The resulting range would be outside the worksheet grid.", location);
  return box;
}

/** Resolves another range given as a proxy or an address on the same sheet. */
export function otherBoxes(context: ContextCore, sheet: SheetModel, other: unknown, location: string): Box[] {
  if (other instanceof RangeProxy) return [other._need(location).box];
  if (other instanceof RangeAreasProxy) return other._need(location).boxes;
  if (typeof other === "string") {
    const parsed = parseAddress(other);
    if (!parsed) throw hostError("InvalidArgument", `'${other}' is not a valid address.`, location);
    return parsed.boxes;
  }
  throw hostError("InvalidArgument", "Expected a range or an address.", location);
}

export class RangeProxy extends ClientObjectBase<RangeRef> {
  readonly _entity = "Range";
  protected readonly _scalars = [
    "address",
    "addressLocal",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "values",
    "text",
    "formulas",
    "numberFormat",
    "valueTypes",
    "hyperlink",
  ] as const;
  private _format?: RangeFormatProxy;
  private _validation?: DataValidationProxy;
  private _cfs?: ConditionalFormatCollectionProxy;
  private _sheet?: WorksheetProxy;

  constructor(context: ContextCore, resolver: () => RangeRef | null, path: PathJson, nullable = false) {
    super(context, resolver, path, nullable);
  }

  protected override _check(t: RangeRef, location: string): RangeRef {
    checkSheet(this.context, t.sheet, location);
    return t;
  }

  _read(t: RangeRef, name: string): unknown {
    const location = `Range.${name}`;
    switch (name) {
      case "address":
      case "addressLocal":
        return sheetAddress(t.sheet, t.box);
      case "rowIndex":
        return t.box.top;
      case "columnIndex":
        return t.box.left;
      case "rowCount":
        return t.box.bottom - t.box.top + 1;
      case "columnCount":
        return t.box.right - t.box.left + 1;
      case "cellCount":
        return boxCells(t.box);
      case "values":
        assertReadable(t, location);
        return readValues(t);
      case "text":
        assertReadable(t, location);
        return readText(t);
      case "formulas":
        assertReadable(t, location);
        return readFormulas(t);
      case "numberFormat":
        assertReadable(t, location);
        return readNumberFormat(t);
      case "valueTypes":
        assertReadable(t, location);
        return readValueTypes(t);
      case "hyperlink":
        return readHyperlink(t);
    }
    throw hostError("InvalidArgument", `'${name}' is not a property of Range.`, location);
  }

  override _nav(name: string): ClientObjectBase<unknown> | undefined {
    if (name === "format") return this.format as ClientObjectBase<unknown>;
    if (name === "dataValidation") return this.dataValidation as ClientObjectBase<unknown>;
    if (name === "conditionalFormats") return this.conditionalFormats as ClientObjectBase<unknown>;
    if (name === "worksheet") return this.worksheet as ClientObjectBase<unknown>;
    return undefined;
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  get values(): CellValue[][] {
    return this._get("values");
  }
  set values(v: CellValue[][]) {
    this._set("values", v, (t, value, location) => writeValues(t, value, location));
  }

  get formulas(): CellValue[][] {
    return this._get("formulas");
  }
  set formulas(v: CellValue[][]) {
    this._set("formulas", v, (t, value, location) => writeValues(t, value, location));
  }

  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this._set("numberFormat", v, (t, value, location) => writeNumberFormat(t, value, location));
  }

  get hyperlink(): Record<string, string> | null {
    return this._get("hyperlink");
  }
  set hyperlink(v: Record<string, string> | null) {
    this._set("hyperlink", v, (t, value, location) => writeHyperlink(t, value, location));
  }

  get format(): RangeFormatProxy {
    return (this._format ??= new RangeFormatProxy(this.context, () => this._areas("Range.format"), { parent: this._id, member: "format" }));
  }

  get dataValidation(): DataValidationProxy {
    return (this._validation ??= new DataValidationProxy(this.context, () => this._areas("Range.dataValidation"), {
      parent: this._id,
      member: "dataValidation",
    }));
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this._cfs ??= new ConditionalFormatCollectionProxy(this.context, () => this._areas("Range.conditionalFormats"), {
      parent: this._id,
      member: "conditionalFormats",
    }));
  }

  get worksheet(): WorksheetProxy {
    return (this._sheet ??= new WorksheetProxy(this.context, () => this._need("Range.worksheet").sheet, { parent: this._id, member: "worksheet" }));
  }

  _areas(location: string): RangeRef[] {
    return [this._need(location)];
  }

  private _derive(member: string, args: unknown[], make: (t: RangeRef, location: string) => RangeRef | null, nullable = false): RangeProxy {
    const location = `Range.${member}`;
    return new RangeProxy(this.context, () => make(this._need(location), location), { parent: this._id, member, args }, nullable);
  }

  getCell(row: number, column: number): RangeProxy {
    // "The cell can be outside the bounds of its parent range, so long as it stays within the worksheet grid."
    return this._derive("getCell", [row, column], (t, loc) => ({
      sheet: t.sheet,
      box: relative(loc, { top: t.box.top + row, left: t.box.left + column, bottom: t.box.top + row, right: t.box.left + column }),
    }));
  }

  getRow(row: number): RangeProxy {
    return this._derive("getRow", [row], (t, loc) => ({
      sheet: t.sheet,
      box: relative(loc, { ...t.box, top: t.box.top + row, bottom: t.box.top + row }),
    }));
  }

  getColumn(column: number): RangeProxy {
    return this._derive("getColumn", [column], (t, loc) => ({
      sheet: t.sheet,
      box: relative(loc, { ...t.box, left: t.box.left + column, right: t.box.left + column }),
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._derive("getResizedRange", [deltaRows, deltaColumns], (t, loc) => ({
      sheet: t.sheet,
      box: relative(loc, { ...t.box, bottom: t.box.bottom + deltaRows, right: t.box.right + deltaColumns }),
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._derive("getOffsetRange", [rowOffset, columnOffset], (t, loc) => ({
      sheet: t.sheet,
      box: relative(loc, {
        top: t.box.top + rowOffset,
        bottom: t.box.bottom + rowOffset,
        left: t.box.left + columnOffset,
        right: t.box.right + columnOffset,
      }),
    }));
  }

  getIntersectionOrNullObject(anotherRange: RangeProxy | string): RangeProxy {
    return this._derive(
      "getIntersectionOrNullObject",
      [anotherRange],
      (t, loc) => {
        const [o] = otherBoxes(this.context, t.sheet, anotherRange, loc);
        const box = { top: Math.max(t.box.top, o.top), left: Math.max(t.box.left, o.left), bottom: Math.min(t.box.bottom, o.bottom), right: Math.min(t.box.right, o.right) };
        return box.top <= box.bottom && box.left <= box.right ? { sheet: t.sheet, box } : null;
      },
      true,
    );
  }

  /** Range.getUsedRange: "If there are no used cells within the range, this function will throw an ItemNotFound error." */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this._derive("getUsedRange", [valuesOnly], (t, loc) => {
      const box = usedWithin(t, valuesOnly);
      if (!box) throw hostError("ItemNotFound", "The range has no used cells.", loc);
      return { sheet: t.sheet, box };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._derive("getUsedRangeOrNullObject", [valuesOnly], (t) => {
      const box = usedWithin(t, valuesOnly);
      return box ? { sheet: t.sheet, box } : null;
    }, true);
  }

  /**
   * Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512,
   * then this method will fail to return the result"; a null object when there are none.
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    const location = "Range.getMergedAreasOrNullObject";
    return new RangeAreasProxy(
      this.context,
      () => {
        const t = this._need(location);
        const areas = mergedAreasIn(t.sheet, t.box);
        if (areas.length > 512) throw hostError("GeneralException", `The range holds ${areas.length} merged areas; at most 512 can be returned.`, location);
        return areas.length === 0 ? null : { sheet: t.sheet, boxes: areas };
      },
      { parent: this._id, member: "getMergedAreasOrNullObject" },
      true,
    );
  }

  merge(across = false): void {
    this._action("merge", [across], (t, loc) => mergeRange(this.context.model, t, across, loc));
  }

  unmerge(): void {
    this._action("unmerge", [], (t) => unmergeRange(t));
  }

  clear(applyTo: ClearTarget = "All"): void {
    this._action("clear", [applyTo], (t) => clearRange(t, applyTo));
  }

  /** Range.select: shows the range in the Excel window; a hidden sheet cannot be shown (error code: the host's choice). */
  select(): void {
    this._action(
      "select",
      [],
      (t, loc) => {
        if (t.sheet.visibility !== "Visible") throw hostError("InvalidOperation", "A range on a hidden worksheet cannot be selected.", loc);
        this.context.model.activeSheetId = t.sheet.id;
        this.context.model.selection = { sheetId: t.sheet.id, box: { ...t.box } };
      },
      false,
    );
  }
}

export interface AreasRef {
  sheet: SheetModel;
  boxes: Box[];
}

/** Several rectangles on one sheet (Worksheet.getRanges, merged areas). */
export class RangeAreasProxy extends ClientObjectBase<AreasRef> {
  readonly _entity = "RangeAreas";
  protected readonly _scalars = ["address", "addressLocal", "areaCount", "cellCount"] as const;
  private _areasProxy?: RangeCollectionProxy;
  private _format?: RangeFormatProxy;
  private _validation?: DataValidationProxy;
  private _cfs?: ConditionalFormatCollectionProxy;

  protected override _check(t: AreasRef, location: string): AreasRef {
    checkSheet(this.context, t.sheet, location);
    return t;
  }

  _read(t: AreasRef, name: string): unknown {
    switch (name) {
      case "address":
      case "addressLocal":
        return t.boxes.map((b) => sheetAddress(t.sheet, b)).join(",");
      case "areaCount":
        return t.boxes.length;
      case "cellCount":
        return t.boxes.reduce((n, b) => n + boxCells(b), 0);
    }
    throw hostError("InvalidArgument", `'${name}' is not a property of RangeAreas.`);
  }

  override _nav(name: string): ClientObjectBase<unknown> | undefined {
    if (name === "areas") return this.areas as ClientObjectBase<unknown>;
    if (name === "format") return this.format as ClientObjectBase<unknown>;
    if (name === "dataValidation") return this.dataValidation as ClientObjectBase<unknown>;
    if (name === "conditionalFormats") return this.conditionalFormats as ClientObjectBase<unknown>;
    return undefined;
  }

  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }

  _areas(location: string): RangeRef[] {
    const t = this._need(location);
    return t.boxes.map((box) => ({ sheet: t.sheet, box }));
  }

  get areas(): RangeCollectionProxy {
    return (this._areasProxy ??= new RangeCollectionProxy(this.context, () => this._areas("RangeAreas.areas"), { parent: this._id, member: "areas" }));
  }

  get format(): RangeFormatProxy {
    return (this._format ??= new RangeFormatProxy(this.context, () => this._areas("RangeAreas.format"), { parent: this._id, member: "format" }));
  }

  get dataValidation(): DataValidationProxy {
    return (this._validation ??= new DataValidationProxy(this.context, () => this._areas("RangeAreas.dataValidation"), {
      parent: this._id,
      member: "dataValidation",
    }));
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this._cfs ??= new ConditionalFormatCollectionProxy(this.context, () => this._areas("RangeAreas.conditionalFormats"), {
      parent: this._id,
      member: "conditionalFormats",
    }));
  }

  clear(applyTo: ClearTarget = "All"): void {
    this._action("clear", [applyTo], (t) => t.boxes.forEach((box) => clearRange({ sheet: t.sheet, box }, applyTo)));
  }
}

export class RangeCollectionProxy extends CollectionBase<RangeRef[], RangeRef, RangeProxy> {
  readonly _entity = "RangeCollection";

  _list(t: RangeRef[]): RangeRef[] {
    return t;
  }

  _item(target: RangeRef): RangeProxy {
    return new RangeProxy(this.context, () => target, { parent: this._id, member: "item" });
  }

  getItemAt(index: number): RangeProxy {
    const location = "RangeCollection.getItemAt";
    return new RangeProxy(
      this.context,
      () => {
        const item = this._need(location)[index];
        if (!item) throw hostError("ItemNotFound", `There is no area ${index}.`, location);
        return item;
      },
      { parent: this._id, member: "getItemAt", args: [index] },
    );
  }
}

// ----- Formats --------------------------------------------------------------------------------

const HEX = /^#[0-9A-Fa-f]{6}$/;

/** Colors as Office.js takes them: "#RRGGBB" or an HTML color name ("yellow"). */
function normalizeColor(color: unknown, location: string): string {
  if (typeof color === "string" && HEX.test(color)) return color.toUpperCase();
  if (typeof color === "string" && /^[A-Za-z]{3,20}$/.test(color)) return color.toLowerCase();
  throw hostError("InvalidArgument", `'${String(color)}' is not a color.`, location);
}

type Areas = RangeRef[];

function sameOrNull<V>(areas: Areas, read: (sheet: SheetModel, key: number) => V): V | null {
  let first = true;
  let value: V | null = null;
  let mixed = false;
  for (const a of areas) {
    forEachCell(a.box, (r, c) => {
      if (mixed) return;
      const v = read(a.sheet, cellKey(r, c));
      if (first) {
        value = v;
        first = false;
      } else if (v !== value) mixed = true;
    });
  }
  return mixed ? null : value;
}

export class RangeFormatProxy extends ClientObjectBase<Areas> {
  readonly _entity = "RangeFormat";
  protected readonly _scalars = ["wrapText", "columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment"] as const;
  private _fill?: RangeFillProxy;
  private _font?: RangeFontProxy;

  _read(_t: Areas, name: string): unknown {
    // Alignment and sizes are not modelled: they read as Excel's defaults.
    const defaults: Record<string, unknown> = { wrapText: false, columnWidth: 48, rowHeight: 15, horizontalAlignment: "General", verticalAlignment: "Bottom" };
    return defaults[name];
  }

  override _nav(name: string): ClientObjectBase<unknown> | undefined {
    if (name === "fill") return this.fill as ClientObjectBase<unknown>;
    if (name === "font") return this.font as ClientObjectBase<unknown>;
    return undefined;
  }

  get fill(): RangeFillProxy {
    return (this._fill ??= new RangeFillProxy(this.context, () => this._need("RangeFormat.fill"), { parent: this._id, member: "fill" }));
  }

  get font(): RangeFontProxy {
    return (this._font ??= new RangeFontProxy(this.context, () => this._need("RangeFormat.font"), { parent: this._id, member: "font" }));
  }

  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._set("wrapText", v, () => undefined);
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v, () => undefined);
  }

  autofitColumns(): void {
    this._action("autofitColumns", [], (areas) => areas.forEach((a) => {
      for (let c = a.box.left; c <= a.box.right; c++) a.sheet.autofitted.add(c);
    }));
  }

  autofitRows(): void {
    this._action("autofitRows", [], () => undefined);
  }
}

export class RangeFillProxy extends ClientObjectBase<Areas> {
  readonly _entity = "RangeFill";
  protected readonly _scalars = ["color"] as const;

  /** "#FFFFFF" where no fill is set, null when cells differ (page "Fundamental programming concepts"). */
  _read(t: Areas, name: string): unknown {
    if (name !== "color") throw hostError("InvalidArgument", `'${name}' is not a property of RangeFill.`);
    return sameOrNull(t, (sheet, key) => sheet.fills.get(key) ?? "#FFFFFF");
  }

  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (areas, value, location) => {
      const color = normalizeColor(value, location);
      for (const a of areas) forEachCell(a.box, (r, c) => a.sheet.fills.set(cellKey(r, c), color));
    });
  }

  clear(): void {
    this._action("clear", [], (areas) => {
      for (const a of areas) forEachCell(a.box, (r, c) => a.sheet.fills.delete(cellKey(r, c)));
    });
  }
}

export class RangeFontProxy extends ClientObjectBase<Areas> {
  readonly _entity = "RangeFont";
  protected readonly _scalars = ["bold", "color"] as const;

  _read(t: Areas, name: string): unknown {
    if (name === "bold") return sameOrNull(t, (sheet, key) => sheet.bold.get(key) ?? false);
    if (name === "color") return "#000000";
    throw hostError("InvalidArgument", `'${name}' is not a property of RangeFont.`);
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v, (areas, value) => {
      for (const a of areas) forEachCell(a.box, (r, c) => (value ? a.sheet.bold.set(cellKey(r, c), true) : a.sheet.bold.delete(cellKey(r, c))));
    });
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (_areas, value, location) => void normalizeColor(value, location));
  }
}

export { boxAddress };
