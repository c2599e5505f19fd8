import { ClientObjectBase, CollectionBase } from "../client";
import { hostError } from "../errors";
import type { WorkbookModel } from "../state";

/**
 * Workbook.settings (ExcelApi 1.4), per the page "Work with workbooks" (Access document settings)
 * and the SettingCollection reference: key/value pairs kept in the file for this add-in; values are
 * stored as JSON, so what comes back is a copy.
 */

interface SettingRef {
  model: WorkbookModel;
  key: string;
}

export class SettingCollectionProxy extends CollectionBase<WorkbookModel, SettingRef, SettingProxy> {
  readonly _entity = "SettingCollection";

  _list(t: WorkbookModel): SettingRef[] {
    return [...t.settings.keys()].map((key) => ({ model: t, key }));
  }

  _item(target: SettingRef): SettingProxy {
    return new SettingProxy(this.context, () => target, { parent: this._id, member: "item" });
  }

  add(key: string, value: unknown): SettingProxy {
    const location = "SettingCollection.add";
    const proxy = new SettingProxy(this.context, () => ({ model: this._need(location), key }), { parent: this._id, member: "add", args: [key] });
    this.context.enqueue({
      json: { o: this._id, call: "add", args: [key, value] },
      write: true,
      run: () => {
        if (typeof key !== "string" || key === "") throw hostError("InvalidArgument", "A setting needs a key.", location);
        this._need(location).settings.set(key, JSON.stringify(value ?? null));
        return undefined;
      },
    });
    return proxy;
  }

  getItem(key: string): SettingProxy {
    const location = "SettingCollection.getItem";
    return new SettingProxy(this.context, () => {
      const model = this._need(location);
      if (!model.settings.has(key)) throw hostError("ItemNotFound", `There is no setting '${key}'.`, location);
      return { model, key };
    }, { parent: this._id, member: "getItem", args: [key] });
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, () => {
      const model = this._need("SettingCollection.getItemOrNullObject");
      return model.settings.has(key) ? { model, key } : null;
    }, { parent: this._id, member: "getItemOrNullObject", args: [key] }, true);
  }
}

export class SettingProxy extends ClientObjectBase<SettingRef> {
  readonly _entity = "Setting";
  protected readonly _scalars = ["key", "value"] as const;

  protected override _check(t: SettingRef, location: string): SettingRef {
    if (!t.model.settings.has(t.key)) throw hostError("ItemNotFound", `The setting '${t.key}' was deleted.`, location);
    return t;
  }

  _read(t: SettingRef, name: string): unknown {
    if (name === "key") return t.key;
    if (name === "value") return JSON.parse(String(t.model.settings.get(t.key)));
    throw hostError("InvalidArgument", `'${name}' is not a property of Setting.`);
  }

  get key(): string {
    return this._get("key");
  }

  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._set("value", v, (t, value) => {
      t.model.settings.set(t.key, JSON.stringify(value ?? null));
    });
  }

  delete(): void {
    this._action("delete", [], (t) => {
      t.model.settings.delete(t.key);
    });
  }
}
