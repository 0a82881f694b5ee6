// Excel.Workbook (context.workbook) and Excel.Application.
import { ClientObject, defineProperties } from "./batch";
import { invalidArgument } from "./errors";
import type { WorkbookModel } from "./model";
import { NamedItemCollectionProxy } from "./names";
import type { OfficeNames } from "./officeNames";
import { SettingCollectionProxy } from "./settings";
import { TableCollectionProxy } from "./table";
import { WorksheetCollectionProxy } from "./worksheet";

const asWorkbook = (p: unknown): WorkbookModel => p as WorkbookModel;

export class ApplicationProxy
  extends ClientObject<WorkbookModel>
  implements
    OfficeNames<
      Excel.Application,
      "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync" | "calculate"
    >
{
  readonly _typeName = "Application";

  /** Recorded only: the stand-in always calculates on demand. */
  suspendApiCalculationUntilNextSync(): void {
    this._enqueue("Method", "suspendApiCalculationUntilNextSync", [], (wb) => {
      wb.application.calculationSuspensions++;
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._enqueue("Method", "suspendScreenUpdatingUntilNextSync", [], (wb) => {
      wb.application.screenUpdatingSuspensions++;
    });
  }

  calculate(calculationType: string): void {
    this._enqueue("Method", "calculate", [calculationType], (wb) => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType)) {
        throw invalidArgument(`'${calculationType}' is not a calculation type.`);
      }
      wb.engine.markDirty();
    });
  }
}

defineProperties<Excel.Application, WorkbookModel>(ApplicationProxy, {
  calculationMode: { read: () => "Automatic" },
});

export class WorkbookProxy
  extends ClientObject<WorkbookModel>
  implements
    OfficeNames<Excel.Workbook, "worksheets" | "tables" | "names" | "settings" | "application">
{
  readonly _typeName = "Workbook";

  get worksheets(): WorksheetCollectionProxy {
    return this._child(
      "worksheets",
      () => new WorksheetCollectionProxy(this.context, this, "worksheets", [], asWorkbook)
    );
  }

  get tables(): TableCollectionProxy {
    return this._child(
      "tables",
      () => new TableCollectionProxy(this.context, this, "tables", [], asWorkbook)
    );
  }

  get names(): NamedItemCollectionProxy {
    return this._child(
      "names",
      () => new NamedItemCollectionProxy(this.context, this, "names", [], asWorkbook)
    );
  }

  get settings(): SettingCollectionProxy {
    return this._child(
      "settings",
      () => new SettingCollectionProxy(this.context, this, "settings", [], asWorkbook)
    );
  }

  get application(): ApplicationProxy {
    return this._child(
      "application",
      () => new ApplicationProxy(this.context, this, "application", [], asWorkbook)
    );
  }
}
