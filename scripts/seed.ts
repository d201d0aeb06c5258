import "reflect-metadata";
import { loadConfigOrExit } from "../common/config";
import { closeDatabases, openDatabases, seedDatabases } from "../platform/platform";
import { consoleProgress } from "../platform/progress";
import { DEFAULT_CASES, generateWorld } from "../seed/generate";
import { loadDotEnv } from "../subgraphs/kit/bootstrap";

const USAGE = "usage: npm run seed -- [--cases N]   (N from 0 to 1000000; default SEED_CASES or 400)";

function parseCases(argv: string[], fallback: number): number {
  const i = argv.indexOf("--cases");
  if (i === -1) {
    if (argv.length > 0) throw new Error(`unknown arguments: ${argv.join(" ")}`);
    return fallback;
  }
  const raw = argv[i + 1];
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n) || n < 0 || n > 1_000_000) throw new Error(`--cases must be an integer from 0 to 1000000 (got ${raw ?? "nothing"})`);
  return n;
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfigOrExit();
  let cases: number;
  try {
    cases = parseCases(process.argv.slice(2), config.seed.cases ?? DEFAULT_CASES);
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const where = config.database.kind === "postgres" ? "PostgreSQL" : `SQLite files in ${config.dataDir}`;
  console.log(`Generating a synthetic world with ${cases} cases ...`);
  const started = Date.now();
  const world = generateWorld({ cases });
  console.log(`Seeding ${where} (existing rows are kept) ...`);
  const databases = await openDatabases(config);
  try {
    await seedDatabases(databases, world, consoleProgress());
  } finally {
    await closeDatabases(databases);
  }
  console.log(`Seeded ${world.cases.length} cases, ${world.people.length} people in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((err: unknown) => {
  console.error("seed failed:", err);
  process.exit(1);
});
