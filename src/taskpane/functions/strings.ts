import type { Language } from "../../domain/common/language";
import type { NotConvertedCode } from "../../domain/kpi/toNativeFormula";

/** Every text of the Functions tab; a key missing in one language does not compile. */
export interface FunctionsStrings {
  /** While the tab's code downloads. */
  readonly loading: string;
  readonly heading: string;
  readonly intro: string;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly shown: (shown: number, total: number) => string;
  readonly noMatch: (query: string) => string;
  readonly example: string;
  readonly nativeFormula: string;
  readonly noNativeFormula: string;
  readonly insert: string;
  /** The insert button's accessible name: its visible text, then which function it inserts. */
  readonly insertLabel: (functionName: string) => string;
  readonly inserted: (address: string) => string;
  readonly convertHeading: string;
  readonly convertIntro: string;
  readonly scopeLabel: string;
  readonly scopeSelection: string;
  readonly scopeSheet: string;
  readonly convert: string;
  readonly converting: string;
  readonly convertSummary: (converted: number, kept: number) => string;
  readonly convertedHeading: string;
  readonly keptHeading: string;
  readonly needsDynamicArrays: string;
  readonly keptReasons: { readonly [C in NotConvertedCode]: (functionName: string) => string };
}

const en: FunctionsStrings = {
  loading: "Loading the functions…",
  heading: "KPI functions",
  intro:
    "Type =KPI. in any cell. Every argument takes a value or a range; results spill. Formulas are shown as you type them in your Excel.",
  searchLabel: "Search the functions",
  searchPlaceholder: "Name or description",
  shown: (shown, total) => `${shown} of ${total} functions`,
  noMatch: (query) => `No function matches “${query}”.`,
  example: "Example",
  nativeFormula: "Native formula",
  noNativeFormula: "none in Excel: converting leaves this function as it is",
  insert: "Insert into selected cell",
  insertLabel: (name) => `Insert into selected cell: ${name}`,
  inserted: (address) => `Inserted into ${address}.`,
  convertHeading: "Convert KPI formulas to native formulas",
  convertIntro:
    "Rewrites the KPI functions of the cells into Excel's own functions, so the workbook works for people who do not have the add-in. Excel may not be able to undo it: keep a copy of the workbook.",
  scopeLabel: "Convert in",
  scopeSelection: "Selection",
  scopeSheet: "Active sheet",
  convert: "Convert KPI formulas",
  converting: "Converting…",
  convertSummary: (converted, kept) =>
    converted === 0 && kept === 0
      ? "No KPI formula found."
      : `${converted} cell${converted === 1 ? "" : "s"} converted, ${kept} function call${kept === 1 ? "" : "s"} kept.`,
  convertedHeading: "Converted",
  keptHeading: "Kept",
  needsDynamicArrays: "needs Excel 365 or 2024 (MAP and LAMBDA)",
  keptReasons: {
    NO_NATIVE_FORMULA: (name) => `${name} has no equivalent in Excel's own functions.`,
    UNKNOWN_FUNCTION: (name) => `${name} is not a function of the add-in.`,
    WRONG_ARGUMENT_COUNT: (name) => `${name} has too many arguments, or a required one is missing.`,
    RANGE_ARGUMENT_NOT_A_REFERENCE: (name) =>
      `${name} needs a range of cells, not a value or an array, to have a native formula.`,
    SUMMED_ARGUMENT_BESIDE_RANGE: (name) =>
      `${name} sums an argument for each element of a range: Excel has no native equivalent.`,
    UNBALANCED_FORMULA: (name) => `The parentheses or quotes around ${name} do not close.`,
  },
};

const fr: FunctionsStrings = {
  loading: "Chargement des fonctions…",
  heading: "Fonctions KPI",
  intro:
    "Tapez =KPI. dans une cellule. Chaque argument accepte une valeur ou une plage ; les résultats se propagent. Les formules sont écrites comme vous les tapez dans votre Excel.",
  searchLabel: "Rechercher une fonction",
  searchPlaceholder: "Nom ou description",
  shown: (shown, total) => `${shown} fonction${shown > 1 ? "s" : ""} sur ${total}`,
  noMatch: (query) => `Aucune fonction ne correspond à « ${query} ».`,
  example: "Exemple",
  nativeFormula: "Formule native",
  noNativeFormula: "aucune dans Excel : la conversion laisse cette fonction telle quelle",
  insert: "Insérer dans la cellule sélectionnée",
  insertLabel: (name) => `Insérer dans la cellule sélectionnée : ${name}`,
  inserted: (address) => `Insérée dans ${address}.`,
  convertHeading: "Convertir les formules KPI en formules natives",
  convertIntro:
    "Remplace les fonctions KPI des cellules par les fonctions d'Excel, pour que le classeur fonctionne chez qui n'a pas le complément. Excel ne pourra peut-être pas l'annuler : gardez une copie du classeur.",
  scopeLabel: "Convertir dans",
  scopeSelection: "La sélection",
  scopeSheet: "La feuille active",
  convert: "Convertir les formules KPI",
  converting: "Conversion…",
  convertSummary: (converted, kept) =>
    converted === 0 && kept === 0
      ? "Aucune formule KPI trouvée."
      : `${converted} cellule${converted > 1 ? "s" : ""} convertie${converted > 1 ? "s" : ""}, ${kept} appel${kept > 1 ? "s" : ""} de fonction conservé${kept > 1 ? "s" : ""}.`,
  convertedHeading: "Converties",
  keptHeading: "Conservées",
  needsDynamicArrays: "nécessite Excel 365 ou 2024 (MAP et LAMBDA)",
  keptReasons: {
    NO_NATIVE_FORMULA: (name) => `${name} n'a pas d'équivalent parmi les fonctions d'Excel.`,
    UNKNOWN_FUNCTION: (name) => `${name} n'est pas une fonction du complément.`,
    WRONG_ARGUMENT_COUNT: (name) =>
      `${name} a trop d'arguments, ou il lui manque un argument obligatoire.`,
    RANGE_ARGUMENT_NOT_A_REFERENCE: (name) =>
      `${name} a besoin d'une plage de cellules, pas d'une valeur ni d'une matrice, pour avoir une formule native.`,
    SUMMED_ARGUMENT_BESIDE_RANGE: (name) =>
      `${name} additionne un argument pour chaque élément d'une plage : Excel n'a pas d'équivalent natif.`,
    UNBALANCED_FORMULA: (name) =>
      `Les parenthèses ou guillemets autour de ${name} ne se ferment pas.`,
  },
};

export const functionsStrings: Readonly<Record<Language, FunctionsStrings>> = { en, fr };
