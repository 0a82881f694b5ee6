import { blankIfAllEmpty, numErrorIfNegative } from "../../common/nativeFormula";
import type { KpiReference } from "../kpiDefinition";

export const engagementsReference: KpiReference = {
  frenchName: "INTERACTIONS",
  description: {
    en: "Total engagements: likes + comments + shares, plus saves and clicks when given.",
    fr: "Total des interactions : j'aime + commentaires + partages, plus enregistrements et clics s'ils sont fournis.",
  },
  params: {
    likes: {
      en: "Likes or reactions: a number or a range.",
      fr: "J'aime ou réactions : un nombre ou une plage.",
    },
    comments: {
      en: "Comments or replies: a number or a range of the same shape.",
      fr: "Commentaires ou réponses : un nombre ou une plage de même forme.",
    },
    shares: {
      en: "Shares, retweets or reposts: a number or a range of the same shape.",
      fr: "Partages, retweets ou republications : un nombre ou une plage de même forme.",
    },
    saves: { en: "Saves (optional).", fr: "Enregistrements (facultatif)." },
    clicks: { en: "Clicks (optional).", fr: "Clics (facultatif)." },
  },
  unit: "count",
  nativeFormula: (refs) => {
    const given = refs.filter((ref): ref is string => ref !== undefined);
    return `=${blankIfAllEmpty(given, numErrorIfNegative(given, given.join("+")))}`;
  },
  example: { formula: "=KPI.ENGAGEMENTS(120, 14, 9, 30)", result: "173" },
};
