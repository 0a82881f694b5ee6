import type { KpiReference } from "../kpiDefinition";

export const mentionsReference: KpiReference = {
  frenchName: "MENTIONS",
  description: {
    en: "How many texts mention any of the terms, ignoring case and accents (whole words).",
    fr: "Nombre de textes qui mentionnent l'un des termes, sans tenir compte de la casse ni des accents (mots entiers).",
  },
  params: {
    texts: {
      en: "Posts, comments or mentions to search: a range.",
      fr: "Publications, commentaires ou mentions à parcourir : une plage.",
    },
    terms: {
      en: "Brand names, handles or hashtags to find: a value or a range.",
      fr: "Noms de marque, @comptes ou #hashtags à trouver : une valeur ou une plage.",
    },
  },
  unit: "count",
  example: { formula: '=KPI.MENTIONS(C2:C500, "nike")', result: "212" },
};
