import { partialWrite } from "../../../src/domain/workbook/partialWrite";
import type { WriteBlock } from "../../../src/domain/workbook/writeBlocks";

const block = (writes: WriteBlock["writes"]): WriteBlock => ({
  writes,
  bytes: 0,
  rows: writes.reduce((sum, write) => sum + write.values.length, 0),
});

const blocks = [
  block([
    {
      table: "posts",
      row: 0,
      values: [
        ["a", 1],
        [null, null],
        ["b", 2],
      ],
    },
    { table: "daily", row: 4, values: [["2026-01-05", 3]] },
  ]),
  block([{ table: "posts", row: 3, values: [["c", 3]] }]),
];

describe("what an import had written when Excel refused it", () => {
  it("counts the rows of the accepted requests per table, under the tables' names", () => {
    expect(partialWrite(blocks, 1, { posts: "Posts_SocialKPI", daily: "Daily" })).toEqual({
      tables: [
        { table: "Posts_SocialKPI", rows: 2 },
        { table: "Daily", rows: 1 },
      ],
      rows: 3,
      total: 4,
    });
  });

  it("counts nothing written when the first request was refused", () => {
    expect(partialWrite(blocks, 0, {})).toEqual({ tables: [], rows: 0, total: 4 });
  });

  it("counts every row once every request was accepted", () => {
    expect(partialWrite(blocks, 2, {})).toMatchObject({ rows: 4, total: 4 });
  });
});
