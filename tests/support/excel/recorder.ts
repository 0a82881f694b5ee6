// Proxies for the small settings objects production code only writes and tests only assert
// (chart titles, conditional-format rules, data-validation prompts…). Each kind is a class built
// from lists of office.js names, checked against the real interface at compile time; values land
// in a plain nested record on the model object, e.g. cf.settings.iconSet.style.
import type { RequestContext } from "./batch";
import { ClientObject, defineProperties } from "./batch";

export type Node = Record<string, unknown>;

export interface RecorderKind<I> {
  typeName: string;
  /** Scalars production code sets (and may load back). */
  scalars: readonly (keyof I & string)[];
  /** Navigation properties, each another recorder kind stored under the same name. */
  children?: { readonly [K in keyof I & string]?: () => RecorderClass };
  /** Checks or normalises a written value; throw StandInError to fail the sync. */
  check?: (name: string, value: unknown) => unknown;
}

export type RecorderClass = new (
  context: RequestContext,
  parent: ClientObject,
  name: string,
  resolver: (parent: unknown) => Node
) => ClientObject<Node>;

export function recorder<I>(kind: RecorderKind<I>): RecorderClass {
  class Recorder extends ClientObject<Node> {
    readonly _typeName = kind.typeName;

    constructor(
      context: RequestContext,
      parent: ClientObject,
      name: string,
      resolver: (parent: unknown) => Node
    ) {
      super(context, parent, name, [], resolver);
    }
  }
  const table: Record<
    string,
    { read: (n: Node) => unknown; write: (n: Node, v: unknown) => void }
  > = {};
  for (const name of kind.scalars) {
    table[name] = {
      read: (n) => n[name] ?? null,
      write: (n, v) => {
        n[name] = kind.check ? kind.check(name, v) : v;
      },
    };
  }
  defineProperties<Record<string, unknown>, Node>(Recorder, table);
  for (const [name, childKind] of Object.entries(kind.children ?? {}) as [
    string,
    () => RecorderClass,
  ][]) {
    Object.defineProperty(Recorder.prototype, name, {
      get(this: Recorder) {
        const Child = childKind();
        return this["_child"](
          name,
          () => new Child(this.context, this, name, (p) => childNode(p as Node, name))
        );
      },
    });
  }
  return Recorder;
}

/** The nested record a child recorder writes into, created on first use. */
export function childNode(parent: Node, name: string): Node {
  const existing = parent[name];
  if (typeof existing === "object" && existing !== null && !Array.isArray(existing))
    return existing as Node;
  const created: Node = {};
  parent[name] = created;
  return created;
}
