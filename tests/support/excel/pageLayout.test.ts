// worksheet.pageLayout as Excel documents it; each test names its source.
import { createExcelStandIn } from "./index";
import { failure } from "./rejection";

type Layout = Excel.PageLayout;

async function codeOf(change: (layout: Layout, sheet: Excel.Worksheet) => void): Promise<string> {
  const standIn = createExcelStandIn();
  const error = await failure(standIn, (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property, not a loaded scalar
    change(sheet.pageLayout, sheet);
  });
  return error.code;
}

describe("Excel stand-in: page layout", () => {
  it("sets the print area from a range or an address and reads it back as RangeAreas", async () => {
    // @types/office-js Excel.PageLayout.setPrintArea: "printArea: The range or ranges of the content
    // to print." getPrintArea: "Gets the RangeAreas object, comprising one or more rectangular
    // ranges, that represents the print area for the worksheet."
    const standIn = createExcelStandIn();
    const addresses = await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.pageLayout.setPrintArea(sheet.getRange("A1:D20"));
      const first = sheet.pageLayout.getPrintArea();
      first.load("address, areaCount");
      await context.sync();
      const one = [first.address, first.areaCount];
      sheet.pageLayout.setPrintArea("A1:B2,D1:E5");
      const second = sheet.pageLayout.getPrintArea();
      second.load("address, areaCount, cellCount");
      const areas = second.areas.load("items/address");
      await context.sync();
      return [
        one,
        [second.address, second.areaCount, second.cellCount],
        areas.items.map((r) => r.address),
      ];
    });
    // RangeAreas.address: "Address value will contain the worksheet name for each rectangular block
    // of cells (for example, "Sheet1!A1:B4, Sheet1!D1:D4")."
    expect(addresses).toEqual([
      ["Sheet1!A1:D20", 1],
      ["Sheet1!A1:B2, Sheet1!D1:E5", 2, 14],
      ["Sheet1!A1:B2", "Sheet1!D1:E5"],
    ]);
    expect(standIn.workbook.sheet("Sheet1").printArea).toBe("Sheet1!A1:B2, Sheet1!D1:E5");
  });

  it("answers ItemNotFound or a null object when there is no print area", async () => {
    // @types/office-js Excel.PageLayout.getPrintArea: "If there is no print area, an ItemNotFound
    // error will be thrown." getPrintAreaOrNullObject: "If there is no print area, then this method
    // returns an object with its isNullObject property set to true."
    const standIn = createExcelStandIn();
    const isNull = await standIn.Excel.run(async (context) => {
      const area = context.workbook.worksheets
        .getItem("Sheet1")
        .pageLayout.getPrintAreaOrNullObject();
      await context.sync();
      return area.isNullObject;
    });
    expect(isNull).toBe(true);
    expect(await codeOf((layout) => layout.getPrintArea().load("address"))).toBe("ItemNotFound");
  });

  it("refuses a print area on another worksheet or that is not an address", async () => {
    // @types/office-js Excel.PageLayout.setPrintArea sets "the worksheet's print area": its own cells.
    const standIn = createExcelStandIn({ sheets: ["Sheet1", "Other"] });
    const error = await failure(standIn, (context) => {
      const other = context.workbook.worksheets.getItem("Other");
      context.workbook.worksheets
        .getItem("Sheet1")
        .pageLayout.setPrintArea(other.getRange("A1:B2"));
    });
    expect(error.code).toBe("InvalidArgument");
    expect(await codeOf((layout) => layout.setPrintArea("A0"))).toBe("InvalidArgument");
    expect(await codeOf((layout) => layout.setPrintArea("Other!A1:B2"))).toBe("InvalidArgument");
  });

  it("sets print title rows only to entire rows", async () => {
    // @types/office-js Excel.PageLayout.setPrintTitleRows: "printTitleRows: The rows to be repeated
    // at the top of each page. The range must span the entire row to be valid."
    const standIn = createExcelStandIn();
    const result = await standIn.Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      const before = layout.getPrintTitleRowsOrNullObject();
      await context.sync();
      const wasNull = before.isNullObject;
      layout.setPrintTitleRows("$1:$2");
      const rows = layout.getPrintTitleRowsOrNullObject();
      rows.load("address");
      await context.sync();
      return [wasNull, rows.address];
    });
    expect(result).toEqual([true, "Sheet1!1:2"]);
    expect(standIn.workbook.sheet("Sheet1").printTitleRows).toBe("Sheet1!1:2");
    expect(await codeOf((layout) => layout.setPrintTitleRows("A1:B2"))).toBe("InvalidArgument");
    expect(await codeOf((layout, sheet) => layout.setPrintTitleRows(sheet.getRange("A1:Z1")))).toBe(
      "InvalidArgument"
    );
    expect(await codeOf((layout) => layout.setPrintTitleColumns("A1:A5"))).toBe("InvalidArgument");
  });

  it("sets orientation, paper size and print flags and refuses values outside their enums", async () => {
    // @types/office-js Excel.PageLayout.orientation: "Portrait" | "Landscape"; paperSize:
    // Excel.PaperType; centerHorizontally, printGridlines: boolean.
    const standIn = createExcelStandIn();
    const read = await standIn.Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.load("orientation, paperSize, centerHorizontally, printGridlines");
      await context.sync();
      const defaults = layout.toJSON();
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.centerHorizontally = true;
      layout.printGridlines = true;
      layout.load("orientation, paperSize, centerHorizontally, printGridlines");
      await context.sync();
      return [defaults, layout.toJSON()];
    });
    expect(read).toEqual([
      {
        orientation: "Portrait",
        paperSize: "Letter",
        centerHorizontally: false,
        printGridlines: false,
      },
      { orientation: "Landscape", paperSize: "A4", centerHorizontally: true, printGridlines: true },
    ]);
    expect(standIn.workbook.sheet("Sheet1").orientation).toBe("Landscape");
    expect(await codeOf((l) => (l.orientation = "Sideways" as Excel.PageOrientation))).toBe(
      "InvalidArgument"
    );
    expect(await codeOf((l) => (l.paperSize = "A9" as Excel.PaperType))).toBe("InvalidArgument");
    expect(await codeOf((l) => (l.printGridlines = 1 as unknown as boolean))).toBe(
      "InvalidArgument"
    );
  });

  it("takes a zoom scale between 10 and 400 or a fit to pages, set as a whole object", async () => {
    // @types/office-js Excel.PageLayoutZoomOptions.scale: "Print page scale value can be between 10
    // and 400." Excel.PageLayout.zoom: "must be set as a JSON object (use x.zoom = {...} instead of
    // x.zoom.scale = ...)".
    const standIn = createExcelStandIn();
    const zooms = await standIn.Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.zoom = { scale: 80 };
      layout.load("zoom");
      await context.sync();
      const scaled = layout.zoom;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.load("zoom");
      await context.sync();
      return [scaled, layout.zoom];
    });
    expect(zooms).toEqual([{ scale: 80 }, { horizontalFitToPages: 1, verticalFitToPages: 0 }]);
    expect(await codeOf((l) => (l.zoom = { scale: 5 }))).toBe("InvalidArgument");
    expect(await codeOf((l) => (l.zoom = { scale: 401 }))).toBe("InvalidArgument");
    expect(await codeOf((l) => (l.zoom = { horizontalFitToPages: 1.5 }))).toBe("InvalidArgument");
  });

  it("sets margins in points directly or with a unit, leaving the others unchanged", async () => {
    // @types/office-js Excel.PageLayout.topMargin: "The worksheet's top margin, in points";
    // setPrintMargins: "unit: Measurement unit for the margins provided. marginOptions: Margin values
    // to set. Margins not provided remain unchanged."
    const standIn = createExcelStandIn();
    const margins = await standIn.Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.topMargin = 36;
      layout.setPrintMargins("Inches", { left: 1, right: 0.5 });
      layout.load("topMargin, bottomMargin, leftMargin, rightMargin");
      await context.sync();
      return [layout.topMargin, layout.bottomMargin, layout.leftMargin, layout.rightMargin];
    });
    expect(margins).toEqual([36, 54, 72, 36]);
    expect(await codeOf((l) => (l.leftMargin = -1))).toBe("InvalidArgument");
    expect(await codeOf((l) => l.setPrintMargins("Miles" as "Points", { top: 1 }))).toBe(
      "InvalidArgument"
    );
  });

  it("answers NotImplemented for headers and footers", async () => {
    // The stand-in does not model Excel.PageLayout.headersFooters: never a silent no-op.
    expect(await codeOf((l) => l.headersFooters.defaultForAllPages.load("centerHeader"))).toBe(
      "NotImplemented"
    );
  });
});
