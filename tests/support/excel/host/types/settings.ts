// workbook.settings: key/value pairs this add-in keeps in the document. Values arrive already
// serialized by the client and are kept as JSON text, so exactly what survives a JSON round trip
// comes back ("Setting.value: the value of the setting", ExcelApi 1.4).
import { invalidArgument, itemNotFound } from "../../errors";
import type { WorkbookModel } from "../../model";
import type { HostObject } from "../typeHandler";
import { defineType, hostObject } from "../typeHandler";

interface SettingTarget {
  wb: WorkbookModel;
  key: string;
}

const settingObject = (wb: WorkbookModel, key: string): HostObject =>
  hostObject("Setting", { wb, key });

function serialise(value: unknown): string {
  const json = value === undefined ? undefined : JSON.stringify(value);
  if (json === undefined) throw invalidArgument("Setting values must be JSON-serialisable.");
  return json;
}

function stored(t: SettingTarget): string {
  const json = t.wb.settings.get(t.key);
  if (json === undefined) throw itemNotFound(`setting '${t.key}'`);
  return json;
}

function findKey(wb: WorkbookModel, key: string): string | undefined {
  return wb.settings.has(key) ? key : undefined;
}

const settingType = defineType<Excel.Setting, SettingTarget>({
  type: "Setting",
  id: (t) => t.key,
  isDeleted: (t) => !t.wb.settings.has(t.key),
  properties: {
    Key: { get: (t) => t.key },
    Value: {
      get: (t) => JSON.parse(stored(t)) as unknown,
      set: (t, v) => {
        stored(t);
        t.wb.settings.set(t.key, serialise(v));
      },
    },
  },
  methods: {
    Delete: (t) => {
      t.wb.settings.delete(t.key);
    },
  },
});

function lookup(wb: WorkbookModel, key: unknown): HostObject | null {
  if (typeof key !== "string") throw invalidArgument("Setting keys are strings.");
  const found = findKey(wb, key);
  return found === undefined ? null : settingObject(wb, found);
}

const settingCollectionType = defineType<Excel.SettingCollection, WorkbookModel>({
  type: "SettingCollection",
  items: (wb) => [...wb.settings.keys()].map((key) => settingObject(wb, key)),
  indexer: (wb, key) => {
    const found = lookup(wb, key);
    if (!found) throw itemNotFound(`setting '${String(key)}'`);
    return found;
  },
  methods: {
    /** "Sets or adds the specified setting to the workbook": an existing key is overwritten. */
    Add: (wb, a) => {
      const key = a.string(0, "key");
      if (key === "") throw invalidArgument("Setting keys are non-empty strings.");
      const existing = findKey(wb, key) ?? key;
      wb.settings.set(existing, serialise(a.raw(1)));
      return settingObject(wb, existing);
    },
    GetItem: (wb, a) => {
      const found = lookup(wb, a.raw(0));
      if (!found) throw itemNotFound(`setting '${String(a.raw(0))}'`);
      return found;
    },
    GetItemOrNullObject: (wb, a) => lookup(wb, a.raw(0)),
    GetCount: (wb) => wb.settings.size,
  },
});

export const SETTING_TYPES = [settingType, settingCollectionType];
