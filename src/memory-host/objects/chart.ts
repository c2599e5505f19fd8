import { parseAddress } from "../address";
import { ClientObjectBase, CollectionBase, type ContextCore } from "../client";
import { hostError } from "../errors";
import { boxAddress, type ChartModel, type SheetModel } from "../state";
import { RangeProxy } from "./range";

/**
 * Worksheet.charts (ExcelApi 1.1): charts embedded in a sheet, kept as what they plot and where
 * they sit. Nothing is drawn; what a test can ask Excel (type, source, title, position, name) is.
 */

/** Chart types Excel.ChartType names; an unknown one is refused as Excel refuses it. */
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "Pie",
  "Doughnut",
  "Area",
  "XYScatter",
]);

const SERIES_BY = ["Auto", "Columns", "Rows"] as const;

export class ChartCollectionProxy extends CollectionBase<SheetModel, ChartModel, ChartProxy> {
  readonly _entity = "ChartCollection";
  protected override readonly _scalars = ["count"] as const;

  _list(t: SheetModel): ChartModel[] {
    return t.charts;
  }

  _item(target: ChartModel): ChartProxy {
    return new ChartProxy(this.context, () => target, { parent: this._id, member: "item" }, this);
  }

  get count(): number {
    return this._get("count");
  }

  /** ChartCollection.getItem: by the chart's name ("Chart 1"), case as Excel ignores it. */
  getItem(name: string): ChartProxy {
    const location = "ChartCollection.getItem";
    return new ChartProxy(this.context, () => {
      const chart = this._need(location).charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (!chart) throw hostError("ItemNotFound", `There is no chart '${name}'.`, location);
      return chart;
    }, { parent: this._id, member: "getItem", args: [name] }, this);
  }

  getItemAt(index: number): ChartProxy {
    const location = "ChartCollection.getItemAt";
    return new ChartProxy(this.context, () => {
      const chart = this._need(location).charts[index];
      if (!chart) throw hostError("ItemNotFound", `There is no chart at ${index}.`, location);
      return chart;
    }, { parent: this._id, member: "getItemAt", args: [index] }, this);
  }

  /**
   * ChartCollection.add(type, sourceData, seriesBy): a chart of the cells given, named "Chart N".
   * The source must be a range of this workbook; Excel plots cells of another sheet too, but
   * PlanCheck's charts plot their own sheet, and the model keeps the source on the chart's sheet.
   */
  add(type: string, sourceData: RangeProxy, seriesBy: string = "Auto"): ChartProxy {
    const location = "ChartCollection.add";
    let created: ChartModel | null = null;
    const proxy = new ChartProxy(this.context, () => {
      if (!created) throw hostError("InvalidObjectPath", "The chart was not added.", location);
      return created;
    }, { parent: this._id, member: "add", args: [type, "range", seriesBy] }, this);
    this.context.enqueue({
      location,
      json: { o: this._id, call: "add", args: [type, { o: sourceData._id }, seriesBy], result: proxy._id },
      write: true,
      run: () => {
        const sheet = this._need(location);
        if (!CHART_TYPES.has(type)) throw hostError("InvalidArgument", `'${type}' is not a chart type.`, location);
        if (!(SERIES_BY as readonly string[]).includes(seriesBy)) throw hostError("InvalidArgument", `'${seriesBy}' is not a series order.`, location);
        const source = sourceData._need(location);
        if (source.sheet !== sheet) throw hostError("InvalidArgument", "The chart's data is on another worksheet.", location);
        const model = this.context.model;
        model.counters.chart = (model.counters.chart ?? 0) + 1;
        let n = sheet.charts.length + 1;
        while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
        created = {
          id: `{chart-${model.counters.chart}}`,
          name: `Chart ${n}`,
          chartType: type,
          source: source.box,
          seriesBy: seriesBy as ChartModel["seriesBy"],
          title: { text: "", visible: false },
          position: null,
        };
        sheet.charts.push(created);
        return undefined;
      },
    });
    return proxy;
  }
}

export class ChartProxy extends ClientObjectBase<ChartModel> {
  readonly _entity = "Chart";
  protected readonly _scalars = ["id", "name", "chartType"] as const;
  private _title?: ChartTitleProxy;

  constructor(
    context: ContextCore,
    resolver: () => ChartModel | null,
    path: { parent?: number; member: string; args?: unknown[] },
    private readonly _collection: ChartCollectionProxy,
  ) {
    super(context, resolver, path);
  }

  private _sheet(location: string): SheetModel {
    return this._collection._need(location);
  }

  protected override _check(t: ChartModel, location: string): ChartModel {
    if (!this.context.model.sheets.some((s) => s.charts.includes(t))) throw hostError("ItemNotFound", "The chart no longer exists.", location);
    return t;
  }

  _read(t: ChartModel, name: string): unknown {
    switch (name) {
      case "id":
        return t.id;
      case "name":
        return t.name;
      case "chartType":
        return t.chartType;
    }
    throw hostError("InvalidArgument", `'${name}' is not a property of Chart.`);
  }

  override _nav(name: string): ClientObjectBase<unknown> | undefined {
    return name === "title" ? (this.title as unknown as ClientObjectBase<unknown>) : undefined;
  }

  get id(): string {
    return this._get("id");
  }
  get chartType(): string {
    return this._get("chartType");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (t, value, location) => {
      if (typeof value !== "string" || value.trim() === "") throw hostError("InvalidArgument", "A chart needs a name.", location);
      if (this._sheet(location).charts.some((c) => c !== t && c.name.toLowerCase() === value.toLowerCase())) {
        throw hostError("ItemAlreadyExists", `A chart named '${value}' already exists.`, location);
      }
      t.name = value;
    });
  }

  get title(): ChartTitleProxy {
    return (this._title ??= new ChartTitleProxy(this.context, () => this._need("Chart.title"), { parent: this._id, member: "title" }));
  }

  /** Chart.setPosition(startCell, endCell?): cells of the chart's own sheet it covers. */
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this._action("setPosition", [startCell, endCell], (t, location) => {
      const sheet = this._sheet(location);
      const cell = (c: RangeProxy | string): string => {
        if (c instanceof RangeProxy) {
          const ref = c._need(location);
          if (ref.sheet !== sheet) throw hostError("InvalidArgument", "The position is on another worksheet.", location);
          return boxAddress({ ...ref.box, bottom: ref.box.top, right: ref.box.left });
        }
        const parsed = parseAddress(c);
        if (!parsed || parsed.boxes.length !== 1 || (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())) {
          throw hostError("InvalidArgument", `'${c}' is not a cell of this worksheet.`, location);
        }
        const b = parsed.boxes[0];
        return boxAddress({ top: b.top, left: b.left, bottom: b.top, right: b.left });
      };
      t.position = { start: cell(startCell), end: endCell === undefined ? null : cell(endCell) };
    });
  }

  delete(): void {
    this._action("delete", [], (t, location) => {
      const sheet = this._sheet(location);
      sheet.charts = sheet.charts.filter((c) => c !== t);
    });
  }
}

/** Chart.title: its text, shown once it is set. */
export class ChartTitleProxy extends ClientObjectBase<ChartModel> {
  readonly _entity = "ChartTitle";
  protected readonly _scalars = ["text", "visible"] as const;

  _read(t: ChartModel, name: string): unknown {
    if (name === "text") return t.title.text;
    if (name === "visible") return t.title.visible;
    throw hostError("InvalidArgument", `'${name}' is not a property of ChartTitle.`);
  }

  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v, (t, value) => {
      // Excel shows a title as soon as it is given one.
      t.title = { text: String(value), visible: true };
    });
  }

  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v, (t, value) => {
      t.title = { ...t.title, visible: Boolean(value) };
    });
  }
}
