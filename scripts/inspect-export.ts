// `npm run inspect-export -- <file> [--platform <id>] [--today YYYY-MM-DD]`: imports one export the
// way the task pane does and prints what was recognised, how many records of each kind, the period
// and every issue — for support, and for checking a new platform export by hand.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { type ImportOptions, type PlatformId, importExport } from "../src/domain/import";

const KINDS = ["posts", "daily", "traffic", "ads", "audience", "mentions"] as const;

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

async function main(args: readonly string[]): Promise<number> {
  const path = args.find(
    (arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--")
  );
  if (!path) {
    console.error("usage: npm run inspect-export -- <file> [--platform <id>] [--today YYYY-MM-DD]");
    return 2;
  }
  const platform = option(args, "--platform");
  const today = option(args, "--today");
  const options: ImportOptions = {
    ...(platform ? { platform: platform as PlatformId } : {}),
    ...(today ? { today } : {}),
  };
  const result = await importExport(
    { name: basename(path), bytes: new Uint8Array(readFileSync(path)) },
    options
  );
  console.log(`file      ${path}`);
  console.log(`detected  ${result.platform} · ${result.format}`);
  console.log(`period    ${result.periodStart ?? "—"} → ${result.periodEnd ?? "—"}`);
  console.log("records");
  for (const kind of KINDS) console.log(`  ${kind.padEnd(9)} ${result[kind].length}`);
  const first = KINDS.map((kind) => result[kind][0]).find((record) => record !== undefined);
  if (first) console.log(`first record\n  ${JSON.stringify(first)}`);
  if (result.proposedMapping) {
    console.log(`proposed mapping (${result.proposedMapping.kind})`);
    for (const { column, field, confidence } of result.proposedMapping.columns) {
      console.log(`  ${column} → ${field ?? "(none)"} (${confidence})`);
    }
  }
  console.log(`issues    ${result.issues.length === 0 ? "none" : ""}`);
  for (const issue of result.issues) {
    const where = [
      issue.row !== undefined ? `row ${issue.row}` : "",
      issue.column ? `column "${issue.column}"` : "",
    ]
      .filter(Boolean)
      .join(", ");
    console.log(
      `  ${issue.severity.padEnd(7)} ${issue.code}${where ? ` (${where})` : ""}: ${issue.message}`
    );
  }
  return result.issues.some((issue) => issue.severity === "error") ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  }
);
