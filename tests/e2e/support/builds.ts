import { readFileSync } from "node:fs";

/** The builds the browser tests open, made once per run by globalSetup.ts. */
export interface E2eBuilds {
  /** `webpack --mode production`: taskpane.html as it ships. */
  readonly production: string;
  /** `webpack --mode development`: the same plus the preview page, which production builds omit. */
  readonly development: string;
  /** Where screenshots go when E2E_SCREENSHOTS does not say. */
  readonly screenshots: string;
  /** Made by this run, so removed at its end. */
  readonly temporary: boolean;
}

/** The environment variable naming the JSON file globalSetup.ts writes the builds' folders to. */
export const BUILDS_ENV = "SOCIAL_KPI_E2E_BUILDS";

/** The builds of this run; throws when the suite was started without jest.e2e.config.js. */
export function e2eBuilds(): E2eBuilds {
  const file = process.env[BUILDS_ENV];
  if (file === undefined) {
    throw new Error(`${BUILDS_ENV} is not set: run the browser tests with jest.e2e.config.js`);
  }
  return JSON.parse(readFileSync(file, "utf8")) as E2eBuilds;
}

/** The folder screenshots are saved in: E2E_SCREENSHOTS, else a temporary folder of this run. */
export const screenshotsDir = (): string => process.env.E2E_SCREENSHOTS ?? e2eBuilds().screenshots;
