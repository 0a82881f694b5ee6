import type { Language } from "../../domain/common/language";
import type { CurrencyChoice, RowsTemplateId, TemplateId } from "./gallery";

/** What a card says of its template. */
interface TemplateText {
  readonly title: string;
  /** What the sheet is, in one sentence. */
  readonly description: string;
  /** What a refresh keeps of what the user typed, and what a choice made in the pane replaces. */
  readonly keeps: string;
  /** The choices made in the sheet's cells rather than in the pane. */
  readonly onSheet: string;
}

const en = {
  heading: "Worksheet templates",
  intro:
    "Each template adds a worksheet of native Excel formulas over your imported tables, so it keeps working without the add-in. Refresh one after an import: it is rewritten from the tables as they are now.",
  templates: {
    dashboard: {
      title: "KPI dashboard",
      description:
        "Engagement rate, reach, impressions, follower growth and more over a period, beside the previous period and the change, with a table per platform and four charts.",
      keeps:
        "A refresh keeps the period and platform typed in cells B3 to B5 of the sheet; a period or platform chosen here replaces the sheet's cell.",
      onSheet:
        "Choose the period and the platform here or in cells B3 to B5 of the sheet; leave them here as they are to keep the sheet's.",
    },
    goals: {
      title: "SMART goals",
      description:
        "One row per goal with its KPI, target and deadline, measured from your imported tables where they cover the KPI and scored on track, at risk or behind, with a progress-against-pace chart.",
      keeps:
        "A refresh keeps your goals, owners and notes: every column you type, from the goal to its current value.",
      onSheet: "Choose each goal's KPI and platform on the sheet.",
    },
    cadence: {
      title: "Review cadence",
      description:
        "The weekly or monthly, quarterly, post-campaign and annual reviews: what each covers, the KPIs to bring, the next date, highlighted when due or overdue, and a checklist for each.",
      keeps:
        "A refresh keeps owners, last reviews, the dates reviews fall on and campaign ends, the regular review's cadence, the due-soon days and checklist ticks.",
      onSheet: "Choose the regular review's cadence (weekly or monthly) on the sheet.",
    },
    budget: {
      title: "Budget allocation",
      description:
        "Budget, spend and results per platform from the Ads table, with CPC, CPM, CPA, ROAS and ROI, and a suggested reallocation toward the platforms with the most conversions per unit spent.",
      keeps:
        "A refresh keeps platforms, budgets, minimum and maximum shares and the campaign filter, and the figures you typed before importing ads; a currency chosen here replaces the sheet's currency cell.",
      onSheet:
        "The currency comes from the Ads table unless you choose one here (type it on the sheet until ads are imported; amounts are not converted); choose the campaign on the sheet.",
    },
    content: {
      title: "Content performance",
      description:
        "Posts, reach, impressions and engagement rate by platform and post type over a period, posts per week, and the engagement rate by weekday and hour of publication.",
      keeps:
        "A refresh keeps the period and the platforms and post types you typed; a period chosen here replaces the sheet's From and To cells.",
      onSheet:
        "Choose the period here or in the sheet's From and To cells, and each row's platform and post type on the sheet.",
    },
  } satisfies Record<TemplateId, TemplateText>,
  /** The label of each row count option. */
  rows: {
    goals: "Goal rows",
    content: "Platform and post type rows",
  } satisfies Record<RowsTemplateId, string>,
  period: {
    legend: "Period (optional)",
    start: "Period start",
    end: "Period end",
    hint: "Leave both dates blank to keep the sheet's period.",
    missing: {
      start: "Enter the start too, or clear both dates.",
      end: "Enter the end too, or clear both dates.",
    } satisfies Record<"start" | "end", string>,
    invalid: "Enter a date from 1900 on.",
    endBeforeStart: "The end is before the start.",
  },
  platform: {
    label: "Platform",
    keep: "As on the sheet",
    all: "All platforms",
  },
  currency: {
    label: "Currency",
    fromData: "From the data",
    hint: "From the data: the Ads table's currency, or the one typed on the sheet while no ads are imported.",
    names: {
      EUR: "EUR – euro",
      USD: "USD – US dollar",
      GBP: "GBP – pound sterling",
      CHF: "CHF – Swiss franc",
      CAD: "CAD – Canadian dollar",
    } satisfies Record<CurrencyChoice, string>,
  },
  inWorkbook: (sheet: string) => `In this workbook: sheet “${sheet}”`,
  notInWorkbook: "Not in this workbook yet",
  loading: "Loading the templates…",
  checking: "Checking which templates this workbook has…",
  readFailedTitle: "Could not tell which templates this workbook has",
  readFailedBody: "Applying a template still refreshes its sheet if it has one.",
  create: "Create",
  refresh: "Refresh",
  createOrRefresh: "Create or refresh",
  /** A button's name for screen readers: its visible text, then which template. */
  action: (verb: string, title: string) => `${verb} ${title}`,
  applying: "Applying…",
  rowsHint: (min: number, max: number) =>
    `From ${min} to ${max}. Fewer rows than the sheet has drops what you typed in the rows below.`,
  rowsInvalid: (min: number, max: number) => `Enter a whole number from ${min} to ${max}.`,
  createdTitle: "Sheet created",
  created: (sheet: string) => `The sheet “${sheet}” was added to the workbook.`,
  refreshedTitle: "Sheet refreshed",
  refreshed: (sheet: string) =>
    `The sheet “${sheet}” was rewritten from your tables; what you typed in its input cells was kept.`,
  failedTitle: (title: string) => `${title} was not applied`,
};

export type TemplatesStrings = typeof en;

const fr: TemplatesStrings = {
  heading: "Modèles de feuilles",
  intro:
    "Chaque modèle ajoute une feuille de formules Excel natives sur vos tableaux importés : elle fonctionne aussi sans le complément. Actualisez-la après une importation : elle est réécrite à partir des tableaux tels qu'ils sont.",
  templates: {
    dashboard: {
      title: "Tableau de bord KPI",
      description:
        "Taux d'engagement, portée, impressions, croissance des abonnés et plus sur une période, à côté de la période précédente et de l'évolution, avec un tableau par plateforme et quatre graphiques.",
      keeps:
        "Une actualisation garde la période et la plateforme saisies dans les cellules B3 à B5 de la feuille ; une période ou une plateforme choisie ici remplace la cellule de la feuille.",
      onSheet:
        "Choisissez la période et la plateforme ici ou dans les cellules B3 à B5 de la feuille ; laissez-les telles quelles ici pour garder celles de la feuille.",
    },
    goals: {
      title: "Objectifs SMART",
      description:
        "Une ligne par objectif avec son KPI, sa cible et son échéance, mesuré à partir de vos tableaux importés quand ils couvrent le KPI et noté en bonne voie, à risque ou en retard, avec un graphique de progression face au rythme attendu.",
      keeps:
        "Une actualisation garde vos objectifs, responsables et notes : toutes les colonnes que vous saisissez, de l'objectif à sa valeur actuelle.",
      onSheet: "Choisissez le KPI et la plateforme de chaque objectif sur la feuille.",
    },
    cadence: {
      title: "Rythme des revues",
      description:
        "Les revues hebdomadaires ou mensuelles, trimestrielles, de fin de campagne et annuelles : ce que chacune couvre, les KPI à apporter, la prochaine date, signalée quand elle approche ou est dépassée, et une liste de contrôle pour chacune.",
      keeps:
        "Une actualisation garde les responsables, les dernières revues, les dates de référence des revues et les fins de campagne, le rythme de la revue régulière, le délai d'échéance proche et les cases cochées.",
      onSheet:
        "Choisissez le rythme de la revue régulière (hebdomadaire ou mensuel) sur la feuille.",
    },
    budget: {
      title: "Répartition du budget",
      description:
        "Budget, dépenses et résultats par plateforme à partir du tableau Ads, avec CPC, CPM, CPA, ROAS et ROI, et une répartition suggérée vers les plateformes qui obtiennent le plus de conversions par unité dépensée.",
      keeps:
        "Une actualisation garde les plateformes, les budgets, les parts minimale et maximale et le filtre de campagne, ainsi que les chiffres saisis avant d'importer des publicités ; une devise choisie ici remplace la cellule de devise de la feuille.",
      onSheet:
        "La devise vient du tableau Ads, sauf si vous en choisissez une ici (saisissez-la sur la feuille tant qu'aucune publicité n'est importée ; les montants ne sont pas convertis) ; choisissez la campagne sur la feuille.",
    },
    content: {
      title: "Performance des contenus",
      description:
        "Publications, portée, impressions et taux d'engagement par plateforme et type de publication sur une période, publications par semaine et taux d'engagement par jour et heure de publication.",
      keeps:
        "Une actualisation garde la période ainsi que les plateformes et types de publication saisis ; une période choisie ici remplace les cellules Du et Au de la feuille.",
      onSheet:
        "Choisissez la période ici ou dans les cellules Du et Au de la feuille, et la plateforme et le type de publication de chaque ligne sur la feuille.",
    },
  },
  rows: {
    goals: "Lignes d'objectifs",
    content: "Lignes plateforme et type de publication",
  },
  period: {
    legend: "Période (facultative)",
    start: "Début de période",
    end: "Fin de période",
    hint: "Laissez les deux dates vides pour garder la période de la feuille.",
    missing: {
      start: "Saisissez aussi le début, ou effacez les deux dates.",
      end: "Saisissez aussi la fin, ou effacez les deux dates.",
    },
    invalid: "Saisissez une date à partir de 1900.",
    endBeforeStart: "La fin est avant le début.",
  },
  platform: {
    label: "Plateforme",
    keep: "Comme sur la feuille",
    all: "Toutes les plateformes",
  },
  currency: {
    label: "Devise",
    fromData: "D'après les données",
    hint: "D'après les données : la devise du tableau Ads, ou celle saisie sur la feuille tant qu'aucune publicité n'est importée.",
    names: {
      EUR: "EUR – euro",
      USD: "USD – dollar américain",
      GBP: "GBP – livre sterling",
      CHF: "CHF – franc suisse",
      CAD: "CAD – dollar canadien",
    },
  },
  inWorkbook: (sheet) => `Dans ce classeur : feuille « ${sheet} »`,
  notInWorkbook: "Pas encore dans ce classeur",
  loading: "Chargement des modèles…",
  checking: "Recherche des modèles présents dans ce classeur…",
  readFailedTitle: "Impossible de savoir quels modèles ce classeur contient",
  readFailedBody: "Appliquer un modèle actualise quand même sa feuille s'il en a une.",
  create: "Créer",
  refresh: "Actualiser",
  createOrRefresh: "Créer ou actualiser",
  action: (verb, title) => `${verb} ${title}`,
  applying: "Application…",
  rowsHint: (min, max) =>
    `De ${min} à ${max}. Moins de lignes que la feuille n'en a supprime ce que vous avez saisi dans les lignes en dessous.`,
  rowsInvalid: (min, max) => `Saisissez un nombre entier de ${min} à ${max}.`,
  createdTitle: "Feuille créée",
  created: (sheet) => `La feuille « ${sheet} » a été ajoutée au classeur.`,
  refreshedTitle: "Feuille actualisée",
  refreshed: (sheet) =>
    `La feuille « ${sheet} » a été réécrite à partir de vos tableaux ; ce que vous aviez saisi dans ses cellules de saisie a été gardé.`,
  failedTitle: (title) => `${title} n'a pas été appliqué`,
};

/** The Templates tab's texts; a key missing in one language does not compile. */
export const templatesStrings: Readonly<Record<Language, TemplatesStrings>> = { en, fr };
