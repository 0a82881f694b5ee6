import { param, today } from "./param";

// The arguments the goal functions share, declared once so they read the same everywhere.
export const goalParams = {
  baseline: param("number", "baseline", "depart"),
  target: param("number", "target", "cible"),
  current: param("number", "current", "actuel"),
  startDate: param("date", "start_date", "date_debut"),
  deadline: param("date", "deadline", "echeance"),
  asOf: param("date", "as_of", "au", { optional: true, default: today }),
};
