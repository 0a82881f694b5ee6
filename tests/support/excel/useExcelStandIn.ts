// The one way a test file installs the stand-in: a fresh workbook before each test, the `Excel`
// global restored after it.
//
//   const excel = useExcelStandIn();
//   it("…", async () => { await writeImport(…); expect(excel.standIn.workbook.tableNames()).toEqual([…]); });
import type { ExcelStandIn } from "./index";
import { createExcelStandIn } from "./index";

export interface StandInHandle {
  /** The stand-in of the running test. */
  readonly standIn: ExcelStandIn;
  /** Replaces the running test's stand-in (a workbook arranged another way). */
  replace(options?: Parameters<typeof createExcelStandIn>[0]): ExcelStandIn;
}

export function useExcelStandIn(options?: Parameters<typeof createExcelStandIn>[0]): StandInHandle {
  let current: ExcelStandIn | undefined;
  let uninstall: (() => void) | undefined;
  const replace = (next?: Parameters<typeof createExcelStandIn>[0]): ExcelStandIn => {
    uninstall?.();
    current = createExcelStandIn(next ?? options);
    uninstall = current.install();
    return current;
  };
  beforeEach(() => {
    replace();
  });
  afterEach(() => {
    uninstall?.();
    uninstall = undefined;
  });
  return {
    get standIn(): ExcelStandIn {
      if (!current) throw new Error("useExcelStandIn: the stand-in exists only inside a test.");
      return current;
    },
    replace,
  };
}
