import { ratioReference } from "./ratioReference";

export const responseRateReference = ratioReference({
  frenchName: "TAUX_REPONSE",
  description: {
    en: "Response rate: messages answered divided by messages received, as a fraction (format as %).",
    fr: "Taux de réponse : messages traités divisés par les messages reçus, en fraction (format %).",
  },
  unit: "fraction",
  params: {
    responded: {
      en: "Messages or comments answered: a number or a range.",
      fr: "Messages ou commentaires ayant reçu une réponse : un nombre ou une plage.",
    },
    received: {
      en: "Messages or comments received: a number or a range of the same shape.",
      fr: "Messages ou commentaires reçus : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.RESPONSE_RATE(45, 50)", result: "90%" },
});
