// workbook.settings: key/value pairs persisted in the document for this add-in. Values are kept
// as JSON text, so exactly what survives JSON round-trips (a Date comes back as a string,
// undefined and functions are refused).
import type { ClientResult } from "./batch";
import { ClientObject, CollectionObject, defineProperties } from "./batch";
import { invalidArgument, itemNotFound, StandInError } from "./errors";
import type { WorkbookModel } from "./model";
import type { OfficeNames } from "./officeNames";

interface SettingTarget {
  wb: WorkbookModel;
  key: string;
}

function serialise(value: unknown): string {
  const json =
    typeof value === "function" ? undefined : (JSON.stringify(value) as string | undefined);
  if (json === undefined) throw invalidArgument("Setting values must be JSON-serialisable.");
  return json;
}

function stored(t: SettingTarget): string {
  const json = t.wb.settings.get(t.key);
  if (json === undefined) throw itemNotFound(`setting '${t.key}'`);
  return json;
}

export class SettingProxy
  extends ClientObject<SettingTarget>
  implements OfficeNames<Excel.Setting, "delete">
{
  readonly _typeName = "Setting";

  delete(): void {
    this._enqueue("Method", "delete", [], (t) => {
      t.wb.settings.delete(t.key);
    });
  }
}

defineProperties<Excel.Setting, SettingTarget>(SettingProxy, {
  key: { read: (t) => t.key },
  value: {
    read: (t) => JSON.parse(stored(t)) as unknown,
    write: (t, v) => {
      stored(t);
      t.wb.settings.set(t.key, serialise(v));
    },
  },
});

export class SettingCollectionProxy
  extends CollectionObject<WorkbookModel, SettingProxy>
  implements
    OfficeNames<Excel.SettingCollection, "add" | "getItem" | "getItemOrNullObject" | "getCount">
{
  readonly _typeName = "SettingCollection";

  protected _itemTargets(wb: WorkbookModel): unknown[] {
    return [...wb.settings.keys()].map((key): SettingTarget => ({ wb, key }));
  }

  protected _itemProxy(target: unknown): SettingProxy {
    const t = target as SettingTarget;
    return new SettingProxy(this.context, this, "getItem", [t.key], () => t);
  }

  add(key: string, value: unknown): SettingProxy {
    const result = new SettingProxy(this.context, this, "add", [key, value], () => {
      throw new StandInError("InvalidObjectPath", "The setting has not been created yet.");
    });
    return this._enqueueCreate("add", [key, value], result, (wb): SettingTarget => {
      if (typeof key !== "string" || key === "")
        throw invalidArgument("Setting keys are non-empty strings.");
      wb.settings.set(key, serialise(value));
      return { wb, key };
    });
  }

  private lookup(key: string, orNull: boolean): SettingProxy {
    return new SettingProxy(
      this.context,
      this,
      orNull ? "getItemOrNullObject" : "getItem",
      [key],
      (p) => {
        const wb = p as WorkbookModel;
        if (wb.settings.has(key)) return { wb, key };
        if (orNull) return null;
        throw itemNotFound(`setting '${key}'`);
      },
      { orNull }
    );
  }

  getItem(key: string): SettingProxy {
    return this.lookup(key, false);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return this.lookup(key, true);
  }

  getCount(): ClientResult<number> {
    return this._enqueueResult("getCount", [], (wb) => wb.settings.size);
  }
}
