// The host side of Excel's rich API: it executes one `ProcessQuery` request from Microsoft's client
// against the workbook model and answers as Excel does. Actions run in order; the first failure
// stops the batch and is reported with its action index (earlier actions stay applied: a batch is
// not a transaction); a request or response over the payload limit fails whole.
import { StandInError, invalidArgument, itemNotFound, notImplemented } from "../errors";
import type { HostObject, TypeHandler } from "./typeHandler";
import { Args, hostObject, isHostObject } from "./typeHandler";
import type { ReferencedIds, RequestBody, ResponseBody, WireAction, WireObjectPath } from "./wire";
import { ActionType, ObjectPathType, toWireName } from "./wire";

/** Excel on the web refuses requests and responses over 5 MB (RequestPayloadSizeLimitExceeded). */
export const MAX_PAYLOAD_BYTES = 5_000_000;

export interface StandInStats {
  /** Round trips made by `context.sync()` (and by `Excel.run` for what its batch left queued). */
  syncs: number;
  requests: { bytes: number; responseBytes: number; actions: number }[];
  /**
   * Round trips the client makes on its own after `Excel.run` ends, to release the references it
   * kept for the run's ranges (`_RemoveReference`). It does not wait for them, so they are counted
   * apart: they land whenever the event loop gets to them.
   */
  cleanups: number;
  maxRequestBytes: number;
}

const utf8 = new TextEncoder();
export const byteLength = (text: string): number => utf8.encode(text).length;

class RequestRun {
  private readonly resolved = new Map<number, HostObject | null>();
  readonly results: { ActionId: number; Value: unknown }[] = [];

  constructor(
    private readonly host: ExcelHost,
    private readonly body: RequestBody
  ) {}

  resolve(pathId: number): HostObject | null {
    if (this.resolved.has(pathId)) return this.resolved.get(pathId) ?? null;
    const path = this.body.ObjectPaths[String(pathId)];
    if (!path)
      throw new StandInError("InvalidObjectPath", `Object path ${pathId} is not in the request.`);
    let object: HostObject | null;
    try {
      object = this.resolvePath(path);
      if (object !== null) this.host.checkAlive(object);
    } catch (error) {
      if (error instanceof StandInError && error.location === undefined) {
        error.location = this.pathLocation(path);
      }
      throw error;
    }
    this.resolved.set(pathId, object);
    return object;
  }

  /** Where Excel says a path failed: "WorksheetCollection.getItem", "Worksheet.getRange". */
  private pathLocation(path: WireObjectPath): string {
    const parent = this.resolved.get(path.ParentObjectPathId ?? -1);
    const member = path.ObjectPathType === ObjectPathType.indexer ? "getItem" : camel(path.Name);
    return parent ? `${parent.type}.${member}` : member;
  }

  private resolvePath(path: WireObjectPath): HostObject | null {
    switch (path.ObjectPathType) {
      case ObjectPathType.globalObject:
        return this.host.root;
      case ObjectPathType.referenceId: {
        const object = this.host.referenced(path.Name);
        if (!object) {
          throw new StandInError(
            "InvalidObjectPath",
            `The object reference '${path.Name}' is no longer valid.`
          );
        }
        return object;
      }
      case ObjectPathType.nullObject:
        return null;
      case ObjectPathType.newObject:
        throw notImplemented(`new objects (${path.Name})`);
      default:
        break;
    }
    const parent = this.resolve(path.ParentObjectPathId ?? -1);
    if (parent === null) return null;
    const handler = this.host.handler(parent.type);
    const args = this.args(path.ArgumentInfo, `${parent.type}.${path.Name}`);
    if (path.ObjectPathType === ObjectPathType.property) {
      const navigate = handler.navigation[path.Name];
      if (!navigate) throw notImplemented(`${parent.type}.${camel(path.Name)}`);
      return navigate(parent.target);
    }
    if (path.ObjectPathType === ObjectPathType.indexer) {
      if (!handler.indexer) throw notImplemented(`${parent.type}[key]`);
      return handler.indexer(parent.target, args.raw(0));
    }
    if (path.ObjectPathType === ObjectPathType.method) {
      const result =
        path.Name === "GetItemAt"
          ? this.itemAt(handler, parent.target, args)
          : this.callMethod(handler, parent, path.Name, args);
      if (result !== null && !isHostObject(result)) {
        throw new StandInError(
          "GeneralException",
          `${parent.type}.${path.Name} did not return an object.`
        );
      }
      return result;
    }
    throw new StandInError("InvalidObjectPath", `Unknown object path type ${path.ObjectPathType}.`);
  }

  private itemAt(handler: TypeHandler, target: unknown, args: Args): HostObject {
    if (!handler.items) throw notImplemented(`${handler.type}.getItemAt`);
    const item = handler.items(target)[args.integer(0, "index")];
    if (!item) throw itemNotFound(`${handler.type} item ${String(args.raw(0))}`);
    return item;
  }

  private callMethod(handler: TypeHandler, object: HostObject, name: string, args: Args): unknown {
    const method = handler.methods[name];
    if (!method) throw notImplemented(`${object.type}.${camel(name)}`);
    return method(object.target, args);
  }

  args(info: WireAction["ArgumentInfo"], member: string): Args {
    const values = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return new Args(
      values.map((value, i) => this.argument(value, refs[i], member)),
      camel(member)
    );
  }

  /**
   * An object inside a JSON argument travels as `{ _ObjectPathId: n }` (a Range given as
   * `dataValidation.rule = { list: { source: range } }`); it arrives resolved, like a top-level one.
   */
  private nestedObjects(value: unknown, member: string): unknown {
    if (typeof value !== "object" || value === null) return value;
    if (Array.isArray(value)) {
      // Range.values and its kin are grids of scalars: leave them as they came.
      if (!value.some((v) => typeof v === "object" && v !== null && !Array.isArray(v)))
        return value;
      return value.map((v: unknown) => this.nestedObjects(v, member));
    }
    const entries = Object.entries(value);
    const [only] = entries;
    if (entries.length === 1 && only?.[0] === "_ObjectPathId" && typeof only[1] === "number") {
      return this.argument(value, only[1], member);
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, this.nestedObjects(v, member)]));
  }

  private argument(value: unknown, ref: ReferencedIds | undefined, member: string): unknown {
    if (Array.isArray(ref) && Array.isArray(value)) {
      return value.map((item: unknown, i) => this.argument(item, ref[i], member));
    }
    if (typeof ref !== "number" || ref === 0) return this.nestedObjects(value, member);
    const object = this.resolve(ref);
    if (object === null) throw invalidArgument(`${camel(member)}: an argument is a null object.`);
    return object;
  }

  run(action: WireAction): void {
    const object = this.resolve(action.ObjectPathId);
    try {
      this.perform(action, object);
    } catch (error) {
      if (error instanceof StandInError && error.location === undefined && object !== null) {
        error.location = `${object.type}.${action.Name === "" ? "load" : camel(action.Name)}`;
      }
      throw error;
    }
  }

  private perform(action: WireAction, object: HostObject | null): void {
    switch (action.ActionType) {
      case ActionType.instantiate:
        this.results.push({ ActionId: action.Id, Value: this.host.identity(object) });
        return;
      case ActionType.query:
        this.results.push({
          ActionId: action.Id,
          Value: object === null ? null : this.host.query(object, action.QueryInfo ?? {}),
        });
        return;
      case ActionType.method:
        this.method(action, object);
        return;
      case ActionType.setProperty:
        if (object !== null)
          this.host.setProperty(
            object,
            action.Name,
            this.args(action.ArgumentInfo, action.Name).raw(0)
          );
        return;
      case ActionType.trace:
        return;
      default:
        throw notImplemented(`request actions of type ${action.ActionType}`);
    }
  }

  private method(action: WireAction, object: HostObject | null): void {
    if (object === null) return;
    if (action.Name === "_KeepReference") {
      this.host.keepReference(object);
      return;
    }
    const args = this.args(action.ArgumentInfo, `${object.type}.${action.Name}`);
    if (action.Name === "_RemoveReference") {
      this.host.removeReference(args.string(0, "reference"));
      return;
    }
    const value = this.callMethod(this.host.handler(object.type), object, action.Name, args);
    if (isHostObject(value))
      throw new StandInError(
        "GeneralException",
        `${action.Name} returned an object to a value call.`
      );
    this.results.push({ ActionId: action.Id, Value: value ?? null });
  }
}

/**
 * A few setters of the client send another name than the property's (its custom code for
 * Worksheet.showGridlines sends "Gridlines"); handlers know properties by their own names.
 */
const SET_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Worksheet: { Gridlines: "ShowGridlines", Headings: "ShowHeadings" },
  Style: { Orientation: "TextOrientation" },
};

function isCleanup(body: RequestBody): boolean {
  return (
    body.Actions.some((a) => a.Name === "_RemoveReference") &&
    body.Actions.every(
      (a) => a.Name === "_RemoveReference" || a.ActionType === ActionType.instantiate
    )
  );
}

const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

export class ExcelHost {
  private readonly references = new Map<string, HostObject>();
  private readonly referenceOf = new WeakMap<object, string>();
  private nextReference = 1;

  constructor(
    readonly root: HostObject,
    private readonly handlers: ReadonlyMap<string, TypeHandler>,
    readonly stats: StandInStats,
    /** The properties Excel's client knows on a type, so a load of one the host lacks is told apart from a typo. */
    private readonly clientProperties: (type: string) => ReadonlySet<string> = () => new Set()
  ) {}

  /** One ProcessQuery round trip: the serialized body in, the serialized response out. */
  process(body: RequestBody): string {
    const requestBytes = byteLength(JSON.stringify(body));
    const record = { bytes: requestBytes, responseBytes: 0, actions: body.Actions.length };
    if (isCleanup(body)) {
      this.stats.cleanups++;
    } else {
      this.stats.syncs++;
      this.stats.requests.push(record);
    }
    const response = this.execute(body, requestBytes);
    let text = JSON.stringify(response);
    record.responseBytes = byteLength(text);
    if (record.responseBytes > this.stats.maxRequestBytes) {
      text = JSON.stringify({
        Error: {
          Code: "ResponsePayloadSizeLimitExceeded",
          Message: `The response payload size (${record.responseBytes} bytes) has exceeded the limit (${this.stats.maxRequestBytes} bytes).`,
          HttpStatusCode: 413,
        },
      } satisfies ResponseBody);
    }
    return text;
  }

  private execute(body: RequestBody, requestBytes: number): ResponseBody {
    if (requestBytes > this.stats.maxRequestBytes) {
      return {
        Error: {
          Code: "RequestPayloadSizeLimitExceeded",
          Message: `The request payload size (${requestBytes} bytes) has exceeded the limit (${this.stats.maxRequestBytes} bytes).`,
          HttpStatusCode: 413,
        },
      };
    }
    const run = new RequestRun(this, body);
    for (const [index, action] of body.Actions.entries()) {
      try {
        run.run(action);
      } catch (error) {
        if (!(error instanceof StandInError)) throw error;
        return {
          Results: run.results,
          Error: {
            Code: error.code,
            Message: error.message,
            HttpStatusCode: error.httpStatusCode,
            ActionIndex: index,
            Location: error.location ?? "",
          },
        };
      }
    }
    return { Results: run.results };
  }

  handler(type: string): TypeHandler {
    const handler = this.handlers.get(type);
    if (!handler) throw notImplemented(type);
    return handler;
  }

  checkAlive(object: HostObject): void {
    const handler = this.handlers.get(object.type);
    if (handler?.isDeleted?.(object.target) === true)
      throw itemNotFound(`the ${object.type} was deleted`);
  }

  /** What an Instantiate action answers: null for a null object, else its id and reference. */
  identity(object: HostObject | null): unknown {
    if (object === null) return null;
    const value: Record<string, unknown> = {};
    const id = this.handlers.get(object.type)?.id?.(object.target);
    if (id !== undefined) value.Id = id;
    const reference =
      typeof object.target === "object" && object.target !== null
        ? this.referenceOf.get(object)
        : undefined;
    if (reference !== undefined) value._ReferenceId = reference;
    return value;
  }

  keepReference(object: HostObject): void {
    if (this.referenceOf.has(object)) return;
    const reference = `{stand-in-ref-${this.nextReference++}}`;
    this.references.set(reference, object);
    this.referenceOf.set(object, reference);
  }

  removeReference(reference: string): void {
    this.references.delete(reference);
  }

  referenced(reference: string): HostObject | undefined {
    return this.references.get(reference);
  }

  get referenceCount(): number {
    return this.references.size;
  }

  setProperty(object: HostObject, sentName: string, value: unknown): void {
    const handler = this.handler(object.type);
    const wireName = SET_ALIASES[object.type]?.[sentName] ?? sentName;
    const property = handler.properties[wireName];
    if (!property?.set) {
      if (property?.get) throw invalidArgument(`${object.type}.${camel(wireName)} is read-only.`);
      throw notImplemented(`setting ${object.type}.${camel(wireName)}`);
    }
    property.set(object.target, value);
  }

  /** A load: Select names (paths like "format/font/bold"), Expand navigations, or every scalar. */
  query(
    object: HostObject,
    info: { Select?: string[]; Expand?: string[] }
  ): Record<string, unknown> {
    const handler = this.handler(object.type);
    if (handler.items) return this.queryCollection(handler, object, info);
    const select = info.Select ?? (info.Expand === undefined ? this.scalarNames(handler) : []);
    const value: Record<string, unknown> = {};
    const id = handler.id?.(object.target);
    if (id !== undefined) value.Id = id;
    const nested = new Map<string, string[]>();
    for (const entry of select) {
      const [first = "", ...rest] = entry.split("/").map((s) => s.trim());
      const wire = toWireName(first);
      if (rest.length === 0 && handler.properties[wire]?.get) {
        value[wire] = this.read(handler, object, wire);
        continue;
      }
      if (!handler.navigation[wire]) throw this.unknownMember(object.type, first);
      nested.set(wire, [...(nested.get(wire) ?? []), ...(rest.length > 0 ? [rest.join("/")] : [])]);
    }
    for (const name of info.Expand ?? []) {
      const wire = toWireName(name.split("/")[0] ?? "");
      if (!handler.navigation[wire]) throw this.unknownMember(object.type, name);
      if (!nested.has(wire)) nested.set(wire, []);
    }
    for (const [wire, paths] of nested) {
      const child = this.navigate(handler, object, wire);
      value[wire] =
        child === null ? null : this.query(child, paths.length > 0 ? { Select: paths } : {});
    }
    return value;
  }

  private queryCollection(
    handler: TypeHandler,
    object: HostObject,
    info: { Select?: string[]; Expand?: string[] }
  ): Record<string, unknown> {
    const value: Record<string, unknown> = {};
    const itemSelect: string[] = [];
    for (const entry of info.Select ?? []) {
      const wire = toWireName(entry);
      if (!entry.includes("/") && handler.properties[wire]?.get)
        value[wire] = this.read(handler, object, wire);
      else itemSelect.push(entry);
    }
    const itemInfo = {
      ...(itemSelect.length > 0 ? { Select: itemSelect } : {}),
      ...(info.Expand ? { Expand: info.Expand } : {}),
    };
    value._Items = (handler.items?.(object.target) ?? []).map((item) => this.query(item, itemInfo));
    return value;
  }

  private read(handler: TypeHandler, object: HostObject, wire: string): unknown {
    return handler.properties[wire]?.get?.(object.target) ?? null;
  }

  private navigate(handler: TypeHandler, object: HostObject, wire: string): HostObject | null {
    const child = handler.navigation[wire]?.(object.target) ?? null;
    if (child !== null) this.checkAlive(child);
    return child;
  }

  private scalarNames(handler: TypeHandler): string[] {
    return Object.entries(handler.properties)
      .filter(([, p]) => p?.get !== undefined)
      .map(([name]) => camel(name));
  }

  private unknownMember(type: string, name: string): StandInError {
    if (this.clientProperties(type).has(name)) return notImplemented(`${type}.${name}`);
    return new StandInError("InvalidArgument", `The property '${name}' does not exist on ${type}.`);
  }
}

export { hostObject };
