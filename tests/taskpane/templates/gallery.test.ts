import fc from "fast-check";
import {
  parseRows,
  ROW_OPTIONS,
  TEMPLATE_IDS,
  templateBuilder,
} from "../../../src/taskpane/templates/gallery";

const option = { initial: 20, min: 1, max: 100 };

describe("the template gallery", () => {
  it("builds, for each card, the template whose sheet is remembered under the card's id", () => {
    for (const id of TEMPLATE_IDS) {
      expect(templateBuilder(id, "en", undefined)({}).id).toBe(id);
    }
  });

  it("builds each template in the pane's language", () => {
    for (const id of TEMPLATE_IDS) {
      const en = templateBuilder(id, "en", undefined)({}).sheetName;
      expect(templateBuilder(id, "fr", undefined)({}).sheetName).not.toBe(en);
    }
  });

  it("starts each row count at the template's own default", () => {
    for (const [id, { initial }] of Object.entries(ROW_OPTIONS)) {
      const byDefault = templateBuilder(id as keyof typeof ROW_OPTIONS, "en", undefined)({});
      const chosen = templateBuilder(id as keyof typeof ROW_OPTIONS, "en", initial)({});
      expect(chosen).toEqual(byDefault);
    }
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
