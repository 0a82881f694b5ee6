// Object lifetimes, contexts and batches are Microsoft's client's own rules: these tests prove the
// stand-in runs that client (a hand-written proxy layer would accept all of this code).
import { createExcelStandIn } from "./index";
import { failure, rejection } from "./rejection";

describe("Excel stand-in: object lifetimes and request contexts", () => {
  it("refuses a proxy from a finished Excel.run with InvalidObjectPath", async () => {
    // docs: learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-advanced-concepts —
    // "objects … are only valid within the Excel.run batch … use trackedObjects to keep them".
    const standIn = createExcelStandIn();
    let stale: Excel.Range | undefined;
    await standIn.Excel.run(async (context) => {
      stale = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      stale.load("address");
      await context.sync();
    });
    const range = stale as Excel.Range;
    expect(() => {
      range.values = [[1]];
    }).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }) as Error);
    expect(standIn.workbook.values("Sheet1", "A1")).toEqual([[""]]);
  });

  it("refuses a proxy of another context as an argument with InvalidRequestContext", async () => {
    // @types/office-js Excel.RequestContext: objects belong to the context that created them.
    const standIn = createExcelStandIn();
    const other = standIn.newContext();
    const foreign = other.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    const error = await failure(standIn, (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add(foreign, true);
    });
    expect(error.code).toBe("InvalidRequestContext");
  });

  it("refuses a batch that does not return a promise with RunMustReturnPromise", async () => {
    // @types/office-js Excel.run: "batch - A function that takes in a RequestContext and returns a promise".
    const standIn = createExcelStandIn();
    const error = await rejection(
      standIn.Excel.run(((context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      }) as unknown as (context: Excel.RequestContext) => Promise<void>)
    );
    expect(error.code).toBe("RunMustReturnPromise");
  });

  it("runs Excel.run(object, batch) on the tracked object's context, so its writes land", async () => {
    // @types/office-js Excel.run(object, batch): "object - A previously-created API object. The
    // batch will use the same RequestContext as the passed-in object".
    const standIn = createExcelStandIn();
    const range = await standIn.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      context.trackedObjects.add(r);
      await context.sync();
      return r;
    });
    await standIn.Excel.run(range, async (context) => {
      range.values = [["later"]];
      await context.sync();
      context.trackedObjects.remove(range);
      await context.sync();
    });
    expect(standIn.workbook.values("Sheet1", "B2")).toEqual([["later"]]);
  });

  it("keeps a tracked range valid across runs and refuses it once it is untracked", async () => {
    const standIn = createExcelStandIn();
    const context = standIn.newContext();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("C3");
    context.trackedObjects.add(range);
    await context.sync();
    range.values = [[7]];
    await context.sync();
    expect(standIn.workbook.values("Sheet1", "C3")).toEqual([[7]]);
    context.trackedObjects.remove(range);
    await context.sync();
    expect(standIn.host.referenceCount).toBe(0);
  });

  it("answers NotImplemented for a member the host does not model, never a silent no-op", async () => {
    const standIn = createExcelStandIn();
    const error = await rejection(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").shapes.addGeometricShape("Rectangle");
        await context.sync();
      })
    );
    expect(error.code).toBe("NotImplemented");
    expect(error.message).toContain("Worksheet.shapes");
  });

  it("rejects with Microsoft's OfficeExtension.Error class", async () => {
    const standIn = createExcelStandIn();
    const error = await rejection(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Missing").load("name");
        await context.sync();
      })
    );
    expect(error).toBeInstanceOf(standIn.OfficeExtension.Error);
  });
});

describe("Excel stand-in: loads of what the host does not model", () => {
  it("answers NotImplemented for a property Excel has and the host lacks, InvalidArgument for one it does not have", async () => {
    const standIn = createExcelStandIn();
    const missing = await failure(standIn, (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("hyperlink");
    });
    expect(missing.code).toBe("NotImplemented");
    const typo = await failure(standIn, (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("vaules");
    });
    expect(typo.code).toBe("InvalidArgument");
  });
});
