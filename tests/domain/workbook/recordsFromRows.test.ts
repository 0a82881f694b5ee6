import { recordsFromRows } from "../../../src/domain/workbook/recordsFromRows";
import { trafficTable } from "../../../src/domain/workbook/trafficTable";

describe("recordsFromRows", () => {
  const headers = [
    "Note",
    "Source",
    "Date",
    "Dimension",
    "Dimension Value",
    "Sessions",
    "Engagement Time",
  ];

  it("reads our columns wherever they are, ignores the user's, and reads missing ones as null", () => {
    const records = recordsFromRows(trafficTable, {
      headers,
      rows: [["mine", "ga4", 46027, "Channel", "Organic Social", 120, 0.0625]],
    });
    expect(records).toEqual([
      {
        source: "ga4",
        periodStart: null,
        periodEnd: null,
        date: "2026-01-05",
        dimension: "Channel",
        dimensionValue: "Organic Social",
        sessions: 120,
        users: null,
        newUsers: null,
        engagedSessions: null,
        keyEvents: null,
        revenue: null,
        engagementTimeSeconds: 5400,
      },
    ]);
  });

  it("leaves out empty rows and rows without a required field", () => {
    const records = recordsFromRows(trafficTable, {
      headers,
      rows: [
        ["", "", "", "", "", "", ""],
        ["just a note", "", "", "", "", "", ""],
      ],
    });
    expect(records).toEqual([]);
  });
});
