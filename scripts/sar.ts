import fs from "node:fs";
import { issueDevToken } from "../common/auth/dev-issuer";
import { loadConfigOrExit } from "../common/config";
import { assembleSubjectAccess, gatewayPoster, SubjectAccessError } from "../platform/sar";
import { PERSONAS } from "../seed/generate";
import { loadDotEnv } from "../subgraphs/kit/bootstrap";

const USAGE = `usage: npm run --silent sar -- <personId> [--token TOKEN] [--gateway URL] [--out FILE]
  Assembles everything the platform holds on a person, and every disclosure of it, as JSON.
  Runs through the gateway as a data protection officer (--token, or SAR_TOKEN; on the development
  issuer, the dpo-auditor persona) with the purpose "subject access; person=<personId>".`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfigOrExit();
  const args = process.argv.slice(2);
  let token: string | undefined;
  let gateway: string;
  let out: string | undefined;
  try {
    token = option(args, "--token") ?? process.env.SAR_TOKEN;
    gateway = option(args, "--gateway") ?? `http://${config.host}:${config.gatewayPort}/graphql`;
    out = option(args, "--out");
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (args.length !== 1 || args[0]!.startsWith("--")) {
    console.error(USAGE);
    process.exit(2);
  }
  const personId = args[0]!;
  if (!token) {
    if (!config.auth.devIssuer) {
      console.error("No --token (or SAR_TOKEN), and the development issuer is not trusted here.");
      process.exit(2);
    }
    token = await issueDevToken(config.auth.keysDir, PERSONAS.find((p) => p.id === "dpo-auditor")!, { audience: config.auth.audience, ttlSeconds: 600 });
  }
  const report = await assembleSubjectAccess(gatewayPoster(gateway, token, personId), personId);
  if (report.person === null) {
    console.error(`No data held on ${personId} (or the token is not a data protection officer's).`);
    process.exit(1);
  }
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (out) {
    fs.writeFileSync(out, json);
    console.error(`Wrote ${out}: ${(report.person.cases as unknown[]).length} case(s), ${report.withheld.length} withheld item(s), ${report.disclosures.length} disclosure record(s).`);
  } else process.stdout.write(json);
}

main().catch((err: unknown) => {
  console.error(err instanceof SubjectAccessError ? err.message : err);
  process.exit(1);
});
