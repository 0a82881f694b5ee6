// A worksheet's print settings (Excel.PageLayout). Margins are kept in points, as PageLayout reads
// them back; Excel's "Normal" margins are 0.75" top and bottom, 0.7" left and right, 0.3" header
// and footer.
import type { Rect } from "./address";

export interface PageLayoutModel {
  /** Areas of the print area, in order; absent when the sheet has none. */
  printArea: Rect[] | undefined;
  printTitleRows: Rect | undefined;
  printTitleColumns: Rect | undefined;
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  printComments: string;
  printErrors: string;
  printOrder: string;
  firstPageNumber: number | "";
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  margins: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
}

export const newPageLayout = (): PageLayoutModel => ({
  printArea: undefined,
  printTitleRows: undefined,
  printTitleColumns: undefined,
  orientation: "Portrait",
  paperSize: "Letter",
  centerHorizontally: false,
  centerVertically: false,
  printGridlines: false,
  printHeadings: false,
  blackAndWhite: false,
  draftMode: false,
  printComments: "NoComments",
  printErrors: "AsDisplayed",
  printOrder: "DownThenOver",
  firstPageNumber: "",
  zoom: { scale: 100 },
  margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
});
