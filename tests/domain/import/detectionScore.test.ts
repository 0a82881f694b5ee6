import fc from "fast-check";
import { DetectionScore, signatureScore } from "../../../src/domain/import/detectionScore";

const found = fc.integer({ min: 0, max: 99 });

describe("detection scores", () => {
  it("rank a longer signature first, whatever columns each layout finds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        found,
        found,
        (names, more, a, b) => {
          expect(signatureScore(names + more, a)).toBeGreaterThan(signatureScore(names, b));
        }
      )
    );
  });

  it("rank equal signatures by the columns they find", () => {
    expect(signatureScore(3, 12)).toBeGreaterThan(signatureScore(3, 11));
  });

  it("place a format told by its structure above two-name signatures and below three", () => {
    expect(DetectionScore.structure).toBeGreaterThan(signatureScore(2, 40));
    expect(DetectionScore.structure).toBeLessThan(signatureScore(3, 0));
  });

  it("keep a reader that is not competing below every match", () => {
    expect(DetectionScore.chosen).toBeLessThan(signatureScore(1, 0));
  });
});
