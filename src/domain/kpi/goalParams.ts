import { param, today } from "./param";

// The arguments the goal functions share, declared once so their help reads the same everywhere.
export const goalParams = {
  baseline: param("number", "baseline", "depart", [
    "Value when the goal was set: a number or a range.",
    "Valeur au moment de fixer l'objectif : un nombre ou une plage.",
  ]),
  target: param("number", "target", "cible", [
    "Value to reach (may be below the baseline for goals that decrease).",
    "Valeur à atteindre (peut être inférieure au départ pour un objectif à la baisse).",
  ]),
  current: param("number", "current", "actuel", ["Value today.", "Valeur aujourd'hui."]),
  startDate: param("date", "start_date", "date_debut", [
    "Date the goal starts.",
    "Date de début de l'objectif.",
  ]),
  deadline: param("date", "deadline", "echeance", [
    "Date the goal must be reached.",
    "Date à laquelle l'objectif doit être atteint.",
  ]),
  asOf: param(
    "date",
    "as_of",
    "au",
    [
      "Date to evaluate at (optional, default today).",
      "Date d'évaluation (facultatif, aujourd'hui par défaut).",
    ],
    {
      optional: true,
      default: today,
    }
  ),
};
