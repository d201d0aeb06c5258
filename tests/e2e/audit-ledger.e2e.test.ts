import { authenticate, internalTokenFor, type GatewayContext } from "../../gateway/server";
import { loadGatewaySecurity, type GatewaySecurity } from "../../gateway/security";
import { AuditRecord } from "../../subgraphs/kit/audit/audit.entity";
import { LEDGER_GRACE_MS } from "../../subgraphs/kit/audit/plugin";
import { sqliteTestDatabase } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type TestPlatform } from "../fixtures/platform";

/**
 * The per-request ledger that keeps each disclosure in exactly one record is held only until the
 * request's deadline (its internal tokens' expiry, here the minimum of 5 s), not for minutes: a
 * platform under steady traffic must not hold every request it served. A call that comes for the
 * request later is refused, never recorded a second time.
 */
describe("the audit ledger lives as long as the request can call, no longer", () => {
  let platform: TestPlatform;
  let security: GatewaySecurity;

  beforeAll(async () => {
    platform = await startTestPlatform(sqliteTestDatabase(), { cases: 30, env: { INTERNAL_TOKEN_TTL_SECONDS: "5" } });
    security = loadGatewaySecurity(platform.config.auth, platform.subgraphUrls);
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  const CASES = "query LateCall { cases(first: 3) { edges { node { id reference } } } }";
  const recordsOf = (requestId: string) => platform.databases.cases.dataSource.getRepository(AuditRecord).count({ where: { requestId } });
  const callCases = async (context: GatewayContext) => {
    const token = await internalTokenFor(context, "cases", security, "LateCall");
    return postGraphQL<{ cases: { edges: unknown[] } | null }>(platform.subgraphUrls.cases, CASES, {}, { authorization: `Bearer ${token}`, "x-request-id": context.requestId });
  };

  it("records a request's disclosure once, forgets the request after its deadline, and refuses a late call", async () => {
    const chair = await platform.as("kirklees-channel-chair");
    const context = await authenticate({ ...chair, "x-request-id": "ledger-late-call" }, security);
    const ledger = platform.subgraphs.cases.auditLedger;

    // Two calls of one request (as two fetches of a plan would be): one record.
    const first = await callCases(context);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.cases?.edges).toHaveLength(3);
    const second = await callCases(context);
    expect(second.body.data?.cases?.edges).toHaveLength(3);
    expect(await recordsOf("ledger-late-call")).toBe(1);
    expect(ledger.holds(context.txn)).toBe(true);

    // Past the deadline (and the verifier's clock tolerance), another request sweeps it away.
    const wait = context.deadline * 1000 + LEDGER_GRACE_MS + 200 - Date.now();
    expect(wait).toBeLessThan(15_000);
    await new Promise((resolve) => setTimeout(resolve, wait));
    const other = await postGraphQL(platform.gatewayUrl, CASES, {}, chair);
    expect(other.body.errors).toBeUndefined();
    expect(ledger.holds(context.txn)).toBe(false);

    // The late call is refused at the door: nothing disclosed, nothing recorded twice.
    const late = await callCases(context);
    expect(late.status).toBe(401);
    expect(late.body.data ?? null).toBeNull();
    expect(await recordsOf("ledger-late-call")).toBe(1);
  }, 40_000);
});
