// What the preview exposes on `window.__preview` for browser tests and the bench: the stand-in (to
// check what production code wrote, through its inspector), when the page is ready, and whether
// the workbook view has caught up with the last request.
import type { ExcelStandIn } from "../tests/support/excel/standIn";

export interface PreviewApi {
  readonly standIn: ExcelStandIn;
  /** Resolves once the pane and the workbook view have both rendered. */
  readonly ready: Promise<void>;
  /** performance.now() when the pane first rendered (the bench compares it with the blank page). */
  paneRenderedAt: number | undefined;
  /** True when no request is waiting to be drawn in the workbook view. */
  readonly idle: boolean;
  /** Resolves the next time the workbook view is idle (at once when it is). */
  whenIdle(): Promise<void>;
  /** How many times the workbook view has been drawn. */
  readonly renders: number;
}

/** Tracks the workbook view's redraws: pending after a request, idle once drawn. */
export class ViewActivity {
  private pending = false;
  private waiters: (() => void)[] = [];
  renders = 0;

  get idle(): boolean {
    return !this.pending;
  }

  requested(): void {
    this.pending = true;
  }

  drawn(): void {
    this.renders++;
    this.pending = false;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  whenIdle(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

export function exposePreviewApi(
  standIn: ExcelStandIn,
  activity: ViewActivity,
  ready: Promise<void>
): PreviewApi {
  const api: PreviewApi = {
    standIn,
    ready,
    paneRenderedAt: undefined,
    get idle() {
      return activity.idle;
    },
    whenIdle: () => activity.whenIdle(),
    get renders() {
      return activity.renders;
    },
  };
  (window as unknown as { __preview: PreviewApi }).__preview = api;
  return api;
}
