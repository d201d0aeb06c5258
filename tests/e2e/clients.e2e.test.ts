import { DovetailClient, DovetailClientError, documentHash } from "../../clients/client";
import {
  CasePanelViewDocument,
  DisclosureSearchDocument,
  MyCaseloadByStageDocument,
  PanelAgendaDocument,
  PendingImmigrationQuestionsDocument,
  RolloutProgressByPhaseDocument,
  StatisticsFunnelByRegionDocument,
  type CaseStage,
} from "../../clients/generated/graphql";
import { caseloadTable } from "../../clients/examples/dashboard";
import { CaseStage as Stage, ImmigrationQueryStatus } from "../../common/domain";
import { generateWorld } from "../../seed/generate";
import { sqliteTestDatabase } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type TestPlatform } from "../fixtures/platform";
import { PolicyOracle, oraclePrincipal } from "../fixtures/policy-oracle";
import { PERSONAS } from "../../seed/generate";

const world = generateWorld({ cases: 160 });
const OPEN: CaseStage[] = ["REFERRAL", "SCREENING", "PANEL", "SUPPORT", "REVIEW"];

/** Records each request body the client sends, to see what went over the wire. */
function recordingFetch(sent: Record<string, unknown>[]): typeof fetch {
  return (input, init) => {
    sent.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
    return fetch(input, init);
  };
}

describe("the typed client and the dashboard operations, through the gateway", () => {
  let platform: TestPlatform;
  const client = async (persona: string, purpose?: string, sent?: Record<string, unknown>[]) =>
    new DovetailClient({ url: platform.gatewayUrl, token: await platform.tokenFor(persona), purpose, fetch: sent ? recordingFetch(sent) : undefined });

  beforeAll(async () => {
    platform = await startTestPlatform(sqliteTestDatabase(), { world });
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  it("gives a Channel Chair their caseload by stage, sending only the operation's id", async () => {
    const sent: Record<string, unknown>[] = [];
    const chair = await client("kirklees-channel-chair", "case review", sent);
    const oracle = new PolicyOracle(world, oraclePrincipal(PERSONAS.find((p) => p.id === "kirklees-channel-chair")!, world));
    const rows = [];
    for (const stage of OPEN) {
      const { cases } = await chair.request(MyCaseloadByStageDocument, { stage, first: 100 });
      const expected = world.cases.filter((c) => c.stage === stage && oracle.caseVisible(c));
      expect({ stage, total: cases!.totalCount }).toEqual({ stage, total: expected.length });
      expect(cases!.edges.every((e) => e.node.stage === stage)).toBe(true);
      rows.push(...cases!.edges.map((e) => e.node));
    }
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.subject?.givenName)).toBe(true);
    // The hash of the manifest entry went over the wire, not the document.
    expect(sent.every((b) => b.query === undefined)).toBe(true);
    expect(sent[0]).toMatchObject({ operationName: "MyCaseloadByStage", extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(MyCaseloadByStageDocument) } } });
    const table = caseloadTable(rows).split("\n");
    expect(table[0]).toMatch(/^REFERENCE\s+STAGE\s+CONCERN\s+REFERRED\s+LEAD AGENCY\s+SUBJECT$/);
    expect(table).toHaveLength(rows.length + 1);
  });

  it("shows the panel its case, and its agenda", async () => {
    const chair = await client("kirklees-channel-chair", "panel preparation");
    const atPanel = world.cases.find((c) => c.leadAgencyId === "kirklees" && c.stage === Stage.SUPPORT && c.supportPlan)!;
    const { case: kase } = await chair.request(CasePanelViewDocument, { id: atPanel.id });
    expect(kase).toMatchObject({ id: atPanel.id, reference: atPanel.reference, stage: "SUPPORT", leadAgency: { id: "kirklees" } });
    expect(kase!.panelMembers!.map((a) => a.id).sort()).toEqual([...atPanel.panelMemberAgencyIds].sort());
    expect(kase!.supportPlan?.consentGiven).toBe(atPanel.supportPlan!.consentGiven);
    const { cases } = await chair.request(PanelAgendaDocument, { leadAgencyId: "kirklees" });
    const expected = world.cases.filter((c) => c.leadAgencyId === "kirklees" && [Stage.PANEL, Stage.SUPPORT, Stage.REVIEW].includes(c.stage));
    expect(cases!.totalCount).toBe(expected.length);
    expect(new Set(cases!.edges.map((e) => e.node.stage))).toEqual(new Set(expected.map((c) => c.stage)));
  });

  it("gives the SPOC the questions waiting for them", async () => {
    const spoc = await client("immigration-spoc-north", "immigration query");
    const { immigrationQueries } = await spoc.request(PendingImmigrationQuestionsDocument, { first: 200 });
    const contacts = new Set(world.immigrationContacts.filter((c) => c.practitionerId === "immigration-spoc-north").map((c) => c.id));
    const expected = world.immigrationQueries.filter((q) => q.status === ImmigrationQueryStatus.OPEN && contacts.has(q.contactId));
    expect(immigrationQueries!.map((q) => q.id).sort()).toEqual(expected.map((q) => q.id).sort());
    expect(immigrationQueries!.every((q) => q.status === "OPEN" && q.subject?.familyName)).toBe(true);
  });

  it("shows the board rollout progress and the funnel by region, suppressed", async () => {
    const board = await client("board-member");
    const { rolloutPhases } = await board.request(RolloutProgressByPhaseDocument, { period: "2020-21" });
    expect(rolloutPhases.map((p) => p.ordinal)).toEqual([1, 2, 3, 4]);
    expect(rolloutPhases.flatMap((p) => p.memberships).length).toBe(48);
    expect(rolloutPhases.every((p) => p.statistics?.disclosureControl === "SUPPRESSED")).toBe(true);
    const oversight = await client("home-office-oversight");
    const { preventStatistics } = await oversight.request(StatisticsFunnelByRegionDocument, { period: "2020-21" });
    expect(preventStatistics!.rows).toHaveLength(10);
    expect(preventStatistics!.total.referrals.suppressed).toBe(false);
  });

  it("lets the DPO search the disclosures the dashboard made", async () => {
    const dpo = await client("dpo-auditor");
    const { disclosures } = await dpo.request(DisclosureSearchDocument, { filter: { agencyId: "kirklees" }, first: 100 });
    const names = new Set(disclosures!.edges.map((e) => e.node.operationName));
    expect(names.has("MyCaseloadByStage")).toBe(true);
    expect(names.has("CasePanelView")).toBe(true);
    expect(disclosures!.edges.every((e) => e.node.agency?.id === "kirklees")).toBe(true);
  });

  it("surfaces errors with their codes", async () => {
    const officer = await client("kirklees-case-officer");
    await expect(officer.request(StatisticsFunnelByRegionDocument, { period: "2020-21" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const dpo = await client("dpo-auditor");
    await expect(dpo.request(StatisticsFunnelByRegionDocument, { period: "2020" })).rejects.toBeInstanceOf(DovetailClientError);
    const anonymous = new DovetailClient({ url: platform.gatewayUrl, token: "not-a-token" });
    const refused = anonymous.request(MyCaseloadByStageDocument, { stage: "PANEL" });
    await expect(refused).rejects.toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
    // Without a stated purpose, personal data is withheld and the client says why.
    const noPurpose = await client("kirklees-channel-chair");
    await expect(noPurpose.request(MyCaseloadByStageDocument, { stage: "PANEL" })).rejects.toMatchObject({ code: "PURPOSE_REQUIRED" });
  });

  it("falls back to the text of an operation the gateway does not know by id", async () => {
    const sent: Record<string, unknown>[] = [];
    const chair = await client("kirklees-channel-chair", "case review", sent);
    const unlisted = { ...MyCaseloadByStageDocument, __meta__: { hash: "sha256:" + "0".repeat(64) } } as typeof MyCaseloadByStageDocument;
    const { cases } = await chair.request(unlisted, { stage: "PANEL" });
    expect(cases!.edges.length).toBeGreaterThan(0);
    expect(sent).toHaveLength(2);
    expect(typeof sent[1]!.query).toBe("string");
    // Outside production any operation runs (OPERATION_SAFELIST=off).
    const adhoc = await postGraphQL(platform.gatewayUrl, "{ agencies { id } }", {}, await platform.as("board-member", null));
    expect(adhoc.body.errors).toBeUndefined();
  });
});

describe("production mode: only the manifest's operations run", () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    // Production defaults: OPERATION_SAFELIST=enforce; the development issuer only because the test needs tokens.
    platform = await startTestPlatform(sqliteTestDatabase(), { world, env: { NODE_ENV: "production", AUTH_DEV_ISSUER: "true" } });
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  it("runs the dashboard operations, by id or by text in any layout", async () => {
    const chair = new DovetailClient({ url: platform.gatewayUrl, token: await platform.tokenFor("kirklees-channel-chair"), purpose: "case review" });
    const { cases } = await chair.request(MyCaseloadByStageDocument, { stage: "PANEL" });
    expect(cases!.totalCount).toBeGreaterThan(0);
    const board = new DovetailClient({ url: platform.gatewayUrl, token: await platform.tokenFor("board-member") });
    expect((await board.request(RolloutProgressByPhaseDocument, { period: "2019-20" })).rolloutPhases).toHaveLength(4);
    // The same operation as the dashboard's source file lays it out: still the listed operation.
    const text = `query PendingImmigrationQuestions($first: Int! = 50) {
      immigrationQueries(status: OPEN, first: $first) { id question status raisedAt
        raisedByAgency { id name } contact { id name region } subject { id givenName familyName dateOfBirth } } }`;
    const res = await postGraphQL(platform.gatewayUrl, text, { first: 5 }, await platform.as("immigration-spoc-north", "immigration query"));
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });

  it("refuses any other operation, before it is run, with OPERATION_NOT_SAFELISTED", async () => {
    const headers = await platform.as("board-member", null);
    for (const query of ["{ agencies { id name } }", "query PendingImmigrationQuestions { immigrationQueries(status: OPEN) { id } }", "{ __schema { types { name } } }"]) {
      const res = await postGraphQL(platform.gatewayUrl, query, {}, headers);
      expect({ query, status: res.status, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ query, status: 400, code: "OPERATION_NOT_SAFELISTED" });
    }
    // An id that is not in the manifest, and a batch.
    const byId = await fetch(platform.gatewayUrl, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "f".repeat(64) } } }),
    });
    expect(byId.status).toBe(400);
    expect(((await byId.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("OPERATION_NOT_SAFELISTED");
    const batch = await fetch(platform.gatewayUrl, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify([{ query: "{ agencies { id } }" }]) });
    expect(batch.status).toBe(400);
  });
});
