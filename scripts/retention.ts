import "reflect-metadata";
import { loadConfigOrExit } from "../common/config";
import { closeDatabases, openDatabases } from "../platform/platform";
import { applyRetention, planRetention, type RetentionPlan } from "../platform/retention";
import { loadDotEnv } from "../subgraphs/kit/bootstrap";

const USAGE = "usage: npm run retention [-- --apply]   (dry run by default; RETENTION_YEARS sets the period)";

function summary(plan: RetentionPlan, years: number): string {
  const lines = [
    `Retention: closed cases closed before ${plan.cutoff.toISOString().slice(0, 10)} (${years} years).`,
    `  cases:                 ${plan.cases.length}`,
    `  people (no case left): ${plan.persons.length}`,
    `  immigration queries:   ${plan.queries.length}`,
    `  immigration statuses:  ${plan.statuses.length}`,
  ];
  for (const c of plan.cases.slice(0, 20)) lines.push(`    ${c.reference}  closed ${c.closedAt.toISOString().slice(0, 10)}`);
  if (plan.cases.length > 20) lines.push(`    ... and ${plan.cases.length - 20} more`);
  return lines.join("\n");
}

/** `npm run retention`: lists (or with --apply, erases and records) what the retention period has expired. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfigOrExit();
  const args = process.argv.slice(2);
  if (args.some((a) => a !== "--apply")) {
    console.error(USAGE);
    process.exit(2);
  }
  const apply = args.includes("--apply");
  const databases = await openDatabases(config);
  try {
    const years = config.retention.years;
    if (!apply) {
      console.log(summary(await planRetention(databases, { years }), years));
      console.log("Dry run: nothing erased. Run `npm run retention -- --apply` to erase and record it.");
      return;
    }
    const plan = await applyRetention(databases, { years });
    console.log(summary(plan, years));
    console.log("Erased; each subgraph recorded the erasure in its audit chain (npm run audit:verify checks them).");
  } finally {
    await closeDatabases(databases);
  }
}

main().catch((err: unknown) => {
  console.error("retention failed:", err);
  process.exit(1);
});
