import { issueDevToken } from "../common/auth/dev-issuer";
import { loadConfigOrExit } from "../common/config";
import { fetchReport, parseReportArgs, ReportError, reportNote, ReportUsageError, toCsv, toJson, USAGE } from "../platform/report";
import { PERSONAS } from "../seed/generate";
import { loadDotEnv } from "../subgraphs/kit/bootstrap";

/** `npm run report`: the Prevent statistics through the gateway, as CSV or JSON on stdout. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfigOrExit();
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return;
  }
  let options;
  try {
    options = parseReportArgs(argv);
  } catch (err) {
    if (!(err instanceof ReportUsageError)) throw err;
    console.error(`${err.message}\n${USAGE}`);
    process.exit(2);
  }
  let token = options.token ?? process.env.REPORT_TOKEN;
  if (!token) {
    if (!config.auth.devIssuer) {
      console.error("No --token (or REPORT_TOKEN), and the development issuer is not trusted here.");
      process.exit(2);
    }
    token = await issueDevToken(config.auth.keysDir, PERSONAS.find((p) => p.id === "board-member")!, { audience: config.auth.audience, ttlSeconds: 600 });
  }
  const gateway = options.gateway ?? `http://${config.host}:${config.gatewayPort}/graphql`;
  try {
    const report = await fetchReport(gateway, token, options);
    process.stdout.write(options.format === "json" ? toJson(report) : toCsv(report, options.filter));
    console.error(reportNote(report, options.filter));
  } catch (err) {
    if (err instanceof ReportError) {
      console.error(`report refused${err.code ? ` (${err.code})` : ""}: ${err.message}`);
      process.exit(1);
    }
    if (err instanceof TypeError && /fetch failed/.test(err.message)) {
      console.error(`Cannot reach the gateway at ${gateway}: is the platform running (npm start)?`);
      process.exit(1);
    }
    throw err;
  }
}

main().catch((err: unknown) => {
  console.error("report failed:", err);
  process.exit(1);
});
