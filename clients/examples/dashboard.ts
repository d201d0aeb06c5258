import { issueDevToken } from "../../common/auth/dev-issuer";
import { loadConfigOrExit } from "../../common/config";
import { PERSONAS } from "../../seed/generate";
import { loadDotEnv } from "../../subgraphs/kit/bootstrap";
import { DovetailClient, DovetailClientError } from "../client";
import { MyCaseloadByStageDocument, type CaseStage, type MyCaseloadByStageQuery } from "../generated/graphql";

const USAGE = `usage: npm run --silent example:dashboard -- [--token TOKEN] [--purpose "case review"] [--gateway URL]
  Prints your caseload, stage by stage, through the typed client. Without --token, on the
  development issuer, it runs as the kirklees-channel-chair persona.`;

const OPEN_STAGES: CaseStage[] = ["REFERRAL", "SCREENING", "PANEL", "SUPPORT", "REVIEW"];

type Row = NonNullable<MyCaseloadByStageQuery["cases"]>["edges"][number]["node"];

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

/** A plain text table: one line per case, columns padded to their widest cell. */
export function caseloadTable(rows: readonly Row[]): string {
  const header = ["REFERENCE", "STAGE", "CONCERN", "REFERRED", "LEAD AGENCY", "SUBJECT"];
  const lines = rows.map((c) => [
    c.reference ?? "",
    c.stage ?? "",
    c.typeOfConcern ?? "(withheld)",
    (c.referredAt ?? "").slice(0, 10),
    c.leadAgency?.name ?? "",
    c.subject ? `${c.subject.givenName ?? ""} ${c.subject.familyName ?? ""}`.trim() : "(withheld)",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [header, ...lines].map((l) => l.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd()).join("\n");
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfigOrExit();
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  let token: string | undefined;
  let purpose: string;
  let gateway: string;
  try {
    token = option(args, "--token");
    purpose = option(args, "--purpose") ?? "case review";
    gateway = option(args, "--gateway") ?? `http://${config.host}:${config.gatewayPort}/graphql`;
    if (args.length > 0) throw new Error(`unexpected ${args.join(" ")}`);
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (!token) {
    if (!config.auth.devIssuer) {
      console.error("No --token, and the development issuer is not trusted here.");
      process.exit(2);
    }
    token = await issueDevToken(config.auth.keysDir, PERSONAS.find((p) => p.id === "kirklees-channel-chair")!, { audience: config.auth.audience, ttlSeconds: 600 });
  }
  const client = new DovetailClient({ url: gateway, token, purpose });
  const rows: Row[] = [];
  let total = 0;
  for (const stage of OPEN_STAGES) {
    const { cases } = await client.request(MyCaseloadByStageDocument, { stage, first: 100 });
    if (!cases) continue;
    total += cases.totalCount;
    rows.push(...cases.edges.map((e) => e.node));
  }
  console.log(caseloadTable(rows));
  console.log(`\n${rows.length} of ${total} open cases shown (up to 100 per stage).`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    if (err instanceof DovetailClientError) {
      console.error(`dashboard: ${err.message}`);
      process.exit(1);
    }
    console.error("dashboard failed:", err);
    process.exit(1);
  });
}
