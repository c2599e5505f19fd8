import { hostError, propertyNotLoaded, type HostError } from "./errors";
import { normalize, parseLoadOption, type LoadSpec } from "./load-spec";
import type { WorkbookModel } from "./state";

/**
 * Proxy objects with Office.js semantics ("Using the application-specific API model" page):
 * setting a property or calling a method only queues a command; `load()` queues a read; values
 * arrive at `context.sync()`, and reading a property that was neither loaded nor set throws
 * PropertyNotLoaded. Objects are found when their first command runs, in batch order, and keep
 * pointing at what they found.
 */

export interface Command {
  /** What travels in the request; measured for the payload limit. */
  json: unknown;
  /** True when the command changes the workbook. */
  write: boolean;
  /** Set on `context.trace()` entries. */
  trace?: string;
  /** Object and member, as Office.js names them in `debugInfo.errorLocation` (`Range.values`). */
  location?: string;
  /** Runs against the workbook model; its return value travels back in the response. */
  run(): unknown;
  /** Receives the returned value once the whole batch succeeded. */
  onResult?(data: unknown): void;
}

/** What proxies need from their request context. */
export interface ContextCore {
  readonly model: WorkbookModel;
  enqueue(command: Command): void;
  nextId(): number;
  /** Set while a batch runs with calculation suspended. */
  suspendCalculation(): void;
}

export interface PathJson {
  parent?: number;
  member: string;
  args?: unknown[];
}

export abstract class ClientObjectBase<T> {
  abstract readonly _entity: string;
  /** Scalar properties an empty `load()` returns. */
  protected abstract readonly _scalars: readonly string[];
  readonly _id: number;
  private _resolved = false;
  private _target: T | null = null;
  _isNull: boolean | undefined;
  protected readonly _values = new Map<string, unknown>();

  constructor(
    readonly context: ContextCore,
    private readonly _resolver: () => T | null,
    readonly _path: PathJson,
    readonly _nullable = false,
  ) {
    this._id = context.nextId();
    if (_nullable) {
      // "Office automatically loads [isNullObject] when context.sync is called" (API model page,
      // *OrNullObject methods): the object is looked up at its place in the batch.
      context.enqueue({
        json: { instantiate: this._id, ...this._path },
        write: false,
        run: () => this._resolve() === null,
        onResult: (isNull) => {
          this._isNull = isNull as boolean;
        },
      });
    }
  }

  /** Finds the object once, when a command first needs it. */
  _resolve(): T | null {
    if (!this._resolved) {
      this._target = this._resolver();
      this._resolved = true;
    }
    return this._target;
  }

  /** The object, or ItemNotFound when this is a null object. */
  _need(location: string): T {
    const t = this._resolve();
    if (t === null) throw hostError("ItemNotFound", "The object is a null object.", location);
    return this._check(t, location);
  }

  /** Hook for objects that can disappear (a deleted sheet or table). */
  protected _check(t: T, _location: string): T {
    return t;
  }

  get isNullObject(): boolean {
    if (!this._nullable) return false;
    if (this._isNull === undefined) throw propertyNotLoaded(this._entity, "isNullObject");
    return this._isNull;
  }

  protected _get<V>(name: string): V {
    if (this._isNull === true) return null as V;
    if (!this._values.has(name)) throw propertyNotLoaded(this._entity, name);
    return this._values.get(name) as V;
  }

  /** Queues a property write; the proxy shows the new value at once, as Office.js proxies do. */
  protected _set<V>(name: string, value: V, apply: (t: T, value: V, location: string) => void, json: unknown = value): void {
    this._values.set(name, value);
    const location = `${this._entity}.${name}`;
    this.context.enqueue({
      json: { o: this._id, set: name, value: json },
      write: true,
      location,
      run: () => apply(this._need(location), value, location),
    });
  }

  protected _action(method: string, args: unknown[], apply: (t: T, location: string) => void, write = true): void {
    const location = `${this._entity}.${method}`;
    this.context.enqueue({
      json: { o: this._id, call: method, args: jsonArgs(args) },
      write,
      location,
      run: () => {
        apply(this._need(location), location);
        return undefined;
      },
    });
  }

  /**
   * A method whose value arrives at the sync (OfficeExtension.ClientResult). On a null object it
   * answers "null" instead of failing the batch, and the result's value stays undefined: the
   * Office.js runtime's ClientResult._handleResult (@microsoft/office-js, excel-web-16.00.debug.js)
   * takes an answer marked `_IsNull` as loaded with no value. Property loads on a null object
   * likewise answer null (`_readSpec`).
   */
  protected _result<R>(method: string, args: unknown[], compute: (t: T, location: string) => R): ClientResult<R> {
    const result = new ClientResult<R>();
    const location = `${this._entity}.${method}`;
    this.context.enqueue({
      json: { o: this._id, call: method, args: jsonArgs(args) },
      write: false,
      location,
      run: () => (this._nullable && this._resolve() === null ? NULL_ANSWER : compute(this._need(location), location)),
      onResult: (data) => result._set((isNullAnswer(data) ? undefined : data) as R),
    });
    return result;
  }

  /** Reads one scalar property from the found object, when a load runs. */
  abstract _read(t: T, name: string): unknown;

  /** A navigation property's proxy (`format`, `fill`, `worksheet`), for `a/b/c` load paths. */
  _nav(_name: string): ClientObjectBase<unknown> | undefined {
    return undefined;
  }

  load(option?: unknown): this {
    const spec = normalize(parseLoadOption(option));
    this.context.enqueue({
      json: { o: this._id, load: option ?? null },
      write: false,
      run: () => this._readSpec(spec),
      onResult: (data) => this._applySpec(spec, data),
    });
    return this;
  }

  _readSpec(spec: LoadSpec): unknown {
    const t = this._resolve();
    if (t === null) return null;
    this._check(t, `${this._entity}.load`);
    const out: Record<string, unknown> = {};
    const names = spec.all ? [...this._scalars, ...spec.scalars] : [...spec.scalars];
    for (const name of names) {
      if (this._scalars.includes(name)) out[name] = this._read(t, name);
      else if (this._nav(name)) out[name] = this._nav(name)!._readSpec({ all: true, scalars: new Set(), nav: new Map() });
      else throw hostError("InvalidArgument", `'${name}' is not a property of ${this._entity}.`, `${this._entity}.load`);
    }
    for (const [name, sub] of spec.nav) {
      const child = this._nav(name);
      if (!child) throw hostError("InvalidArgument", `'${name}' is not a navigation property of ${this._entity}.`, `${this._entity}.load`);
      out[name] = child._readSpec(normalize(sub));
    }
    return out;
  }

  _applySpec(spec: LoadSpec, data: unknown): void {
    if (data === null) {
      if (this._nullable) this._isNull = true;
      return;
    }
    const record = data as Record<string, unknown>;
    for (const [name, value] of Object.entries(record)) {
      const child = this._nav(name);
      if (child && !this._scalars.includes(name)) child._applySpec(spec.nav.get(name) ?? normalize(parseLoadOption(undefined)), value);
      else this._values.set(name, value);
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }

  /** Office.js proxies can be tracked across batches; the in-memory objects always are. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection proxy: `items` after a load, each item a proxy bound to what was found. */
export abstract class CollectionBase<T, I, P extends ClientObjectBase<I>> extends ClientObjectBase<T> {
  private _items: P[] | undefined;
  protected readonly _scalars: readonly string[] = [];

  abstract _list(t: T): I[];
  abstract _item(target: I): P;

  get items(): P[] {
    if (this._items === undefined) throw propertyNotLoaded(this._entity, "items");
    return this._items;
  }

  _read(t: T, name: string): unknown {
    if (name === "count") return this._list(t).length;
    throw hostError("InvalidArgument", `'${name}' is not a property of ${this._entity}.`);
  }

  private _itemSpec(spec: LoadSpec): LoadSpec {
    const own = new Set(this._scalars);
    const items: LoadSpec = spec.nav.get("items") ?? { all: spec.all, scalars: new Set(), nav: new Map() };
    for (const s of spec.scalars) if (!own.has(s) && s !== "items") items.scalars.add(s);
    if (spec.scalars.has("items")) items.all = true;
    for (const [name, sub] of spec.nav) if (name !== "items") items.nav.set(name, sub);
    if (items.scalars.size === 0 && items.nav.size === 0) items.all = true;
    return normalize(items);
  }

  override _readSpec(spec: LoadSpec): unknown {
    const t = this._resolve();
    if (t === null) return null;
    const itemSpec = this._itemSpec(spec);
    const found = this._list(t);
    const proxies = found.map((target) => this._item(target));
    const own: Record<string, unknown> = {};
    for (const s of spec.scalars) if (this._scalars.includes(s)) own[s] = this._read(t, s);
    const result = { own, items: proxies.map((p) => p._readSpec(itemSpec)) };
    // The proxies stay on this side of the wire: not enumerable, so not in the measured response.
    Object.defineProperty(result, "proxies", { value: proxies, enumerable: false });
    return result;
  }

  override _applySpec(spec: LoadSpec, data: unknown): void {
    if (data === null) {
      if (this._nullable) this._isNull = true;
      return;
    }
    const d = data as { own: Record<string, unknown>; items: unknown[]; proxies: P[] };
    const itemSpec = this._itemSpec(spec);
    for (const [k, v] of Object.entries(d.own)) this._values.set(k, v);
    d.proxies.forEach((p, i) => p._applySpec(itemSpec, d.items[i]));
    this._items = d.proxies;
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", [], (t) => this._list(t).length);
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((p) => p.toJSON()) };
  }
}

/** A value that arrives at the next sync (OfficeExtension.ClientResult). */
export class ClientResult<R> {
  private _has = false;
  private _value: R | undefined;

  get value(): R {
    if (!this._has) throw hostError("ValueNotLoaded");
    return this._value as R;
  }

  _set(value: R): void {
    this._value = value;
    this._has = true;
  }
}

/** What a method of a null object answers. */
const NULL_ANSWER = { _IsNull: true } as const;

function isNullAnswer(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { _IsNull?: unknown })._IsNull === true;
}

/** Arguments as they travel: proxies by their id. */
function jsonArgs(args: unknown[]): unknown[] {
  return args.map((a) => (a instanceof ClientObjectBase ? { o: a._id } : a));
}

export type { HostError };
