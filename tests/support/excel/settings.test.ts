// workbook.settings as Excel documents it; each test names its source.
import { createExcelStandIn } from "./index";
import { failure } from "./rejection";

describe("Excel stand-in: settings", () => {
  it("round-trips JSON values, dates as their ISO text", async () => {
    // @types/office-js Excel.Setting.value: "Represents the value stored for this setting."
    // Excel.SettingCollection.add: "value: The value for the new setting." — kept as JSON by Office.
    const standIn = createExcelStandIn();
    const value = await standIn.Excel.run(async (context) => {
      context.workbook.settings.add("schema", {
        version: 2,
        when: new Date(Date.UTC(2026, 0, 5)),
        tags: ["a"],
      });
      await context.sync();
      const setting = context.workbook.settings.getItem("schema").load("value");
      await context.sync();
      return setting.value as unknown;
    });
    expect(value).toEqual({ version: 2, when: "2026-01-05T00:00:00.000Z", tags: ["a"] });
    expect(standIn.workbook.settings()).toEqual({
      schema: { version: 2, when: "2026-01-05T00:00:00.000Z", tags: ["a"] },
    });
  });

  it("overwrites an existing key on add", async () => {
    // @types/office-js Excel.SettingCollection.add: "Sets or adds the specified setting to the workbook."
    const standIn = createExcelStandIn();
    standIn.arrange.setSetting("theme", "light");
    const read = await standIn.Excel.run(async (context) => {
      context.workbook.settings.add("theme", "dark");
      const count = context.workbook.settings.getCount();
      const theme = context.workbook.settings.getItem("theme").load("key, value");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
      return [count.value, theme.key, theme.value as unknown];
    });
    expect(read).toEqual([1, "theme", "dark"]);
  });

  it("answers ItemNotFound or a null object for a missing key", async () => {
    // @types/office-js Excel.SettingCollection.getItemOrNullObject: "If the setting does not exist,
    // then this method returns an object with its isNullObject property set to true."
    const standIn = createExcelStandIn();
    const isNull = await standIn.Excel.run(async (context) => {
      const missing = context.workbook.settings.getItemOrNullObject("nope");
      await context.sync();
      return missing.isNullObject;
    });
    expect(isNull).toBe(true);
    const error = await failure(standIn, (context) => {
      context.workbook.settings.getItem("nope").load("value");
    });
    expect(error.code).toBe("ItemNotFound");
  });

  it("deletes a setting and lists the rest as items", async () => {
    // @types/office-js Excel.Setting.delete: "Deletes the setting."
    const standIn = createExcelStandIn();
    standIn.arrange.setSetting("a", 1).setSetting("b", 2);
    const keys = await standIn.Excel.run(async (context) => {
      context.workbook.settings.getItem("a").delete();
      const items = context.workbook.settings.load("items/key");
      await context.sync();
      return items.items.map((s) => s.key);
    });
    expect(keys).toEqual(["b"]);
    expect(standIn.workbook.settings()).toEqual({ b: 2 });
  });

  it("refuses an empty key", async () => {
    // @types/office-js Excel.SettingCollection.add: "key: The key of the new setting." — a setting
    // needs a key to be found again.
    const standIn = createExcelStandIn();
    const error = await failure(standIn, (context) => {
      context.workbook.settings.add("", 1);
    });
    expect(error.code).toBe("InvalidArgument");
  });
});
