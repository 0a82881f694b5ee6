import { FIELD_TYPES, FIELDS } from "../../../src/domain/import/fields";
import type { RecordKind } from "../../../src/domain/import/schema";

const KINDS = Object.keys(FIELDS) as RecordKind[];

describe("the canonical fields", () => {
  it.each(KINDS)("give every %s field an English and a French label", (kind) => {
    for (const spec of Object.values(FIELDS[kind])) {
      expect(spec.label.en.trim()).not.toBe("");
      expect(spec.label.fr.trim()).not.toBe("");
    }
  });

  it.each(KINDS)("label the %s fields distinctly in each language, for the mapping UI", (kind) => {
    const specs = Object.values(FIELDS[kind]);
    for (const language of ["en", "fr"] as const) {
      const labels = specs.map((spec) => spec.label[language].toLowerCase());
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it("read a field set by the file as fixed, and the others by their type", () => {
    expect(FIELD_TYPES.ads.platform).toBe("fixed");
    expect(FIELD_TYPES.posts.platform).toBe("platform");
    expect(FIELD_TYPES.posts.impressions).toBe("count");
    expect(FIELD_TYPES.traffic.revenue).toBe("amount");
    expect(FIELD_TYPES.traffic.engagementTimeSeconds).toBe("seconds");
    expect(FIELD_TYPES.audience.value).toBe("share");
  });

  it.each(KINDS)("list the %s fields in the same order for reading as declared", (kind) => {
    expect(Object.keys(FIELD_TYPES[kind])).toEqual(Object.keys(FIELDS[kind]));
  });
});
