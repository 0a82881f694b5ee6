// The request/response machinery of office.js: proxies, the queue of pending operations,
// load/sync, request sizing and errors. Nothing touches the workbook model until `sync()`; then
// the queued operations run in order, the first failure rejects the sync (earlier ones stay
// applied, later ones are dropped: Excel batches are not transactions), and loaded values become
// readable only once the whole sync succeeded.
import { invalidArgument, itemNotFound, propertyNotLoaded, StandInError } from "./errors";
import type { WorkbookModel } from "./model";

export const MAX_REQUEST_BYTES = 5_000_000;
/** Excel on the web limits responses the same way. */
export const MAX_RESPONSE_BYTES = 5_000_000;

export interface StandInStats {
  syncs: number;
  requests: { bytes: number; operations: number }[];
  maxRequestBytes: number;
}

interface Operation {
  action: Record<string, unknown>;
  objects: ClientObject[];
  location: string;
  apply(): void;
}

export interface PropertySpec<T> {
  read?: (target: T) => unknown;
  write?: (target: T, value: unknown) => void;
}

/** Keyed by the real office.js interface, so a misspelt property name does not compile. */
export type PropertyTable<I, T> = { [K in keyof I]?: PropertySpec<T> };

const tables = new WeakMap<object, Record<string, PropertySpec<never> | undefined>>();

function specsOf(obj: ClientObject): Record<string, PropertySpec<unknown> | undefined> {
  let proto: object | null = Object.getPrototypeOf(obj) as object | null;
  while (proto) {
    const t = tables.get(proto);
    if (t) return t as Record<string, PropertySpec<unknown> | undefined>;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return {};
}

/** Installs office.js-style accessors: reads need load+sync, writes queue a SetProperty. */
export function defineProperties<I, T>(
  cls: abstract new (...args: never[]) => ClientObject<T>,
  table: PropertyTable<I, T>
): void {
  const entries = Object.entries(table) as [string, PropertySpec<T>][];
  tables.set(cls.prototype as object, Object.fromEntries(entries));
  for (const [name, spec] of entries) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObject<T>) {
        return this._read(name);
      },
      set: spec.write
        ? function (this: ClientObject<T>, value: unknown) {
            this._write(name, value, spec.write as (target: T, value: unknown) => void);
          }
        : undefined,
    });
  }
}

type Deletable = { deleted?: boolean };

function isDeleted(target: unknown): boolean {
  return typeof target === "object" && target !== null && (target as Deletable).deleted === true;
}

/** Serialises arguments like office.js: proxies travel as object-path references. */
function toWire(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null, (_k, v: unknown) =>
      v instanceof ClientObject ? { _ObjectPathId: v._pathId } : v
    )
  );
}

/** A proxy for one Excel object. `T` is the model object (or range geometry) it stands for. */
export abstract class ClientObject<T = unknown> {
  abstract readonly _typeName: string;
  readonly _pathId: number;
  readonly _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined;
  private binding: { target: T | null } | undefined;
  private cache: { syncId: number; target: T | null } | undefined;
  private readonly children = new Map<string, ClientObject>();

  constructor(
    readonly context: RequestContext,
    readonly _parent: ClientObject | undefined,
    readonly _pathName: string,
    readonly _pathArgs: unknown[],
    private readonly resolver: (parent: unknown) => T | null,
    private readonly options: { bindOnResolve?: boolean; orNull?: boolean } = {}
  ) {
    this._pathId = context._register(this, options.orNull === true || _parent?._nullable === true);
  }

  get _nullable(): boolean {
    return this.options.orNull === true || this._parent?._nullable === true;
  }

  /** The model object now; null for a null object. Throws the error Excel would report. */
  _resolve(): T | null {
    if (this.binding) {
      if (isDeleted(this.binding.target)) throw itemNotFound(`${this._typeName} was deleted`);
      return this.binding.target;
    }
    if (this.cache?.syncId === this.context._syncId) return this.cache.target;
    const parentTarget = this._parent ? this._parent._resolve() : this.context._model;
    const target = parentTarget === null ? null : this.resolver(parentTarget);
    if (this.options.bindOnResolve) this.binding = { target };
    else this.cache = { syncId: this.context._syncId, target };
    return target;
  }

  /** Targets of created objects (worksheets.add…) are fixed when their creating action runs. */
  _bind(target: T | null): void {
    this.binding = { target };
  }

  /** Navigation properties (format, font, tables…) are created once per proxy. */
  protected _child<C extends ClientObject>(name: string, create: () => C): C {
    let child = this.children.get(name);
    if (!child) {
      child = create();
      this.children.set(name, child);
    }
    return child as C;
  }

  _read(name: string): unknown {
    if (!this._loaded.has(name)) throw propertyNotLoaded(name);
    return this._loaded.get(name);
  }

  /** office.js keeps a set value on the proxy, so it reads back before any sync. */
  _write(name: string, value: unknown, write: (target: T, value: unknown) => void): void {
    this._loaded.set(name, value);
    this._enqueue("SetProperty", name, [value], (target) => write(target, value));
  }

  _enqueue(
    actionType: string,
    name: string,
    args: unknown[],
    apply: (target: T) => void,
    extraObjects: ClientObject[] = []
  ): void {
    this.context._enqueue({
      action: {
        ActionType: actionType,
        Name: name,
        ObjectPathId: this._pathId,
        Arguments: toWire(args),
      },
      objects: [
        this,
        ...extraObjects,
        ...args.filter((a): a is ClientObject => a instanceof ClientObject),
      ],
      location: `${this._typeName}.${name}`,
      apply: () => {
        // Sets and calls on a null object are dropped silently. Sources: the office-js docs
        // (docs/develop/application-specific-api-model.md, "*OrNullObject methods") say only that
        // isNullObject is loaded implicitly at sync; the no-op behaviour is recalled from
        // M. Zlatkovsky, "Building Office Add-ins using Office.js" and is NOT verified against Excel.
        const target = this._resolve();
        if (target !== null) apply(target);
      },
    });
  }

  /** A method returning a new object: the result proxy is bound when the action runs. */
  _enqueueCreate<R extends ClientObject>(
    name: string,
    args: unknown[],
    result: R,
    create: (target: T) => unknown
  ): R {
    this.context._enqueue({
      action: {
        ActionType: "Method",
        Name: name,
        ObjectPathId: this._pathId,
        Arguments: toWire(args),
      },
      objects: [this, result, ...args.filter((a): a is ClientObject => a instanceof ClientObject)],
      location: `${this._typeName}.${name}`,
      apply: () => {
        const target = this._resolve();
        result._bind(target === null ? null : create(target));
      },
    });
    return result;
  }

  /** A method returning a primitive (getCount…): readable after sync as ClientResult.value. */
  _enqueueResult<V>(name: string, args: unknown[], compute: (target: T) => V): ClientResult<V> {
    const result = new ClientResult<V>();
    this._enqueue("Method", name, args, (target) => {
      const value = compute(target);
      this.context._stage(() => result._set(value), value);
    });
    return result;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this._isNull;
  }

  /** What `load()` with no argument loads: every readable scalar. */
  _scalarNames(): string[] {
    return Object.entries(specsOf(this))
      .filter(([, spec]) => spec?.read !== undefined)
      .map(([name]) => name);
  }

  load(spec?: unknown): this {
    for (const [name, rest] of parseLoadSpec(spec, () => this._scalarNames())) {
      this._loadOne(name, rest);
    }
    return this;
  }

  protected _loadOne(name: string, rest: string[]): void {
    const prop = specsOf(this)[name];
    if (prop?.read && rest.length === 0) {
      const read = prop.read;
      this._enqueue("Load", name, [], (target) => {
        const value = read(target);
        this.context._stage(() => this._loaded.set(name, value), value);
      });
      this._enqueueNullLoad(name);
      return;
    }
    const child: unknown = prop ? undefined : (this as unknown as Record<string, unknown>)[name];
    if (child instanceof ClientObject) {
      child.load(rest.length === 0 ? undefined : rest.join("/"));
      return;
    }
    this.context._enqueue({
      action: { ActionType: "Load", Name: name, ObjectPathId: this._pathId },
      objects: [this],
      location: `${this._typeName}.load`,
      apply: () => {
        throw invalidArgument(`The property '${name}' does not exist on ${this._typeName}.`);
      },
    });
  }

  /** Loading from a null object yields null values, as Excel returns for a null object. */
  private _enqueueNullLoad(name: string): void {
    if (!this._nullable) return;
    this.context._enqueue({
      action: {},
      objects: [],
      location: `${this._typeName}.load`,
      apply: () => {
        if (this._resolve() === null) this.context._stage(() => this._loaded.set(name, null), null);
      },
    });
  }

  /** Loads a property during an action that is already running inside sync (collection loads). */
  _loadNow(name: string, rest: string[]): void {
    const prop = specsOf(this)[name];
    const target = this._resolve();
    if (prop?.read && rest.length === 0) {
      const value = target === null ? null : prop.read(target);
      this.context._stage(() => this._loaded.set(name, value), value);
      return;
    }
    const child: unknown = prop ? undefined : (this as unknown as Record<string, unknown>)[name];
    if (child instanceof ClientObject && rest.length > 0) {
      const [first, ...more] = rest;
      if (first !== undefined) child._loadNow(first, more);
      return;
    }
    if (child instanceof ClientObject) {
      for (const n of child._scalarNames()) child._loadNow(n, []);
      return;
    }
    throw invalidArgument(`The property '${name}' does not exist on ${this._typeName}.`);
  }

  set(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      const current: unknown = specsOf(this)[name]
        ? undefined
        : (this as unknown as Record<string, unknown>)[name];
      if (current instanceof ClientObject && typeof value === "object" && value !== null) {
        current.set(value as Record<string, unknown>);
      } else {
        (this as unknown as Record<string, unknown>)[name] = value;
      }
    }
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = Object.fromEntries(this._loaded);
    for (const [name, child] of this.children) {
      const c = child.toJSON();
      if (Object.keys(c).length > 0) json[name] = c;
    }
    return json;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection proxy: `items` and per-item loads ("items/name", or "name" as office.js allows). */
export abstract class CollectionObject<T, Item extends ClientObject> extends ClientObject<T> {
  private loadedItems: Item[] | undefined;

  protected abstract _itemTargets(target: T): unknown[];
  protected abstract _itemProxy(target: unknown, index: number): Item;

  get items(): Item[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  override load(spec?: unknown): this {
    const itemSpecs: string[] = [];
    for (const [name, rest] of parseLoadSpec(spec, () => [])) {
      if (name === "items") itemSpecs.push(rest.join("/"));
      else if (specsOf(this)[name]?.read) this._loadOne(name, rest);
      else itemSpecs.push([name, ...rest].join("/"));
    }
    this._enqueue("Load", "items", [itemSpecs.join(",")], (target) => {
      const items = this._itemTargets(target).map((t, i) => {
        const proxy = this._itemProxy(t, i);
        proxy._bind(t);
        return proxy;
      });
      this.context._stage(() => {
        this.loadedItems = items;
      }, null);
      for (const item of items) {
        const names = itemSpecs.filter((s) => s !== "");
        const pairs =
          names.length === 0 ? item._scalarNames().map((n) => [n]) : names.map((n) => n.split("/"));
        for (const [first, ...rest] of pairs) if (first !== undefined) item._loadNow(first, rest);
      }
    });
    return this;
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this.loadedItems ?? []).map((i) => i.toJSON()) };
  }
}

/** Normalises every `load` argument form into [propertyName, remainingPath] pairs. */
function parseLoadSpec(spec: unknown, all: () => string[]): [string, string[]][] {
  if (spec === undefined || spec === null) return all().map((n) => [n, []]);
  if (typeof spec === "string") {
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "")
      .map((s) => {
        const [first = "", ...rest] = s.split("/").map((p) => p.trim());
        return [first, rest];
      });
  }
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoadSpec(s, all));
  if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      return [...parseLoadSpec(o.select ?? [], all), ...parseLoadSpec(o.expand ?? [], all)];
    }
    return Object.entries(o).flatMap(([name, v]): [string, string[]][] => {
      if (v === true) return [[name, []]];
      if (typeof v === "object" && v !== null) {
        return parseLoadSpec(v, () => []).map(([n, rest]) => [name, [n, ...rest]]);
      }
      return [];
    });
  }
  return [];
}

export class ClientResult<V> {
  private state: { value: V } | undefined;

  _set(value: V): void {
    this.state = { value };
  }

  get value(): V {
    if (!this.state) throw propertyNotLoaded("value");
    return this.state.value;
  }
}

/** Byte size of what office.js would send for this batch: actions plus the object paths used. */
function requestBytes(ops: Operation[]): number {
  const paths: Record<number, unknown> = {};
  const addPath = (obj: ClientObject): void => {
    for (let o: ClientObject | undefined = obj; o && !(o._pathId in paths); o = o._parent) {
      paths[o._pathId] = {
        Id: o._pathId,
        Name: o._pathName,
        ParentObjectPathId: o._parent?._pathId,
        Arguments: toWire(o._pathArgs),
      };
    }
  };
  const actions = ops.map((op, i) => {
    op.objects.forEach(addPath);
    return { Id: i + 1, ...op.action };
  });
  return Buffer.byteLength(JSON.stringify({ Actions: actions, ObjectPaths: paths }), "utf8");
}

export class RequestContext {
  _syncId = 0;
  private queue: Operation[] = [];
  private staged: (() => void)[] = [];
  private stagedBytes = 0;
  private nullables: ClientObject[] = [];
  private nextPathId = 1;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly workbook: ClientObject;

  constructor(
    readonly _model: WorkbookModel,
    private readonly stats: StandInStats,
    createWorkbook: (context: RequestContext) => ClientObject
  ) {
    this.workbook = createWorkbook(this);
  }

  _register(obj: ClientObject, nullable: boolean): number {
    if (nullable) this.nullables.push(obj);
    return this.nextPathId++;
  }

  _enqueue(op: Operation): void {
    this.queue.push(op);
  }

  get _pending(): number {
    return this.queue.length;
  }

  /** Work whose result becomes visible only if the whole sync succeeds (loads, ClientResults). */
  _stage(commit: () => void, payload: unknown): void {
    this.staged.push(commit);
    // Bytes on the wire (UTF-8), like requests: "é" weighs 2, an emoji 4.
    this.stagedBytes += Buffer.byteLength(JSON.stringify(toWire(payload) ?? null), "utf8");
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.staged = [];
    this.stagedBytes = 0;
    this._syncId++;
    const bytes = requestBytes(ops);
    this.stats.syncs++;
    this.stats.requests.push({ bytes, operations: ops.length });
    await Promise.resolve();
    if (bytes > this.stats.maxRequestBytes) {
      throw new StandInError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit (${this.stats.maxRequestBytes} bytes).`,
        "RequestContext.sync"
      );
    }
    for (const op of ops) {
      try {
        op.apply();
      } catch (error) {
        if (error instanceof StandInError) throw error.at(op.location);
        throw error;
      }
    }
    this.settleNullObjects();
    if (this.stagedBytes > MAX_RESPONSE_BYTES) {
      throw new StandInError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${MAX_RESPONSE_BYTES} bytes).`,
        "RequestContext.sync"
      );
    }
    for (const commit of this.staged) commit();
    this.staged = [];
  }

  /** office.js loads isNullObject implicitly at every sync for *OrNullObject results. */
  private settleNullObjects(): void {
    const pending = this.nullables;
    this.nullables = [];
    for (const obj of pending) {
      try {
        obj._isNull = obj._resolve() === null;
      } catch (error) {
        if (!(error instanceof StandInError)) throw error;
        this.nullables.push(obj);
      }
    }
  }
}
