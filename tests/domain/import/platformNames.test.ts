import { PLATFORM_NAMES } from "../../../src/domain/import/platformNames";
import { SOCIAL_PLATFORMS } from "../../../src/domain/import/schema";

describe("PLATFORM_NAMES", () => {
  it("names each social network by its id but for case, which the goals sheet's criteria ignore", () => {
    for (const id of SOCIAL_PLATFORMS) expect(PLATFORM_NAMES[id].toLowerCase()).toBe(id);
  });

  it("gives every platform a name of its own", () => {
    const names = Object.values(PLATFORM_NAMES);
    expect(new Set(names).size).toBe(names.length);
  });
});
