import type { Language, Localized } from "../common/language";

/** The reviews a social-media team holds, from the quick regular check to the yearly plan. */
export type ReviewId = "regular" | "quarterly" | "postCampaign" | "annual";

/**
 * When a review falls due: on a cadence `NEXT_REVIEW` knows (the words are ones it accepts, in
 * each language), or a number of days after the campaign it looks back on ends.
 */
export type ReviewTiming =
  | {
      readonly kind: "cadence";
      /** The cadences the user may choose between; the first is the default. */
      readonly choices: Readonly<Record<Language, readonly [string, ...string[]]>>;
    }
  | { readonly kind: "afterCampaign"; readonly days: number; readonly label: Localized };

/** One review: what it is for, the KPIs to bring to it and what to get done in it. */
export interface Review {
  readonly id: ReviewId;
  readonly name: Localized;
  readonly timing: ReviewTiming;
  readonly covers: Localized;
  readonly kpis: Localized;
  readonly checklist: readonly Localized[];
}

// A week after a campaign ends, late conversions and the platforms' revised figures are in.
const POST_CAMPAIGN_DELAY_DAYS = 7;

export const REVIEWS: readonly Review[] = [
  {
    id: "regular",
    name: { en: "Weekly or monthly check", fr: "Point hebdomadaire ou mensuel" },
    timing: {
      kind: "cadence",
      choices: { en: ["weekly", "monthly"], fr: ["hebdomadaire", "mensuel"] },
    },
    covers: {
      en: "How things are going now: what works, what to fix at once, spikes in mentions, spend against plan",
      fr: "Les résultats en cours : ce qui marche, ce qu'il faut corriger tout de suite, pics de mentions, dépenses face au plan",
    },
    kpis: {
      en: "Engagement rate, reach, impressions, CTR, mention volume",
      fr: "Taux d'engagement, portée, impressions, taux de clics, volume de mentions",
    },
    checklist: [
      {
        en: "Import the latest platform exports",
        fr: "Importer les derniers exports des plateformes",
      },
      {
        en: "Compare engagement rate and reach with the previous period",
        fr: "Comparer taux d'engagement et portée à la période précédente",
      },
      {
        en: "Note the three best and three weakest posts",
        fr: "Noter les trois meilleures et les trois plus faibles publications",
      },
      {
        en: "Look into mention spikes and unanswered messages",
        fr: "Examiner les pics de mentions et les messages sans réponse",
      },
      {
        en: "Agree on what changes before the next check",
        fr: "Décider de ce qui change d'ici le prochain point",
      },
    ],
  },
  {
    id: "quarterly",
    name: { en: "Quarterly review", fr: "Revue trimestrielle" },
    timing: { kind: "cadence", choices: { en: ["quarterly"], fr: ["trimestriel"] } },
    covers: {
      en: "Whether social results serve the wider marketing objectives; content and channel mix; whether the KPIs tracked still fit",
      fr: "Si les résultats sociaux servent les objectifs marketing ; équilibre des contenus et des canaux ; pertinence des KPI suivis",
    },
    kpis: {
      en: "Follower growth, engagement rate, CTR, conversion rate, progress to goals",
      fr: "Croissance des abonnés, taux d'engagement, taux de clics, taux de conversion, avancement des objectifs",
    },
    checklist: [
      {
        en: "Score each goal against its target and its pace",
        fr: "Évaluer chaque objectif face à sa cible et à son rythme",
      },
      {
        en: "Rank content types and platforms by engagement",
        fr: "Classer types de contenus et plateformes par engagement",
      },
      {
        en: "Check that the KPIs tracked still match the objectives",
        fr: "Vérifier que les KPI suivis correspondent encore aux objectifs",
      },
      {
        en: "Adjust the strategy and the budget split for next quarter",
        fr: "Ajuster la stratégie et la répartition du budget du trimestre suivant",
      },
    ],
  },
  {
    id: "postCampaign",
    name: { en: "Post-campaign review", fr: "Bilan de campagne" },
    timing: {
      kind: "afterCampaign",
      days: POST_CAMPAIGN_DELAY_DAYS,
      label: {
        en: `${POST_CAMPAIGN_DELAY_DAYS} days after the campaign ends`,
        fr: `${POST_CAMPAIGN_DELAY_DAYS} jours après la fin de la campagne`,
      },
    },
    covers: {
      en: "How one campaign did against the goals set for it, what it taught, what the next one should change",
      fr: "Ce qu'une campagne a donné face à ses objectifs, ce qu'elle a appris, ce que la suivante doit changer",
    },
    kpis: {
      en: "Conversions, conversion rate, CTR, cost per acquisition, ROAS",
      fr: "Conversions, taux de conversion, taux de clics, coût par acquisition, ROAS",
    },
    checklist: [
      {
        en: "Import the campaign's final exports",
        fr: "Importer les exports définitifs de la campagne",
      },
      {
        en: "Compare the results with the campaign's goals",
        fr: "Comparer les résultats aux objectifs de la campagne",
      },
      {
        en: "Write down the three main outcomes and the lessons learned",
        fr: "Noter les trois principaux résultats et les enseignements",
      },
      {
        en: "List the next steps for future campaigns",
        fr: "Lister les suites à donner aux prochaines campagnes",
      },
    ],
  },
  {
    id: "annual",
    name: { en: "Annual planning", fr: "Planification annuelle" },
    timing: { kind: "cadence", choices: { en: ["annual"], fr: ["annuel"] } },
    covers: {
      en: "The year against long-term objectives; new baselines, next year's goals and plan",
      fr: "L'année face aux objectifs à long terme ; nouvelles valeurs de référence, objectifs et plan de l'année suivante",
    },
    kpis: {
      en: "Every KPI year over year, CSAT, share of voice, ROI",
      fr: "Tous les KPI d'une année sur l'autre, CSAT, part de voix, ROI",
    },
    checklist: [
      {
        en: "Audit every account and the year's results",
        fr: "Auditer chaque compte et les résultats de l'année",
      },
      {
        en: "Reset baselines from this year's figures",
        fr: "Redéfinir les valeurs de référence à partir de cette année",
      },
      { en: "Set next year's SMART goals", fr: "Fixer les objectifs SMART de l'année suivante" },
      {
        en: "Plan the budget and the content calendar",
        fr: "Planifier le budget et le calendrier éditorial",
      },
    ],
  },
];
