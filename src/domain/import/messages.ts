import { type Catalogue, formatInteger, type Message } from "../catalogue";
import type { Language } from "../common/language";
import { FIELDS, type FieldSpec } from "./fields";
import type {
  ImportIssue,
  ImportIssueCode,
  IssueParams,
  RowTally,
  SpreadsheetProblemParams,
  UnreadableSpreadsheet,
} from "./issues";
import type { RecordKind } from "./schema";

/** Why rows or cells were left out or emptied, after "3 rows (rows 2, 5, 9): ". */
const reason = (en: string, fr: string): Message<RowTally> => ({
  en: (tally) => `${tallyEn(tally)}: ${en}.`,
  fr: (tally) => `${tallyFr(tally)} : ${fr}.`,
});

const rowList = (tally: RowTally): string =>
  tally.rows.join(", ") + (tally.count > tally.rows.length ? ", …" : "");

/** `3 cells in column "Likes" (rows 2, 5, 9)`. */
function tallyEn(tally: RowTally): string {
  const what = tally.column === undefined ? "row" : "cell";
  const where = tally.column === undefined ? "" : ` in column "${tally.column}"`;
  const s = (n: number) => (n === 1 ? "" : "s");
  return `${tally.count} ${what}${s(tally.count)}${where} (row${s(tally.rows.length)} ${rowList(tally)})`;
}

/** `3 cellules de la colonne « Likes » (lignes 2, 5, 9)`. */
function tallyFr(tally: RowTally): string {
  const what = tally.column === undefined ? "ligne" : "cellule";
  const where = tally.column === undefined ? "" : ` de la colonne « ${tally.column} »`;
  const s = (n: number) => (n === 1 ? "" : "s");
  const count = formatInteger(tally.count, "fr");
  return `${count} ${what}${s(tally.count)}${where} (ligne${s(tally.rows.length)} ${rowList(tally)})`;
}

/** The labels of key fields, as "Platform, Campaign, Date". */
function keyLabels(kind: RecordKind, key: readonly string[], language: Language): string {
  const fields = FIELDS[kind] as Readonly<Record<string, FieldSpec>>;
  return key.map((field) => fields[field]?.label[language] ?? field).join(", ");
}

/** Sections of one file that hold nothing the add-in imports, counted like rows. */
const SECTION_TALLY = reason(
  "the section holds no records of a supported kind",
  "la section ne contient aucun enregistrement d'un type pris en charge"
);

/** What follows "The spreadsheet cannot be read: ". */
const SPREADSHEET_PROBLEMS: Catalogue<SpreadsheetProblemParams> = {
  incomplete: {
    en: () => "the file is incomplete (cut short or damaged).",
    fr: () => "le fichier est incomplet (tronqué ou endommagé).",
  },
  damaged: {
    en: () =>
      "the file is damaged (its internal structure does not hold together). Download the export again.",
    fr: () =>
      "le fichier est endommagé (sa structure interne est incohérente). Téléchargez de nouveau l'export.",
  },
  checksum: {
    en: () =>
      "the file is damaged (part of its content no longer matches its checksum). Download the export again.",
    fr: () =>
      "le fichier est endommagé (une partie de son contenu ne correspond plus à sa somme de contrôle). Téléchargez de nouveau l'export.",
  },
  encrypted: {
    en: () =>
      "the file is password-protected. Open it in Excel, remove the password, save it and import it again.",
    fr: () =>
      "le fichier est protégé par un mot de passe. Ouvrez-le dans Excel, supprimez le mot de passe, enregistrez-le et importez-le de nouveau.",
  },
  unsupported: {
    en: () =>
      "the file is saved in a form the add-in cannot read. Open it in Excel, save it as .xlsx and import it again.",
    fr: () =>
      "le fichier est enregistré sous une forme que le complément ne sait pas lire. Ouvrez-le dans Excel, enregistrez-le au format .xlsx et importez-le de nouveau.",
  },
  "too-large": {
    en: ({ megabytes }) =>
      `the file unpacks to more than ${megabytes} MB, far more than a platform export. Export a shorter period and import that.`,
    fr: ({ megabytes }) =>
      `le fichier décompressé dépasse ${formatInteger(megabytes, "fr")} Mo, bien plus qu'un export de plateforme. Exportez une période plus courte et importez-la.`,
  },
  "not-a-workbook": {
    en: () =>
      "the file is not an Excel workbook (it may be another document renamed). Download the export again.",
    fr: () =>
      "le fichier n'est pas un classeur Excel (c'est peut-être un autre document renommé). Téléchargez de nouveau l'export.",
  },
  "too-many-cells": {
    en: ({ cells }) =>
      `the workbook holds more than ${formatInteger(cells, "en")} cells, far more than a platform export. Keep only the export's own sheet, save it and import it again.`,
    fr: ({ cells }) =>
      `le classeur contient plus de ${formatInteger(cells, "fr")} cellules, bien plus qu'un export de plateforme. Ne gardez que la feuille de l'export, enregistrez le classeur et importez-le de nouveau.`,
  },
  "reader-unavailable": {
    en: ({ detail }) => `the spreadsheet reader could not be loaded (${detail}).`,
    fr: ({ detail }) => `le lecteur de classeurs n'a pas pu être chargé (${detail}).`,
  },
  unreadable: {
    en: ({ detail }) => `the file is damaged or not a spreadsheet the add-in can read (${detail}).`,
    fr: ({ detail }) =>
      `le fichier est endommagé ou n'est pas un classeur que le complément sait lire (${detail}).`,
  },
};

/** Every import issue's message, in English and French. */
const ISSUE_MESSAGES: Catalogue<IssueParams> = {
  EMPTY_FILE: {
    en: ({ blank }) => (blank ? "The file holds no text." : "The file is empty."),
    fr: ({ blank }) => (blank ? "Le fichier ne contient aucun texte." : "Le fichier est vide."),
  },
  BINARY_FILE: {
    en: () => "The file is not a text export or a spreadsheet the add-in can read.",
    fr: () => "Le fichier n'est ni un export texte ni un classeur que le complément sait lire.",
  },
  UNREADABLE_SPREADSHEET: {
    en: (problem) => `The spreadsheet cannot be read: ${spreadsheetProblem(problem, "en")}`,
    fr: (problem) => `Le classeur ne peut pas être lu : ${spreadsheetProblem(problem, "fr")}`,
  },
  UNKNOWN_FORMAT: {
    en: (p) => {
      switch (p.reason) {
        case "mapping-proposed":
          return "The file is not a known export layout; check the proposed mapping of its columns and import it with that mapping.";
        case "no-header":
          return "The file is not a known export layout and has no header row to map.";
        case "earnings-series":
          return `The daily series "${p.series}" holds earnings (monetization), which the add-in's tables do not store; nothing was imported.`;
        case "unknown-series":
          return `The daily series "${p.series}" is not a metric the add-in knows; nothing was imported.`;
      }
    },
    fr: (p) => {
      switch (p.reason) {
        case "mapping-proposed":
          return "La disposition du fichier n'est pas celle d'un export connu ; vérifiez la correspondance proposée pour ses colonnes et importez-le avec cette correspondance.";
        case "no-header":
          return "La disposition du fichier n'est pas celle d'un export connu et il n'a pas de ligne d'en-tête à faire correspondre.";
        case "earnings-series":
          return `La série quotidienne « ${p.series} » contient des revenus (monétisation), que les tableaux du complément ne stockent pas ; rien n'a été importé.`;
        case "unknown-series":
          return `La série quotidienne « ${p.series} » n'est pas une métrique connue du complément ; rien n'a été importé.`;
      }
    },
  },
  NO_DATA_ROWS: {
    en: () =>
      "The file's layout was recognised but no row could be imported (see the other issues).",
    fr: () =>
      "La disposition du fichier a été reconnue, mais aucune ligne n'a pu être importée (voir les autres problèmes).",
  },
  INTERNAL_ERROR: {
    en: ({ detail }) => `The import failed unexpectedly: ${detail}`,
    fr: ({ detail }) => `L'importation a échoué de façon inattendue : ${detail}`,
  },
  IMPORT_TIMEOUT: {
    en: ({ seconds }) => `Reading the file took longer than ${seconds} seconds and was stopped.`,
    fr: ({ seconds }) =>
      `La lecture du fichier a duré plus de ${seconds} secondes et a été arrêtée.`,
  },
  IMPORT_WORKER_FAILED: {
    en: ({ detail }) => `The file reader stopped: ${detail}`,
    fr: ({ detail }) => `Le lecteur de fichiers s'est arrêté : ${detail}`,
  },
  ENCODING_FALLBACK: {
    en: () => "The file is not UTF-8; it was read as Windows-1252 (Western European).",
    fr: () => "Le fichier n'est pas en UTF-8 ; il a été lu en Windows-1252 (Europe occidentale).",
  },
  UNTERMINATED_QUOTE: {
    en: () =>
      "A quoted field is never closed: the file is probably cut short; the rest of the file was read as that one field.",
    fr: () =>
      "Un champ entre guillemets n'est jamais fermé : le fichier est sans doute tronqué ; toute la suite du fichier a été lue comme ce seul champ.",
  },
  DESCRIPTION_ROW_SKIPPED: reason(
    "the row describes the columns and holds no data",
    "la ligne décrit les colonnes et ne contient aucune donnée"
  ),
  TOTALS_ROW_SKIPPED: reason(
    "a totals row sums the other rows and is never imported",
    "une ligne de totaux additionne les autres lignes et n'est jamais importée"
  ),
  MISSING_ID: reason(
    "the row has no post id, so it cannot be merged",
    "la ligne n'a pas d'identifiant de publication, elle ne peut donc pas être fusionnée"
  ),
  MISSING_DATE: reason("the row has no readable date", "la ligne n'a pas de date lisible"),
  MISSING_KEY: reason(
    "the row lacks the value that identifies its record (campaign, dimension or segment)",
    "il manque à la ligne la valeur qui identifie son enregistrement (campagne, dimension ou segment)"
  ),
  INVALID_NUMBER: reason(
    "the cell is not a number and was left empty",
    "la cellule n'est pas un nombre et a été laissée vide"
  ),
  INVALID_DATE: reason(
    "the cell is not a date and was left empty",
    "la cellule n'est pas une date et a été laissée vide"
  ),
  ID_REFORMATTED: reason(
    "the id was re-formatted by a spreadsheet (scientific notation or decimals), so its last digits may be lost; import the original export to merge these posts reliably",
    "l'identifiant a été reformaté par un tableur (notation scientifique ou décimales), ses derniers chiffres ont donc pu être perdus ; importez l'export d'origine pour fusionner ces publications de façon fiable"
  ),
  YEAR_INFERRED: {
    en: ({ column, latest }) =>
      `Column "${column}" has dates without a year; years were inferred so that no date is after ${latest}, in the order of the rows.`,
    fr: ({ column, latest }) =>
      `La colonne « ${column} » contient des dates sans année ; les années ont été déduites, dans l'ordre des lignes, pour qu'aucune date ne soit postérieure au ${latest}.`,
  },
  INCOMPLETE_KEY: {
    en: ({ kind, key, count, rows }) =>
      `${count} rows${rows.length === 0 ? "" : ` (rows ${rowList({ count, rows })})`} ` +
      `share their key (${keyLabels(kind, key, "en")}) with another row but differ in ` +
      `other values: the file has no column that tells them apart, so none was dropped and ` +
      `each has its own table row.`,
    fr: ({ kind, key, count, rows }) =>
      `${formatInteger(count, "fr")} lignes` +
      `${rows.length === 0 ? "" : ` (lignes ${rowList({ count, rows })})`} ` +
      `ont la même clé (${keyLabels(kind, key, "fr")}) qu'une autre ligne mais d'autres ` +
      `valeurs : aucune colonne du fichier ne les distingue, donc aucune n'a été écartée et ` +
      `chacune a sa propre ligne dans le tableau.`,
  },
  DAILY_ROWS_AGGREGATED: {
    en: ({ rows, posts }) =>
      `The export has one row per post and day (${rows} rows for ${posts} posts): counts were summed per post; reach, which counts unique people, cannot be summed and was left empty.`,
    fr: ({ rows, posts }) =>
      `L'export a une ligne par publication et par jour (${formatInteger(rows, "fr")} lignes pour ${formatInteger(posts, "fr")} publications) : les nombres ont été additionnés par publication ; la couverture, qui compte des personnes uniques, ne peut pas s'additionner et a été laissée vide.`,
  },
  VIEWS_NOT_REPORTED: {
    en: () =>
      "Every post has 0 views although some have reach: Meta did not report views for this export, so they were left empty.",
    fr: () =>
      "Toutes les publications ont 0 vue alors que certaines ont une couverture : Meta n'a pas fourni les vues dans cet export, elles ont donc été laissées vides.",
  },
  MAPPING_COLUMN_MISSING: {
    en: () => "Some columns of the mapping are not in the file's header.",
    fr: () => "Certaines colonnes de la correspondance ne sont pas dans l'en-tête du fichier.",
  },
  SECTION_SKIPPED: {
    en: (p) =>
      "sheet" in p
        ? `"${p.sheet}" is not a known export layout and was not imported.`
        : SECTION_TALLY.en(p),
    fr: (p) =>
      "sheet" in p
        ? `« ${p.sheet} » n'a pas la disposition d'un export connu et n'a pas été importé.`
        : SECTION_TALLY.fr(p),
  },
};

function spreadsheetProblem(problem: UnreadableSpreadsheet, language: Language): string {
  const message = SPREADSHEET_PROBLEMS[problem.problem] as Message<typeof problem>;
  return message[language](problem);
}

/**
 * The message of an issue code with its parameters, in a language.
 *
 * @example
 * issueMessage(ISSUE.EMPTY_FILE, { blank: false }, "fr") //=> "Le fichier est vide."
 */
export function issueMessage<C extends ImportIssueCode>(
  code: C,
  params: IssueParams[C],
  language: Language
): string {
  return ISSUE_MESSAGES[code][language](params);
}

/**
 * An issue in the user's language, for the task pane (`issue.message` is always English).
 *
 * @example
 * renderIssue(result.issues[0], "fr") //=> "2 lignes (lignes 4, 5) : la ligne n'a pas de date lisible."
 */
export function renderIssue(issue: ImportIssue, language: Language): string {
  return issueMessage<ImportIssueCode>(issue.code, issue.params, language);
}
