/**
 * The `workbook.settings` key under which the add-in remembers the sheets its templates generated:
 * template id → the sheet's id (stable when the user renames the sheet) and last known name. A
 * sheet is the add-in's to rewrite only if its id is remembered here.
 */
export const TEMPLATES_SETTING = "SocialKPI.templates";

export interface RememberedSheet {
  readonly id: string;
  readonly name: string;
}

export type RememberedSheets = Readonly<Record<string, RememberedSheet>>;

/**
 * Reads the setting's value entry by entry, dropping what is not well formed (a setting edited by
 * hand or by an older version is never trusted).
 *
 * @example
 * parseRememberedSheets({ goals: { id: "{S1}", name: "Goals" }, x: 1 }) //=> { goals: { id: "{S1}", name: "Goals" } }
 */
export function parseRememberedSheets(value: unknown): RememberedSheets {
  if (typeof value !== "object" || value === null) return {};
  const sheets: Record<string, RememberedSheet> = {};
  for (const [template, entry] of Object.entries(value as Record<string, unknown>)) {
    const { id, name } = (typeof entry === "object" && entry !== null ? entry : {}) as {
      id?: unknown;
      name?: unknown;
    };
    if (typeof id === "string" && typeof name === "string") sheets[template] = { id, name };
  }
  return sheets;
}
