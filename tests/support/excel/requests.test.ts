import { createExcelStandIn } from "./index";
import { failure, rejection } from "./rejection";

describe("Excel stand-in: queue, load and sync", () => {
  it("applies property sets only when the batch is synced", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[42]];
      expect(standIn.workbook.sheet("Sheet1").cell("A1").value).toBe("");
      await context.sync();
      expect(standIn.workbook.sheet("Sheet1").cell("A1").value).toBe(42);
    });
  });

  it("throws PropertyNotLoaded when values are read before sync", async () => {
    const standIn = createExcelStandIn();
    standIn.arrange.setValues("Sheet1", "A1", [[1]]);
    await standIn.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      let error: unknown;
      try {
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- deliberately breaking the rule to prove the stand-in enforces it
        void range.values;
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({
        code: "PropertyNotLoaded",
        message: expect.stringContaining("call the load method") as unknown,
      });
      await context.sync();
      expect(range.values).toEqual([[1]]);
    });
  });

  it("throws PropertyNotLoaded for a property that was synced but not loaded", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:B2");
      // eslint-disable-next-line office-addins/load-object-before-read -- deliberately breaking the rule to prove the stand-in enforces it
      expect(() => range.rowCount).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }) as Error
      );
    });
  });

  it("supports comma lists, arrays, select objects, navigational and collection loads", async () => {
    const standIn = createExcelStandIn({ sheets: ["A", "B"] });
    await standIn.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("A").getRange("B2:C3");
      range.load("rowCount, columnCount");
      range.load(["address"]);
      // eslint-disable-next-line office-addins/no-navigational-load -- load({ select }) is the form under test
      range.load({ select: "cellCount" });
      range.load("format/font/bold");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- deliberately breaking the rule to prove the stand-in enforces it
      expect([range.rowCount, range.columnCount, range.address, range.cellCount]).toEqual([
        2,
        2,
        "A!B2:C3",
        4,
      ]);
      expect(range.format.font.bold).toBe(false);
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(range.toJSON()).toMatchObject({ rowCount: 2, format: { font: { bold: false } } });
    });
  });

  it("returns a value set in the same batch before any sync, as office.js keeps it on the proxy", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.font.bold = true;
      const range = sheet.getRange("A1");
      range.values = [["=1+1"]];
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- deliberately breaking the rule to prove the stand-in enforces it
      expect(range.values).toEqual([["=1+1"]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[2]]);
    });
  });

  it("resolves objects returned by methods at sync time", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Data");
      sheet.getRange("A1").values = [["x"]];
      expect(standIn.workbook.hasSheet("Data")).toBe(false);
      await context.sync();
    });
    expect(standIn.workbook.sheet("Data").cell("A1").value).toBe("x");
  });

  it("reports isNullObject after sync for *OrNullObject and ignores writes to null objects", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
      const present = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      const setting = context.workbook.settings.getItemOrNullObject("k");
      const table = context.workbook.tables.getItemOrNullObject("Posts");
      const name = context.workbook.names.getItemOrNullObject("Goal");
      const freeze = present.freezePanes.getLocationOrNullObject();
      // eslint-disable-next-line office-addins/call-sync-before-read -- deliberately breaking the rule to prove the stand-in enforces it
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }) as Error
      );
      missing.getRange("A1").values = [[1]];
      await context.sync();
      expect([
        missing.isNullObject,
        present.isNullObject,
        setting.isNullObject,
        table.isNullObject,
        name.isNullObject,
        freeze.isNullObject,
      ]).toEqual([true, false, true, true, true, true]);
    });
    expect(standIn.workbook.sheetNames()).toEqual(["Sheet1"]);
  });

  it("rejects the sync with ItemNotFound when getItem names a missing item", async () => {
    const standIn = createExcelStandIn();
    const error = await rejection(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      debugInfo: { code: "ItemNotFound", errorLocation: "WorksheetCollection.getItem" },
    });
  });

  it("keeps operations before a failure and drops those after it", async () => {
    const standIn = createExcelStandIn();
    const error = await failure(standIn, (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["before"]];
      sheet.getRange("A2:B2").values = [[1]];
      sheet.getRange("A3").values = [["after"]];
    });
    expect(error.code).toBe("InvalidArgument");
    expect(standIn.workbook.values("Sheet1", "A1:A3")).toEqual([["before"], [""], [""]]);
  });

  it("rejects invalid addresses and duplicate sheet names", async () => {
    const standIn = createExcelStandIn();
    const badAddress = await failure(standIn, (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A0").values = [[1]];
    });
    expect(badAddress.code).toBe("InvalidArgument");
    const duplicate = await failure(standIn, (context) => {
      context.workbook.worksheets.add("sheet1");
    });
    expect(duplicate.code).toBe("ItemAlreadyExists");
  });

  it("counts syncs and request sizes, including syncs in a loop", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let i = 0; i < 3; i++) {
        sheet.getCell(i, 0).values = [[i]];
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- counting is the point
        await context.sync();
      }
    });
    expect(standIn.stats.syncs).toBe(3);
    // Three requests built alike by the client: same actions, sizes apart only by the digits of
    // its growing object-path ids.
    expect(new Set(standIn.stats.requests.map((r) => r.actions)).size).toBe(1);
    const sizes = standIn.stats.requests.map((r) => r.bytes);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(40);
    expect(standIn.stats.requests[0]?.bytes).toBeGreaterThan(50);
    standIn.resetStats();
    expect(standIn.stats.syncs).toBe(0);
  });

  it("fails a request over 5 MB with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const standIn = createExcelStandIn();
    const rows = Array.from({ length: 100_000 }, (_, i) =>
      Array.from({ length: 20 }, (_, j) => `r${i}c${j}`)
    );
    const error = await failure(standIn, (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("Z1").values = [["first"]];
      sheet.getRange("A1:T100000").values = rows;
    });
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(standIn.stats.requests[0]?.bytes).toBeGreaterThan(5_000_000);
    expect(standIn.workbook.sheet("Sheet1").cell("Z1").value).toBe("");
  });

  it("fails a response over 5 MB counted in UTF-8 bytes, loading nothing", async () => {
    const standIn = createExcelStandIn();
    // 1,000 cells of 2,600 "é": 2.6 million characters, but 5.2 million bytes on the wire.
    const text = "é".repeat(2_600);
    standIn.arrange.setValues(
      "Sheet1",
      "A1:A1000",
      Array.from({ length: 1_000 }, () => [text])
    );
    const read = (address: string) =>
      standIn.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
        range.load("values");
        await context.sync();
        return range.values;
      });
    const error = await rejection(read("A1:A1000"));
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(await read("A1:A900")).toHaveLength(900);
  });

  it("syncs what is still queued when run's batch resolves", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run((context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[5]];
      return Promise.resolve();
    });
    expect(standIn.stats.syncs).toBe(1);
    expect(standIn.workbook.values("Sheet1", "A1")).toEqual([[5]]);
  });

  it("install sets the Excel global and returns an uninstall function", async () => {
    const standIn = createExcelStandIn();
    const uninstall = standIn.install();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [
        [Excel.ChartType.line],
      ];
      await context.sync();
    });
    uninstall();
    expect(standIn.workbook.values("Sheet1", "B1")).toEqual([["Line"]]);
  });
});
