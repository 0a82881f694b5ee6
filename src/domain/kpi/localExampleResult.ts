import type { Language } from "../common/language";
import { type GoalStatus, goalStatusLabels } from "./goalStatus";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A registry example's result (written for an English Excel) as the user's Excel shows it: in
 * French, decimal commas, dates day first, and a goal status in French, as the function returns it
 * there.
 *
 * @example
 * localExampleResult("3.4%", "fr") //=> "3,4%"
 * localExampleResult("2026-04-01", "fr") //=> "01/04/2026"
 * localExampleResult("At risk", "fr") //=> "À risque"
 */
export function localExampleResult(result: string, language: Language): string {
  if (language === "en") return result;
  const labels = goalStatusLabels.en;
  const status = (Object.keys(labels) as GoalStatus[]).find((key) => labels[key] === result);
  if (status) return goalStatusLabels[language][status];
  const date = ISO_DATE.exec(result);
  if (date) return `${date[3]}/${date[2]}/${date[1]}`;
  return result.replace(/(\d)\.(\d)/g, "$1,$2");
}
