import { ClientObjectBase, CollectionBase, type ClientResult } from "../client";
import { hostError } from "../errors";
import type { CustomXmlPartModel, WorkbookModel } from "../state";

/**
 * Workbook.customXmlParts (ExcelApi 1.5), per the CustomXmlPartCollection, CustomXmlPartScopedCollection
 * and CustomXmlPart reference pages: `add(xml)` stores a well-formed XML document; parts are found
 * by the namespace of their root element (`getByNamespace`); `getXml()` ("Gets the custom XML
 * part's full XML content") returns the text at the next sync, and may be queued on a part got in
 * the same batch.
 */

/** The default namespace of a well-formed document's root element, or null when it is not well-formed. */
export function rootNamespace(xml: string): string | null {
  const body = xml.replace(/^\uFEFF?\s*(<\?xml[^?]*\?>)?\s*/, "").replace(/<!--[\s\S]*?-->/g, "");
  const tags = [...body.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g)];
  if (tags.length === 0 || !body.startsWith("<")) return null;
  const stack: string[] = [];
  let roots = 0;
  let cursor = 0;
  for (const tag of tags) {
    const between = body.slice(cursor, tag.index);
    if (/[<>]/.test(between.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ""))) return null;
    if (stack.length === 0 && between.trim() !== "") return null;
    cursor = (tag.index ?? 0) + tag[0].length;
    const [, closing, name, , selfClosing] = tag;
    if (closing) {
      if (stack.pop() !== name) return null;
    } else {
      if (stack.length === 0) roots += 1;
      if (!selfClosing) stack.push(name);
    }
  }
  if (stack.length !== 0 || roots !== 1 || body.slice(cursor).trim() !== "") return null;
  const ns = /^<[A-Za-z_][\w.:-]*[^>]*?\sxmlns\s*=\s*("([^"]*)"|'([^']*)')/.exec(body);
  return ns ? (ns[2] ?? ns[3] ?? "") : "";
}

function partId(n: number): string {
  return `{${n.toString(16).toUpperCase().padStart(8, "0")}-C0DE-4000-8000-000000000000}`;
}

function addPart(model: WorkbookModel, xml: string, location: string): CustomXmlPartModel {
  const ns = typeof xml === "string" ? rootNamespace(xml) : null;
  if (ns === null) throw hostError("InvalidArgument", "The custom XML part is not well-formed XML.", location);
  model.counters.xml += 1;
  const part = { id: partId(model.counters.xml), namespaceUri: ns, xml };
  model.customXmlParts.push(part);
  return part;
}

export class CustomXmlPartCollectionProxy extends CollectionBase<WorkbookModel, CustomXmlPartModel, CustomXmlPartProxy> {
  readonly _entity = "CustomXmlPartCollection";

  _list(t: WorkbookModel): CustomXmlPartModel[] {
    return t.customXmlParts;
  }

  _item(target: CustomXmlPartModel): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => target, { parent: this._id, member: "item" });
  }

  add(xml: string): CustomXmlPartProxy {
    const location = "CustomXmlPartCollection.add";
    let created: CustomXmlPartModel | null = null;
    const proxy = new CustomXmlPartProxy(this.context, () => {
      if (!created) throw hostError("InvalidObjectPath", "The part was not added.", location);
      return created;
    }, { parent: this._id, member: "add" });
    this.context.enqueue({
      location,
      json: { o: this._id, call: "add", args: [xml], result: proxy._id },
      write: true,
      run: () => {
        created = addPart(this._need(location), xml, location);
        return undefined;
      },
    });
    return proxy;
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionProxy {
    return new CustomXmlPartScopedCollectionProxy(this.context, () => ({ model: this._need("CustomXmlPartCollection.getByNamespace"), namespaceUri }), {
      parent: this._id,
      member: "getByNamespace",
      args: [namespaceUri],
    });
  }

  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => this._need("CustomXmlPartCollection.getItemOrNullObject").customXmlParts.find((p) => p.id === id) ?? null, {
      parent: this._id,
      member: "getItemOrNullObject",
      args: [id],
    }, true);
  }

  getItem(id: string): CustomXmlPartProxy {
    const location = "CustomXmlPartCollection.getItem";
    return new CustomXmlPartProxy(this.context, () => {
      const part = this._need(location).customXmlParts.find((p) => p.id === id);
      if (!part) throw hostError("ItemNotFound", `There is no custom XML part '${id}'.`, location);
      return part;
    }, { parent: this._id, member: "getItem", args: [id] });
  }
}

interface ScopedRef {
  model: WorkbookModel;
  namespaceUri: string;
}

export class CustomXmlPartScopedCollectionProxy extends CollectionBase<ScopedRef, CustomXmlPartModel, CustomXmlPartProxy> {
  readonly _entity = "CustomXmlPartScopedCollection";

  _list(t: ScopedRef): CustomXmlPartModel[] {
    return t.model.customXmlParts.filter((p) => p.namespaceUri === t.namespaceUri);
  }

  _item(target: CustomXmlPartModel): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => target, { parent: this._id, member: "item" });
  }

  /**
   * Page "Excel.CustomXmlPartScopedCollection class" (ExcelApi 1.5): "If the collection contains
   * exactly one item, this method returns it. Otherwise, this method returns null" — for an
   * *OrNullObject method a null object, never the value null (page "Application-specific API
   * model", section "*OrNullObject methods and properties"). So no part and several parts both give
   * a null object. The collection is counted at the call's place in the batch.
   */
  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => {
      const parts = this._list(this._need("CustomXmlPartScopedCollection.getOnlyItemOrNullObject"));
      return parts.length === 1 ? parts[0] : null;
    }, { parent: this._id, member: "getOnlyItemOrNullObject" }, true);
  }

  getOnlyItem(): CustomXmlPartProxy {
    const location = "CustomXmlPartScopedCollection.getOnlyItem";
    return new CustomXmlPartProxy(this.context, () => {
      const parts = this._list(this._need(location));
      if (parts.length !== 1) throw hostError(parts.length === 0 ? "ItemNotFound" : "InvalidOperation", `${parts.length} parts have this namespace.`, location);
      return parts[0];
    }, { parent: this._id, member: "getOnlyItem" });
  }
}

export class CustomXmlPartProxy extends ClientObjectBase<CustomXmlPartModel> {
  readonly _entity = "CustomXmlPart";
  protected readonly _scalars = ["id", "namespaceUri"] as const;

  protected override _check(t: CustomXmlPartModel, location: string): CustomXmlPartModel {
    if (!this.context.model.customXmlParts.includes(t)) throw hostError("ItemNotFound", "The custom XML part was deleted.", location);
    return t;
  }

  _read(t: CustomXmlPartModel, name: string): unknown {
    if (name === "id") return t.id;
    if (name === "namespaceUri") return t.namespaceUri;
    throw hostError("InvalidArgument", `'${name}' is not a property of CustomXmlPart.`);
  }

  get id(): string {
    return this._get("id");
  }
  get namespaceUri(): string {
    return this._get("namespaceUri");
  }

  getXml(): ClientResult<string> {
    return this._result("getXml", [], (t) => t.xml);
  }

  setXml(xml: string): void {
    this._action("setXml", [xml], (t, location) => {
      const ns = rootNamespace(xml);
      if (ns === null) throw hostError("InvalidArgument", "The custom XML part is not well-formed XML.", location);
      t.xml = xml;
      t.namespaceUri = ns;
    });
  }

  delete(): void {
    this._action("delete", [], (t) => {
      this.context.model.customXmlParts = this.context.model.customXmlParts.filter((p) => p !== t);
    });
  }
}
