import fc from "fast-check";
import { columnRef, columnSpecifier, tableRef } from "../../../src/domain/workbook/tableRef";

/** Reads a bracketed specifier back as Excel does: an apostrophe takes the next character literally. */
function readSpecifier(specifier: string): string {
  expect(specifier.startsWith("[") && specifier.endsWith("]")).toBe(true);
  let name = "";
  const inner = specifier.slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i] ?? "";
    if (char === "'") {
      name += inner[i + 1] ?? "";
      i++;
    } else {
      // An unescaped bracket or pound sign would end or change the reference.
      expect("[]#".includes(char)).toBe(false);
      name += char;
    }
  }
  return name;
}

describe("structured references to the add-in's tables", () => {
  it("name a whole column of the table", () => {
    expect(tableRef("posts").column("Impressions")).toBe("Posts[Impressions]");
    expect(columnRef("daily", "Daily", "Followers Gained")).toBe("Daily[Followers Gained]");
  });

  it("use the table's actual name when the preferred one was taken", () => {
    const posts = tableRef("posts", "Posts_SocialKPI");
    expect(posts.column("Link Clicks")).toBe("Posts_SocialKPI[Link Clicks]");
    expect(posts.data()).toBe("Posts_SocialKPI");
    expect(posts.name).toBe("Posts_SocialKPI");
  });

  it("name the cell of the formula's own row", () => {
    expect(tableRef("posts").thisRow("Impressions")).toBe("Posts[[#This Row],[Impressions]]");
  });

  it("name a span of adjacent columns", () => {
    expect(tableRef("posts").columns("Likes", "Shares")).toBe("Posts[[Likes]:[Shares]]");
  });

  it("know the columns every data table ends with", () => {
    expect(tableRef("ads", "Ads").column("As Of")).toBe("Ads[As Of]");
    expect(tableRef("traffic").column("Source File")).toBe("Traffic[Source File]");
  });

  // npm run typecheck fails this test: it fails if the directive below stops being needed.
  it("refuse at compile time a column the table does not have", () => {
    // @ts-expect-error -- Daily has no "Post ID" column: a post id is not a daily figure
    expect(tableRef("daily").column("Post ID")).toBe("Daily[Post ID]");
  });
});

describe("column specifiers", () => {
  it("escape brackets, pound signs and apostrophes with an apostrophe", () => {
    expect(columnSpecifier("Clicks [all]")).toBe("[Clicks '[all']]");
    expect(columnSpecifier("#1 post")).toBe("['#1 post]");
    expect(columnSpecifier("Post's reach")).toBe("[Post''s reach]");
  });

  it("leave other characters as they are, inside brackets", () => {
    expect(columnSpecifier("Cost, per 1 000 (€)")).toBe("[Cost, per 1 000 (€)]");
  });

  it("read back as the column name, whatever the name holds", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", " ", "'", "[", "]", "#", ",", "@") }),
        (name) => {
          expect(readSpecifier(columnSpecifier(name))).toBe(name);
        }
      )
    );
  });
});
