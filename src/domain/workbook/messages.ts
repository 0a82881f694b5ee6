import { type Catalogue, formatInteger, type Message } from "../catalogue";
import type { Language } from "../common/language";
import type { PartialWrite } from "./partialWrite";
import type { SkippedRows, SkipReason } from "./skippedRows";
import type { WorkbookErrorCode, WorkbookErrorParams } from "./workbookErrorCode";

/** Every workbook error's message, in English and French. */
const WORKBOOK_ERROR_MESSAGES: Catalogue<WorkbookErrorParams> = {
  TOO_MANY_ROWS: {
    en: ({ tableName, appendedRows, room, maxRows }) =>
      `Importing would add ${formatInteger(appendedRows, "en")} rows to table ${tableName}, ` +
      `which has room for ${formatInteger(room, "en")} more before Excel's limit of ` +
      `${formatInteger(maxRows, "en")} rows per sheet. Nothing was written. Export a shorter period ` +
      `and import it in parts, or move older rows of ${tableName} to another workbook ` +
      `(then delete them here) and import again.`,
    fr: ({ tableName, appendedRows, room, maxRows }) =>
      `L'importation ajouterait ${formatInteger(appendedRows, "fr")} lignes au tableau ${tableName}, ` +
      `qui n'a de place que pour ${formatInteger(room, "fr")} de plus avant la limite d'Excel de ` +
      `${formatInteger(maxRows, "fr")} lignes par feuille. Rien n'a été écrit. Exportez une période ` +
      `plus courte et importez-la en plusieurs fois, ou déplacez les lignes les plus anciennes de ` +
      `${tableName} vers un autre classeur (puis supprimez-les ici) et importez de nouveau.`,
  },
  EXCEL_REQUEST_FAILED: {
    en: ({ excelCode, location, detail }) =>
      `Excel refused the request (${excelCode}${location === undefined ? "" : ` at ${location}`}): ${detail}`,
    fr: ({ excelCode, location, detail }) =>
      `Excel a refusé la requête (${excelCode}${location === undefined ? "" : ` à ${location}`}) : ${detail}`,
  },
  TABLE_NOT_FOUND: {
    en: ({ tableName }) =>
      `The workbook has no ${tableName} table: nothing was imported into it yet, or it was deleted.`,
    fr: ({ tableName }) =>
      `Le classeur n'a pas de tableau ${tableName} : rien n'y a encore été importé, ou il a été supprimé.`,
  },
};

/** Why rows were not written, as "3 older than the workbook's rows". */
const SKIP_REASONS: { readonly [R in SkipReason]: Message<number> } = {
  OLDER_THAN_WORKBOOK: {
    en: (n) => `${n} older than the workbook's row${n === 1 ? "" : "s"}`,
    fr: (n) =>
      `${formatInteger(n, "fr")} plus ancienne${n === 1 ? "" : "s"} que celles du classeur`,
  },
  DUPLICATE_IN_FILE: {
    en: (n) => `${n} repeated in the file`,
    fr: (n) => `${formatInteger(n, "fr")} répétée${n === 1 ? "" : "s"} dans le fichier`,
  },
  MISSING_KEY: {
    en: (n) => `${n} without what identifies ${n === 1 ? "it" : "them"}`,
    fr: (n) => `${formatInteger(n, "fr")} sans ce qui l${n === 1 ? "'" : "es "}identifie`,
  },
  MISSING_ID: {
    en: (n) => `${n} without an id`,
    fr: (n) => `${formatInteger(n, "fr")} sans identifiant`,
  },
  MISSING_DATE: {
    en: (n) => `${n} without a date`,
    fr: (n) => `${formatInteger(n, "fr")} sans date`,
  },
  TOTALS_ROW_SKIPPED: {
    en: (n) => `${n} totals row${n === 1 ? "" : "s"}`,
    fr: (n) => `${formatInteger(n, "fr")} ligne${n === 1 ? "" : "s"} de totaux`,
  },
  DESCRIPTION_ROW_SKIPPED: {
    en: (n) => `${n} description row${n === 1 ? "" : "s"}`,
    fr: (n) => `${formatInteger(n, "fr")} ligne${n === 1 ? "" : "s"} de description`,
  },
};

/**
 * The message of a workbook error code with its parameters, in a language.
 *
 * @example
 * workbookErrorMessage(WORKBOOK_ERROR.EXCEL_REQUEST_FAILED, { excelCode: "ItemNotFound", detail: "…" }, "fr")
 * //=> "Excel a refusé la requête (ItemNotFound) : …"
 */
export function workbookErrorMessage<C extends WorkbookErrorCode>(
  code: C,
  params: WorkbookErrorParams[C],
  language: Language
): string {
  return WORKBOOK_ERROR_MESSAGES[code][language](params);
}

/**
 * A workbook error in the user's language, for the task pane (`error.message` is always English).
 *
 * @example
 * renderWorkbookError(error, "fr") //=> "L'importation ajouterait 600 lignes au tableau Posts, …"
 */
export function renderWorkbookError(
  error: {
    [C in WorkbookErrorCode]: { readonly code: C; readonly params: WorkbookErrorParams[C] };
  }[WorkbookErrorCode],
  language: Language
): string {
  return workbookErrorMessage<WorkbookErrorCode>(error.code, error.params, language);
}

/**
 * The reasons for skipped rows in words, reasons with no rows left out.
 *
 * @example
 * describeSkipped([{ reason: "OLDER_THAN_WORKBOOK", rows: 3 }, { reason: ISSUE.TOTALS_ROW_SKIPPED, rows: 1 }], "en")
 * //=> "3 older than the workbook's rows; 1 totals row"
 */
export function describeSkipped(skipped: readonly SkippedRows[], language: Language): string {
  return skipped
    .filter(({ rows }) => rows > 0)
    .map(({ reason, rows }) => SKIP_REASONS[reason][language](rows))
    .join(language === "fr" ? " ; " : "; ");
}

/**
 * What an import Excel refused part-way had written, and what to do about it, in words.
 *
 * @example
 * describeWritten({ tables: [{ table: "Posts", rows: 20 }], rows: 20, total: 20 }, "en")
 * //=> "Before Excel refused, 20 of 20 rows were written (Posts: 20); …"
 */
export function describeWritten(written: PartialWrite, language: Language): string {
  const { rows, total } = written;
  const n = (value: number) => formatInteger(value, language);
  if (language === "fr") {
    if (rows === 0) return "Aucune ligne de ce fichier n'a été écrite.";
    const tables = written.tables.map((t) => `${t.table} : ${n(t.rows)}`).join(" ; ");
    if (rows === total)
      return (
        `Avant le refus d'Excel, toutes les lignes ont été écrites (${tables}), mais pas leurs ` +
        `formats de nombre ni l'entrée de ce fichier dans le journal des importations. Importez ` +
        `de nouveau le fichier pour le compléter : les lignes déjà écrites sont mises à jour, ` +
        `jamais dupliquées.`
      );
    return (
      `Avant le refus d'Excel, ${n(rows)} ligne${rows === 1 ? "" : "s"} sur ${n(total)} ` +
      `${rows === 1 ? "a été écrite" : "ont été écrites"} (${tables}) ; les autres peuvent manquer, et le journal des importations ` +
      `n'a pas d'entrée pour ce fichier. Importez de nouveau le fichier pour le compléter : les ` +
      `lignes déjà écrites sont mises à jour, jamais dupliquées.`
    );
  }
  if (rows === 0) return "No rows of this file were written.";
  const tables = written.tables.map((t) => `${t.table}: ${n(t.rows)}`).join("; ");
  if (rows === total)
    return (
      `Before Excel refused, every row was written (${tables}), but not their number formats ` +
      `nor the import log's entry for this file. Import the file again to complete it: rows ` +
      `already written are updated, never duplicated.`
    );
  return (
    `Before Excel refused, ${n(rows)} of ${n(total)} row${total === 1 ? "" : "s"} ` +
    `${rows === 1 ? "was" : "were"} ` +
    `written (${tables}); the others may be missing, and the import log has no entry for this ` +
    `file. Import the file again to complete it: rows already written are updated, never ` +
    `duplicated.`
  );
}
