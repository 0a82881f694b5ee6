import { HeaderIndex, headerKey } from "../../../src/domain/import/headers";

describe("headerKey", () => {
  it.each([
    [
      "Reactions, Comments and Shares",
      "Reactions, comments and shares",
      "case drift between MBS exports",
    ],
    ["Link Clicks", "Link clicks", "case drift"],
    ["Duration (sec)", "Duration sec", "parentheses stripped by a re-save"],
    ["Phone number clicks ", "Phone number clicks", "TikTok trailing space"],
    ["\ufeffPost ID", "Post ID", "a BOM left on the first header"],
  ])("matches %p with %p (%s)", (a, b) => {
    expect(headerKey(a)).toBe(headerKey(b));
  });

  it("keeps names that differ in words apart", () => {
    expect(headerKey("Views")).not.toBe(headerKey("Viewers"));
  });
});

describe("HeaderIndex", () => {
  it("finds each occurrence of a duplicated name in order", () => {
    const header = new HeaderIndex(["Post ID", "Views", "Reach", "Views"]);
    expect([header.find("views"), header.find("views", 2), header.find("views", 3)]).toEqual([
      1, 3, -1,
    ]);
  });

  it("matches names by pattern", () => {
    expect(new HeaderIndex(["Amount spent (EUR)"]).has(/^amountspent/)).toBe(true);
  });
});
