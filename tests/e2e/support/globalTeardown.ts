// Removes the builds globalSetup.ts made for this run (not reused ones); screenshots stay, for a
// look after the run.
import { rmSync } from "node:fs";
import { e2eBuilds } from "./builds";

export default function globalTeardown(): void {
  const builds = e2eBuilds();
  if (!builds.temporary) return;
  rmSync(builds.production, { recursive: true, force: true });
  rmSync(builds.development, { recursive: true, force: true });
}
