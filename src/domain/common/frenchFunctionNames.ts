/**
 * The names a French Excel shows and takes for the native functions the add-in writes: those of the
 * KPI registry's native formulas and examples, of the generated worksheets, and the usual companions
 * a user wraps them in. Excel stores formulas with the English names and translates them for
 * display, so these are for showing a formula as a French user types it, never for writing one.
 * A function missing here is shown with its English name: wrong in a French Excel, but visible.
 */
export const FRENCH_FUNCTION_NAMES: Readonly<Record<string, string>> = {
  ABS: "ABS",
  AND: "ET",
  AVERAGE: "MOYENNE",
  COUNT: "NB",
  COUNTA: "NBVAL",
  COUNTIF: "NB.SI",
  COUNTIFS: "NB.SI.ENS",
  DATE: "DATE",
  EDATE: "MOIS.DECALER",
  EOMONTH: "FIN.MOIS",
  HOUR: "HEURE",
  IF: "SI",
  IFERROR: "SIERREUR",
  INDEX: "INDEX",
  INT: "ENT",
  ISBLANK: "ESTVIDE",
  ISNUMBER: "ESTNUM",
  // The LAMBDA family keeps its English names in French.
  LAMBDA: "LAMBDA",
  LET: "LET",
  MAP: "MAP",
  MAX: "MAX",
  MAXIFS: "MAX.SI.ENS",
  MIN: "MIN",
  MINIFS: "MIN.SI.ENS",
  MOD: "MOD",
  MONTH: "MOIS",
  NA: "NA",
  OR: "OU",
  ROUND: "ARRONDI",
  SQRT: "RACINE",
  SUM: "SOMME",
  SUMIFS: "SOMME.SI.ENS",
  SUMPRODUCT: "SOMMEPROD",
  SWITCH: "SI.MULTIPLE",
  TODAY: "AUJOURDHUI",
  TRIM: "SUPPRESPACE",
  WEEKDAY: "JOURSEM",
  XLOOKUP: "RECHERCHEX",
  YEAR: "ANNEE",
};

/** Excel's logical constants and error values, as a French Excel writes them. */
export const FRENCH_CONSTANTS: Readonly<Record<string, string>> = {
  TRUE: "VRAI",
  FALSE: "FAUX",
  "#VALUE!": "#VALEUR!",
  "#NUM!": "#NOMBRE!",
  "#NAME?": "#NOM?",
  "#NULL!": "#NUL!",
};

/** The special items of a structured reference (`Posts[[#This Row],[Clicks]]`) in French. */
export const FRENCH_TABLE_ITEMS: Readonly<Record<string, string>> = {
  "#ALL": "#Tout",
  "#DATA": "#Données",
  "#HEADERS": "#En-têtes",
  "#TOTALS": "#Totaux",
  "#THIS ROW": "#Cette ligne",
};
