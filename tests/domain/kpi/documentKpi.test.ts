import { documentKpi } from "../../../src/domain/kpi/documentKpi";
import type { KpiFunction, KpiReference } from "../../../src/domain/kpi/kpiDefinition";
import { param } from "../../../src/domain/kpi/param";

const kpi: KpiFunction = {
  id: "CTR",
  params: [param("count", "clicks", "clics"), param("count", "impressions", "impressions")],
  compute: (clicks: number, impressions: number) => clicks / impressions,
};

const reference: KpiReference = {
  frenchName: "TAUX_CLIC",
  description: { en: "Click-through rate.", fr: "Taux de clic." },
  params: {
    clicks: { en: "Clicks.", fr: "Clics." },
    impressions: { en: "Impressions.", fr: "Impressions." },
  },
  unit: "fraction",
  example: { formula: "=KPI.CTR(34, 1000)", result: "3.4%" },
};

describe("documentKpi", () => {
  it("gives each argument its help, in the function's order, and keeps what the function runs", () => {
    const definition = documentKpi(kpi, reference);
    expect(definition.params).toEqual([
      { ...kpi.params[0], description: { en: "Clicks.", fr: "Clics." } },
      { ...kpi.params[1], description: { en: "Impressions.", fr: "Impressions." } },
    ]);
    expect(definition.compute).toBe(kpi.compute);
    expect(definition.example).toBe(reference.example);
  });

  it("names the function by its id in English and by the reference's name in French", () => {
    expect(documentKpi(kpi, reference).name).toEqual({ en: "CTR", fr: "TAUX_CLIC" });
  });

  it("refuses an argument without help", () => {
    const clicksOnly = { clicks: { en: "Clicks.", fr: "Clics." } };
    expect(() => documentKpi(kpi, { ...reference, params: clicksOnly })).toThrow(
      "CTR: no help for the argument impressions."
    );
  });

  it("refuses help for an argument the function does not take", () => {
    const params = { ...reference.params, reach: { en: "Reach.", fr: "Portée." } };
    expect(() => documentKpi(kpi, { ...reference, params })).toThrow(
      "CTR: help for unknown arguments reach."
    );
  });
});
