import fc from "fast-check";
import { dateToSerial } from "../../../src/domain/common/excelDate";
import { budgetTemplate } from "../../../src/domain/templates/budget";
import { contentTemplate } from "../../../src/domain/templates/content";
import { dashboardTemplate } from "../../../src/domain/templates/dashboard";
import {
  hasRows,
  initialTypedChoices,
  parseRows,
  readChoices,
  ROW_OPTIONS,
  TEMPLATE_IDS,
  templateBuilder,
  type TypedChoices,
} from "../../../src/taskpane/templates/gallery";

const option = { initial: 20, min: 1, max: 100 };

describe("the template gallery", () => {
  it("builds, for each card, the template whose sheet is remembered under the card's id", () => {
    for (const id of TEMPLATE_IDS) {
      expect(templateBuilder(id, "en", {})({}).id).toBe(id);
    }
  });

  it("builds each template in the pane's language", () => {
    for (const id of TEMPLATE_IDS) {
      const en = templateBuilder(id, "en", {})({}).sheetName;
      expect(templateBuilder(id, "fr", {})({}).sheetName).not.toBe(en);
    }
  });

  it("starts each row count at the template's own default", () => {
    for (const [id, { initial }] of Object.entries(ROW_OPTIONS)) {
      const byDefault = templateBuilder(id as keyof typeof ROW_OPTIONS, "en", {})({});
      const chosen = templateBuilder(id as keyof typeof ROW_OPTIONS, "en", { rows: initial })({});
      expect(chosen).toEqual(byDefault);
    }
  });
});

describe("reading a card's options", () => {
  const typed = (id: (typeof TEMPLATE_IDS)[number], change: Partial<TypedChoices>) => ({
    ...initialTypedChoices(id),
    ...change,
  });

  it("chooses nothing but the default rows until the user does, so no sheet cell is set", () => {
    for (const id of TEMPLATE_IDS) {
      const choices = hasRows(id) ? { rows: ROW_OPTIONS[id].initial } : {};
      expect(readChoices(id, initialTypedChoices(id))).toEqual({ ok: true, choices });
      const inputs = templateBuilder(id, "en", choices)({}).inputs ?? [];
      expect(inputs.filter((input) => input.set !== undefined)).toEqual([]);
    }
  });

  it("hands the dashboard builder the period and platform chosen", () => {
    const read = readChoices(
      "dashboard",
      typed("dashboard", { start: "2026-01-05", end: "2026-01-18", platform: "tiktok" })
    );
    const period = { start: dateToSerial(2026, 1, 5), end: dateToSerial(2026, 1, 18) };
    expect(read).toEqual({ ok: true, choices: { period, platform: "tiktok" } });
    expect(read.ok && templateBuilder("dashboard", "fr", read.choices)({})).toEqual(
      dashboardTemplate({}, "fr", { period, platform: "tiktok" })
    );
  });

  it("hands the content builder its period and rows, the budget builder its currency", () => {
    const content = readChoices(
      "content",
      typed("content", { rows: "4", start: "2026-03-01", end: "2026-03-01" })
    );
    const day = dateToSerial(2026, 3, 1);
    expect(content.ok && templateBuilder("content", "en", content.choices)({})).toEqual(
      contentTemplate({}, "en", { groupRows: 4, period: { start: day, end: day } })
    );
    const budget = readChoices("budget", typed("budget", { currency: "CAD" }));
    expect(budget.ok && templateBuilder("budget", "en", budget.choices)({ ads: "Ads" })).toEqual(
      budgetTemplate({ ads: "Ads" }, "en", { currency: "CAD" })
    );
  });

  it("ignores the fields of options a template does not take", () => {
    const everything = {
      rows: "7",
      start: "2026-01-05",
      end: "2026-01-01",
      platform: "x",
      currency: "USD",
    } as const;
    expect(readChoices("cadence", everything)).toEqual({ ok: true, choices: {} });
    expect(readChoices("goals", everything)).toEqual({ ok: true, choices: { rows: 7 } });
  });

  it("refuses an end before the start, a lone date and a bad row count, naming each", () => {
    expect(
      readChoices(
        "content",
        typed("content", { rows: "0", start: "2026-01-05", end: "2026-01-04" })
      )
    ).toEqual({ ok: false, problems: { rows: true, period: { kind: "endBeforeStart" } } });
    expect(readChoices("dashboard", typed("dashboard", { end: "2026-01-04" }))).toEqual({
      ok: false,
      problems: { period: { kind: "incomplete", missing: "start" } },
    });
  });
});

describe("reading a typed row count", () => {
  it("takes every whole number within the bounds, spaces around it allowed", () => {
    fc.assert(
      fc.property(fc.integer({ min: option.min, max: option.max }), (n) => {
        expect(parseRows(` ${n} `, option)).toBe(n);
      })
    );
  });

  it("refuses whole numbers outside the bounds", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ max: option.min - 1 }), fc.integer({ min: option.max + 1 })),
        (n) => {
          expect(parseRows(String(n), option)).toBeUndefined();
        }
      )
    );
  });

  it("refuses anything but digits: fractions, exponents, signs, blanks", () => {
    for (const typed of ["", " ", "2.5", "1e1", "+5", "-0", "5 5", "0x10", "five"]) {
      expect(parseRows(typed, option)).toBeUndefined();
    }
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^\s*\d+\s*$/.test(s)),
        (typed) => {
          expect(parseRows(typed, option)).toBeUndefined();
        }
      )
    );
  });
});
