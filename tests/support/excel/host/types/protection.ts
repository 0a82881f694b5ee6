// Excel.WorksheetProtection (worksheet.protection) and Excel.FormatProtection
// (range.format.protection). While a sheet is protected, the model refuses writes to its locked
// cells and, unless allowFormatCells, any formatting, with AccessDenied (protectionModel.ts).
// Sources: the comments of these classes in @types/office-js.
import { invalidArgument, StandInError } from "../../errors";
import type { SheetModel } from "../../model";
import type { CellLock, ProtectionOptions } from "../../protectionModel";
import { checkFormattable, DEFAULT_PROTECTION_OPTIONS, locksIn } from "../../protectionModel";
import { checkBoolean, oneOf } from "../checks";
import type { Args, Property } from "../typeHandler";
import { defineType } from "../typeHandler";
import type { RangeTarget } from "./range";

const SELECTION_MODES = ["Normal", "Unlocked", "None"];

/** Options not given keep their default; a key WorksheetProtectionOptions lacks is refused. */
function checkOptions(value: unknown): ProtectionOptions {
  const options: ProtectionOptions = { ...DEFAULT_PROTECTION_OPTIONS };
  if (value === undefined || value === null) return options;
  if (typeof value !== "object" || Array.isArray(value))
    throw invalidArgument("Protection options are an object.");
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    if (key === "selectionMode")
      options.selectionMode = oneOf(
        SELECTION_MODES,
        v,
        "selection mode"
      ) as ProtectionOptions["selectionMode"];
    else if (key in DEFAULT_PROTECTION_OPTIONS)
      Object.assign(options, { [key]: checkBoolean(v, key) });
    else throw invalidArgument(`'${key}' is not a worksheet protection option.`);
  }
  return options;
}

const password = (args: Args, i: number): string | undefined => {
  const given = args.optionalString(i, "password");
  return given === "" ? undefined : given;
};

const worksheetProtectionType = defineType<Excel.WorksheetProtection, SheetModel>({
  type: "WorksheetProtection",
  properties: {
    Protected: { get: (s) => s.protection.protected },
    Options: { get: (s) => ({ ...s.protection.options }) },
  },
  methods: {
    /**
     * "Protects a worksheet. Fails if the worksheet has already been protected." (Excel desktop
     * has at times accepted it silently, https://github.com/OfficeDev/office-js/issues/6784; the
     * stand-in keeps to the documented failure so add-in code checks `protected` first.)
     */
    Protect: (s, a) => {
      if (s.protection.protected) {
        throw new StandInError("InvalidOperation", `Worksheet '${s.name}' is already protected.`);
      }
      const options = checkOptions(a.optional(0));
      s.protection.password = password(a, 1);
      s.protection.options = options;
      s.protection.protected = true;
    },
    /**
     * A wrong or missing password is InvalidArgument, the code pauseProtection documents for "If
     * the password is incorrect"; unprotecting an unprotected sheet changes nothing.
     */
    Unprotect: (s, a) => {
      if (!s.protection.protected) return;
      if (s.protection.password !== undefined && password(a, 0) !== s.protection.password) {
        throw invalidArgument("The password is incorrect.");
      }
      s.protection.protected = false;
      s.protection.password = undefined;
      s.protection.options = { ...DEFAULT_PROTECTION_OPTIONS };
    },
  },
});

/** "A null value indicates that the entire range doesn't have a uniform … setting." */
function lockProperty(key: keyof CellLock): Property<RangeTarget> {
  return {
    get: (t) => {
      const values = new Set(locksIn(t.sheet.protection, t.rect).map(({ lock }) => lock[key]));
      return values.size === 1 ? [...values][0] : null;
    },
    set: (t, v) => {
      const value = checkBoolean(v, key);
      checkFormattable(t.sheet);
      t.sheet.protection.layers.push({ rect: t.rect, props: { [key]: value } });
    },
  };
}

const formatProtectionType = defineType<Excel.FormatProtection, RangeTarget>({
  type: "FormatProtection",
  properties: {
    Locked: lockProperty("locked"),
    FormulaHidden: lockProperty("formulaHidden"),
  },
});

export const PROTECTION_TYPES = [worksheetProtectionType, formatProtectionType];
