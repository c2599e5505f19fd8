import { ClientObjectBase, type ContextCore } from "../client";
import { hostError } from "../errors";
import type { WorkbookModel } from "../state";
import { CustomXmlPartCollectionProxy } from "./custom-xml";
import { RangeProxy } from "./range";
import { SettingCollectionProxy } from "./settings";
import { TableCollectionProxy } from "./table";
import { WorksheetCollectionProxy } from "./worksheet";

export class WorkbookProxy extends ClientObjectBase<WorkbookModel> {
  readonly _entity = "Workbook";
  protected readonly _scalars = ["name"] as const;
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly customXmlParts: CustomXmlPartCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly application: ApplicationProxy;

  constructor(context: ContextCore) {
    super(context, () => context.model, { member: "workbook" });
    const path = (member: string) => ({ parent: this._id, member });
    this.worksheets = new WorksheetCollectionProxy(context, () => context.model, path("worksheets"));
    this.tables = new TableCollectionProxy(context, () => ({}), path("tables"));
    this.customXmlParts = new CustomXmlPartCollectionProxy(context, () => context.model, path("customXmlParts"));
    this.settings = new SettingCollectionProxy(context, () => context.model, path("settings"));
    this.application = new ApplicationProxy(context, () => context.model, path("application"));
  }

  _read(_t: WorkbookModel, name: string): unknown {
    if (name === "name") return "Workbook.xlsx";
    throw hostError("InvalidArgument", `'${name}' is not a property of Workbook.`);
  }

  override _nav(name: string): ClientObjectBase<unknown> | undefined {
    const navs: Record<string, ClientObjectBase<unknown>> = {
      worksheets: this.worksheets as ClientObjectBase<unknown>,
      tables: this.tables as unknown as ClientObjectBase<unknown>,
      customXmlParts: this.customXmlParts as ClientObjectBase<unknown>,
      settings: this.settings as ClientObjectBase<unknown>,
      application: this.application as ClientObjectBase<unknown>,
    };
    return navs[name];
  }

  get name(): string {
    return this._get("name");
  }

  /** The selected range, or A1 of the active sheet when nothing was selected through the API. */
  getSelectedRange(): RangeProxy {
    const location = "Workbook.getSelectedRange";
    return new RangeProxy(this.context, () => {
      const model = this._need(location);
      const sheet = model.sheets.find((s) => s.id === model.activeSheetId) ?? model.sheets[0];
      const sel = model.selection && model.selection.sheetId === sheet.id ? model.selection.box : { top: 0, left: 0, bottom: 0, right: 0 };
      return { sheet, box: { ...sel } };
    }, { parent: this._id, member: "getSelectedRange" });
  }

  getActiveCell(): RangeProxy {
    const location = "Workbook.getActiveCell";
    return new RangeProxy(this.context, () => {
      const model = this._need(location);
      const sheet = model.sheets.find((s) => s.id === model.activeSheetId) ?? model.sheets[0];
      const sel = model.selection && model.selection.sheetId === sheet.id ? model.selection.box : { top: 0, left: 0, bottom: 0, right: 0 };
      return { sheet, box: { top: sel.top, left: sel.left, bottom: sel.top, right: sel.left } };
    }, { parent: this._id, member: "getActiveCell" });
  }
}

/**
 * Application: calculation suspension as the Application reference and the performance page
 * describe it ("suspendApiCalculationUntilNextSync"); formulas are not computed in memory, so the
 * host only records that a batch ran suspended.
 */
export class ApplicationProxy extends ClientObjectBase<WorkbookModel> {
  readonly _entity = "Application";
  protected readonly _scalars = ["calculationMode"] as const;

  _read(_t: WorkbookModel, name: string): unknown {
    if (name === "calculationMode") return "Automatic";
    throw hostError("InvalidArgument", `'${name}' is not a property of Application.`);
  }

  get calculationMode(): string {
    return this._get("calculationMode");
  }

  suspendApiCalculationUntilNextSync(): void {
    this._action("suspendApiCalculationUntilNextSync", [], () => this.context.suspendCalculation(), false);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._action("suspendScreenUpdatingUntilNextSync", [], () => undefined, false);
  }
}
