// How the host knows an Excel type: one handler per office.js class, keyed by the names that travel
// on the wire. Keys are checked against @types/office-js at compile time (`WireName<Excel.Range>`),
// so a misspelt member does not compile, and anything a handler leaves out answers NotImplemented.
import { invalidArgument } from "../errors";
import type { WireName } from "./wire";

/** An object the host can act on: its office.js class name and the model object it stands for. */
export interface HostObject {
  readonly type: string;
  readonly target: unknown;
}

export interface Property<T> {
  get?: (target: T) => unknown;
  set?: (target: T, value: unknown) => void;
}

/** Arguments as they arrived, with Excel's checks; object arguments are already resolved. */
export class Args {
  constructor(
    private readonly values: readonly unknown[],
    readonly member: string
  ) {}

  get length(): number {
    return this.values.length;
  }

  raw(i: number): unknown {
    return this.values[i] ?? null;
  }

  /** office.js sends `null` for an omitted optional argument, or leaves it out. */
  optional(i: number): unknown {
    const v = this.values[i];
    return v === undefined || v === null ? undefined : v;
  }

  string(i: number, what: string): string {
    const v = this.values[i];
    if (typeof v !== "string") throw invalidArgument(`${this.member}: ${what} must be a string.`);
    return v;
  }

  optionalString(i: number, what: string): string | undefined {
    return this.optional(i) === undefined ? undefined : this.string(i, what);
  }

  integer(i: number, what: string): number {
    const v = this.values[i];
    if (typeof v !== "number" || !Number.isInteger(v)) {
      throw invalidArgument(`${this.member}: ${what} must be a whole number.`);
    }
    return v;
  }

  optionalInteger(i: number, what: string, fallback: number): number {
    return this.optional(i) === undefined ? fallback : this.integer(i, what);
  }

  boolean(i: number, what: string, fallback?: boolean): boolean {
    const v = this.optional(i);
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== "boolean") throw invalidArgument(`${this.member}: ${what} must be a boolean.`);
    return v;
  }

  object(i: number): HostObject | undefined {
    const v = this.values[i];
    return isHostObject(v) ? v : undefined;
  }
}

export function isHostObject(value: unknown): value is HostObject {
  return typeof value === "object" && value !== null && HOST_OBJECT in value;
}

const HOST_OBJECT = Symbol("hostObject");

export function hostObject(type: string, target: unknown): HostObject {
  return { type, target, [HOST_OBJECT]: true } as HostObject;
}

/** A method returns a value (ActionType method) or a HostObject / null (ObjectPathType method). */
export type Method<T> = (target: T, args: Args) => unknown;

export interface TypeHandler<T = unknown> {
  readonly type: string;
  readonly properties: Readonly<Record<string, Property<T> | undefined>>;
  readonly navigation: Readonly<Record<string, ((target: T) => HostObject) | undefined>>;
  readonly methods: Readonly<Record<string, Method<T> | undefined>>;
  /** `collection.getItem(key)` also travels as an indexer path: `collection[key]`. */
  readonly indexer?: (target: T, key: unknown) => HostObject;
  /** Collections: their items, for `load("items/…")` and `getItemAt`. */
  readonly items?: (target: T) => HostObject[];
  /** Returned as `Id` with the object, so the client finds it again by id (rename-proof). */
  readonly id?: (target: T) => string | number;
  /** A target that was deleted answers ItemNotFound, as Excel does for a stale proxy. */
  readonly isDeleted?: (target: T) => boolean;
}

type Members<I, V> = Partial<Record<WireName<I>, V>>;

/**
 * Declares a type; `I` is the office.js interface (Excel.Range) and `T` the model target. The
 * scalar properties of `load()` with no argument are those with a getter, in declaration order.
 */
export function defineType<I, T>(spec: {
  type: string;
  properties?: Members<I, Property<T>>;
  navigation?: Members<I, (target: T) => HostObject>;
  methods?: Members<I, Method<T>> & Record<`_${string}`, Method<T>>;
  indexer?: (target: T, key: unknown) => HostObject;
  items?: (target: T) => HostObject[];
  id?: (target: T) => string | number;
  isDeleted?: (target: T) => boolean;
}): TypeHandler {
  return {
    type: spec.type,
    properties: (spec.properties ?? {}) as Record<string, Property<unknown>>,
    navigation: (spec.navigation ?? {}) as Record<string, (t: unknown) => HostObject>,
    methods: (spec.methods ?? {}) as Record<string, Method<unknown>>,
    indexer: spec.indexer as TypeHandler["indexer"],
    items: spec.items as TypeHandler["items"],
    id: spec.id as TypeHandler["id"],
    isDeleted: spec.isDeleted as TypeHandler["isDeleted"],
  };
}
