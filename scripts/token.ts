import { loadConfigOrExit } from "../common/config";
import { issueDevToken } from "../common/auth/dev-issuer";
import { PERSONAS } from "../seed/generate";
import { loadDotEnv } from "../subgraphs/kit/bootstrap";

const USAGE = `usage: npm run --silent token -- <persona> [--ttl SECONDS]   a bearer token from the development issuer
       npm run --silent token -- --list                          the seeded personas, their agency and roles`;

/** `npm run token`: tokens for the seeded personas, signed by the local development issuer. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfigOrExit();
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes("--help") || args.includes("-h")) {
    console.error(USAGE);
    process.exit(args.length === 0 ? 2 : 0);
  }
  if (args[0] === "--list") {
    const width = Math.max(...PERSONAS.map((p) => p.id.length));
    const agencyWidth = Math.max(...PERSONAS.map((p) => p.agencyId.length));
    for (const p of PERSONAS) console.log(`${p.id.padEnd(width)}  ${p.agencyId.padEnd(agencyWidth)}  ${p.roles.join(",").padEnd(36)}  ${p.description}`);
    return;
  }
  const [id, ...rest] = args;
  const persona = PERSONAS.find((p) => p.id === id);
  if (!persona) {
    console.error(`Unknown persona ${JSON.stringify(id)}: \`npm run token -- --list\` shows them.\n${USAGE}`);
    process.exit(2);
  }
  let ttlSeconds = 8 * 3600;
  if (rest.length > 0) {
    const ttl = Number(rest[1]);
    if (rest[0] !== "--ttl" || rest.length !== 2 || !Number.isInteger(ttl) || ttl < 1 || ttl > 7 * 24 * 3600) {
      console.error(`--ttl takes whole seconds from 1 to 604800.\n${USAGE}`);
      process.exit(2);
    }
    ttlSeconds = ttl;
  }
  if (!config.auth.devIssuer) console.error("warning: AUTH_DEV_ISSUER is off here, so the gateway will refuse this token.");
  console.log(await issueDevToken(config.auth.keysDir, persona, { audience: config.auth.audience, ttlSeconds }));
}

main().catch((err: unknown) => {
  console.error("token failed:", err);
  process.exit(1);
});
