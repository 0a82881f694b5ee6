import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Response rate: the share of inbound messages or comments that got an answer.
 *
 * @param responded - Messages or comments answered
 * @param received - Messages or comments received
 * @returns responded ÷ received; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * responseRate(45, 50) //=> 0.9
 */
export const responseRate = ratioOf({
  labels: [
    { en: "Responded", fr: "Réponses" },
    { en: "Received", fr: "Messages reçus" },
  ],
});

export const responseRateKpi = ratioKpi(
  {
    id: "RESPONSE_RATE",
    frenchName: "TAUX_REPONSE",
    description: {
      en: "Response rate: messages answered divided by messages received, as a fraction (format as %).",
      fr: "Taux de réponse : messages traités divisés par les messages reçus, en fraction (format %).",
    },
    unit: "fraction",
    numerator: param("count", "responded", "traites", [
      "Messages or comments answered: a number or a range.",
      "Messages ou commentaires ayant reçu une réponse : un nombre ou une plage.",
    ]),
    denominator: param("count", "received", "recus", [
      "Messages or comments received: a number or a range of the same shape.",
      "Messages ou commentaires reçus : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.RESPONSE_RATE(45, 50)", result: "90%" },
  },
  responseRate
);
