import "reflect-metadata";
import { SUBGRAPH_NAMES, loadConfigOrExit } from "../common/config";
import { closeDatabases, openDatabases } from "../platform/platform";
import { verifyChain } from "../subgraphs/kit/audit/verify";
import { loadDotEnv } from "../subgraphs/kit/bootstrap";

/** `npm run audit:verify`: checks every subgraph's disclosure chain; exit 1 names the first broken record. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfigOrExit();
  const databases = await openDatabases(config);
  let broken = 0;
  try {
    for (const name of SUBGRAPH_NAMES) {
      const report = await verifyChain(databases[name].dataSource);
      if (report.intact) console.log(`${name.padEnd(22)} ${String(report.records).padStart(8)} records  chain intact`);
      else {
        broken += 1;
        console.log(`${name.padEnd(22)} BROKEN at record ${report.firstBroken!.seq}: ${report.firstBroken!.reason}`);
      }
    }
  } finally {
    await closeDatabases(databases);
  }
  if (broken > 0) {
    console.error(`${broken} chain(s) broken.`);
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  console.error("audit:verify failed:", err);
  process.exit(2);
});
