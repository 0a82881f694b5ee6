// Excel.Workbook (context.workbook, the root of every request) and Excel.Application.
import { invalidArgument, itemNotFound } from "../../errors";
import type { WorkbookModel } from "../../model";
import { defineType, hostObject } from "../typeHandler";
import { rangeObject } from "./range";

const CALCULATION_TYPES = ["Recalculate", "Full", "FullRebuild"];

export const workbookType = defineType<Excel.Workbook, WorkbookModel>({
  type: "Workbook",
  navigation: {
    Worksheets: (wb) => hostObject("WorksheetCollection", wb),
    Tables: (wb) => hostObject("TableCollection", wb),
    Names: (wb) => hostObject("NamedItemCollection", wb),
    Settings: (wb) => hostObject("SettingCollection", wb),
    Application: (wb) => hostObject("Application", wb),
  },
  methods: {
    /** "Gets the currently selected single range … If multiple ranges are selected, this method will throw an error." */
    GetSelectedRange: (wb) => {
      const sheet = wb.liveSheets().find((s) => s.id === wb.selection.sheetId);
      if (!sheet) throw itemNotFound("selection");
      return rangeObject(sheet, wb.selection.rect);
    },
    /** "Gets the currently active cell from the workbook": the top-left cell of the selection. */
    GetActiveCell: (wb) => {
      const sheet = wb.liveSheets().find((s) => s.id === wb.selection.sheetId);
      if (!sheet) throw itemNotFound("active cell");
      const { top, left } = wb.selection.rect;
      return rangeObject(sheet, { top, left, bottom: top, right: left });
    },
  },
});

export const applicationType = defineType<Excel.Application, WorkbookModel>({
  type: "Application",
  properties: {
    CalculationMode: { get: () => "Automatic" },
  },
  methods: {
    /** Recorded only: the stand-in always calculates on demand. */
    SuspendApiCalculationUntilNextSync: (wb) => {
      wb.application.calculationSuspensions++;
    },
    SuspendScreenUpdatingUntilNextSync: (wb) => {
      wb.application.screenUpdatingSuspensions++;
    },
    Calculate: (wb, a) => {
      const type = a.string(0, "calculationType");
      if (!CALCULATION_TYPES.includes(type))
        throw invalidArgument(`'${type}' is not a calculation type.`);
      wb.engine.markDirty();
    },
  },
});
