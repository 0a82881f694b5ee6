import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

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

export const responseRateKpi: KpiFunction = {
  id: "RESPONSE_RATE",
  params: [param("count", "responded", "traites"), param("count", "received", "recus")],
  compute: responseRate,
};
