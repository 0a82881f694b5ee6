import type { Language } from "../../domain/common/language";

/** The goals tab's texts; the French entry must have every key of the English one. */
const en = {
  loading: "Loading the goal form…",
  heading: "SMART goals",
  intro:
    "Each letter guides one part of the goal. It is checked before it is written to the next empty row of the goals sheet.",
  specificLegend: "S — Specific",
  specificHint:
    "One sentence with the KPI and the number to reach: “Raise our Instagram engagement rate from 3% to 4.5% by June.”",
  specificLabel: "Goal",
  ownerLabel: "Owner (optional)",
  measurableLegend: "M — Measurable",
  measurableHint:
    "The KPI that will tell whether the goal is met, and the platform it is measured on.",
  metricLabel: "KPI",
  metricPlaceholder: "Choose a KPI",
  platformLabel: "Platform",
  allPlatforms: "All platforms",
  achievableLegend: "A — Achievable",
  achievableHint:
    "Start from where you are: the baseline is the value when the goal is set, the target the value to reach. Type rates as percentages (4.5%).",
  baselineLabel: "Baseline",
  targetLabel: "Target",
  currentMeasured: "Current value from your imported data over the goal's dates:",
  currentLabel: "Current value (optional)",
  currentHint:
    "Your imported data does not measure this KPI over these dates: type today's value so the sheet can score the goal.",
  currentNeedsDates: "Choose the dates to see the current value from your imported data.",
  currentUnreadable: "Your imported data could not be read:",
  achievableNoteLabel: "Why it is achievable (optional)",
  relevantLegend: "R — Relevant",
  relevantHint:
    "The business objective the goal serves, so the team knows why it matters: brand awareness, leads, sales…",
  relevantLabel: "Business objective",
  timeBoundLegend: "T — Time-bound",
  timeBoundHint: "When the goal starts and the date it must be reached by.",
  startLabel: "Start",
  deadlineLabel: "Deadline",
  submit: "Add goal",
  writing: "Adding the goal…",
  added: (sheet: string, row: number) => `Goal added to sheet ${sheet}, row ${row}.`,
  created: (sheet: string) => `The sheet ${sheet} was created for it.`,
  failed: "The goal was not added.",
};

export type GoalsStrings = typeof en;

export const goalsStrings: Readonly<Record<Language, GoalsStrings>> = {
  en,
  fr: {
    loading: "Chargement du formulaire d'objectif…",
    heading: "Objectifs SMART",
    intro:
      "Chaque lettre guide une partie de l'objectif. Il est vérifié avant d'être écrit dans la prochaine ligne vide de la feuille des objectifs.",
    specificLegend: "S — Spécifique",
    specificHint:
      "Une phrase avec le KPI et le chiffre à atteindre : « Porter notre taux d'engagement Instagram de 3 % à 4,5 % d'ici juin. »",
    specificLabel: "Objectif",
    ownerLabel: "Responsable (facultatif)",
    measurableLegend: "M — Mesurable",
    measurableHint:
      "Le KPI qui dira si l'objectif est atteint, et la plateforme sur laquelle il est mesuré.",
    metricLabel: "KPI",
    metricPlaceholder: "Choisissez un KPI",
    platformLabel: "Plateforme",
    allPlatforms: "Toutes les plateformes",
    achievableLegend: "A — Atteignable",
    achievableHint:
      "Partez de là où vous en êtes : le départ est la valeur au moment de fixer l'objectif, la cible la valeur à atteindre. Saisissez les taux en pourcentage (4,5 %).",
    baselineLabel: "Départ",
    targetLabel: "Cible",
    currentMeasured: "Valeur actuelle d'après vos données importées, sur les dates de l'objectif :",
    currentLabel: "Valeur actuelle (facultatif)",
    currentHint:
      "Vos données importées ne mesurent pas ce KPI sur ces dates : saisissez la valeur d'aujourd'hui pour que la feuille puisse évaluer l'objectif.",
    currentNeedsDates:
      "Choisissez les dates pour voir la valeur actuelle d'après vos données importées.",
    currentUnreadable: "Vos données importées n'ont pas pu être lues :",
    achievableNoteLabel: "Pourquoi il est atteignable (facultatif)",
    relevantLegend: "R — Pertinent",
    relevantHint:
      "L'objectif métier que sert l'objectif, pour que l'équipe sache pourquoi il compte : notoriété, prospects, ventes…",
    relevantLabel: "Objectif métier",
    timeBoundLegend: "T — Temporel",
    timeBoundHint: "Quand l'objectif commence et la date à laquelle il doit être atteint.",
    startLabel: "Début",
    deadlineLabel: "Échéance",
    submit: "Ajouter l'objectif",
    writing: "Ajout de l'objectif…",
    added: (sheet, row) => `Objectif ajouté à la feuille ${sheet}, ligne ${row}.`,
    created: (sheet) => `La feuille ${sheet} a été créée pour lui.`,
    failed: "L'objectif n'a pas été ajouté.",
  },
};
