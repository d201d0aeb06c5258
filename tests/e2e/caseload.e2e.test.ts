import { testDatabases } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type TestPlatform } from "../fixtures/platform";
import type { SeedCase } from "../../seed/world";

const CASELOAD = /* GraphQL */ `
  query Caseload($first: Int = 20) {
    cases(first: $first) {
      edges { node { id reference stage leadAgency { id name dovetailPhase { name } } subject { givenName familyName } } }
    }
  }
`;

// The dashboard query of the foundation issue, widened to every relation a panel view reads.
const PANEL_VIEW = /* GraphQL */ `
  query PanelList($first: Int!) {
    cases(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id reference programme stage typeOfConcern referringSector referredAt version
          leadAgency { id name kind region dovetailPhase { id name ordinal } }
          referringAgency { id name }
          panelMembers { id name kind }
          subject { id givenName familyName dateOfBirth gender town immigrationStatus { status } }
          screening { decision decidedBy { id name } }
          vulnerabilityAssessment { assessedAt factors { domain code rating } }
          ctRiskAssessment { level assessedBy { name } }
          healthInformation { providedBy { name } }
          ddpConditions { conditionType mappaLevel managingAgency { name } }
          supportPlan { consentGiven interventions { kind commissioningStatus } }
          reviews { kind dueOn heldOn }
          immigrationQueries { status contact { name region } }
        }
      }
    }
  }
`;

interface CaseloadData {
  cases: {
    edges: {
      node: {
        id: string;
        reference: string;
        stage: string;
        leadAgency: { id: string; name: string; dovetailPhase: { name: string } | null };
        subject: { givenName: string; familyName: string } | null;
      };
    }[];
  };
}

const CHAIR = "kirklees-channel-chair";
/**
 * A disclosure record on SQLite: BEGIN, lock and read the chain head, insert the record and its
 * subjects, move the head, COMMIT. PostgreSQL locks and reads the head in one statement and
 * writes the rest in one more: BEGIN, UPDATE ... RETURNING, WITH ... INSERT ... UPDATE, COMMIT.
 */
const auditWrite = (label: string) => (label === "postgres" ? 4 : 7);

describe.each(testDatabases())("the platform through the gateway on $label", ({ label, create }) => {
  const AUDIT_WRITE = auditWrite(label);
  let platform: TestPlatform;
  let chair: Record<string, string>;
  /** The cases Kirklees relates to (lead, panel, referrer), newest first: what its chair may list. */
  let kirkleesCases: SeedCase[];

  beforeAll(async () => {
    platform = await startTestPlatform(create(), { cases: 400 });
    chair = await platform.as(CHAIR);
    kirkleesCases = platform.world.cases
      .filter((c) => c.leadAgencyId === "kirklees" || c.referringAgencyId === "kirklees" || c.panelMemberAgencyIds.includes("kirklees"))
      .sort((a, b) => (a.referredAt === b.referredAt ? (a.id < b.id ? 1 : -1) : a.referredAt < b.referredAt ? 1 : -1));
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  it("serves the Caseload dashboard query with data from four subgraphs, only cases Kirklees relates to", async () => {
    expect(kirkleesCases.length).toBeGreaterThan(30);
    const res = await postGraphQL<CaseloadData>(platform.gatewayUrl, CASELOAD, {}, chair);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const edges = res.body.data!.cases.edges;
    expect(edges).toHaveLength(20);

    const newestFirst = kirkleesCases;
    const agencies = new Map(platform.world.agencies.map((a) => [a.id, a]));
    const people = new Map(platform.world.people.map((p) => [p.id, p]));
    const phaseOf = new Map(platform.world.rolloutPhases.flatMap((ph) => ph.members.map((m) => [m.agencyId, ph.name] as const)));
    edges.forEach(({ node }, i) => {
      const expected = newestFirst[i]!;
      expect(node.id).toBe(expected.id); // cases
      expect(node.reference).toBe(expected.reference);
      expect(node.stage).toBe(expected.stage);
      expect(node.leadAgency).toEqual({
        id: expected.leadAgencyId,
        name: agencies.get(expected.leadAgencyId)!.name, // agencies
        dovetailPhase: { name: phaseOf.get(expected.leadAgencyId) }, // governance-boards
      });
      const subject = people.get(expected.subjectId)!;
      expect(node.subject).toEqual({ givenName: subject.givenName, familyName: subject.familyName }); // people
    });
  });

  it("costs the same number of SQL statements for 1, 10 and 30 cases (Caseload)", async () => {
    // Warm the gateway's cache of the agency's access profile, read once per refresh period.
    await postGraphQL(platform.gatewayUrl, CASELOAD, { first: 1 }, chair);
    const counts: Record<number, number> = {};
    for (const n of [1, 10, 30]) {
      platform.resetStatementCounts();
      const res = await postGraphQL<CaseloadData>(platform.gatewayUrl, CASELOAD, { first: n }, chair);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.cases.edges).toHaveLength(n);
      counts[n] = platform.statementCount();
      // The README's figures: page, relationships to the cases and to their subjects; attestation; names;
      // agencies; phases. Cases and people also write their disclosure record (one transaction each).
      expect(platform.statementCounts()).toEqual({ cases: 3 + AUDIT_WRITE, "immigration-contacts": 1, people: 1 + AUDIT_WRITE, agencies: 1, "governance-boards": 2 });
    }
    expect(counts[1]).toBe(8 + 2 * AUDIT_WRITE);
    expect(counts[10]).toBe(counts[1]);
    expect(counts[30]).toBe(counts[1]);
  });

  it("keeps SQL statements flat with list size when every relation is selected", async () => {
    await postGraphQL(platform.gatewayUrl, CASELOAD, { first: 1 }, chair);
    const counts: number[] = [];
    for (const n of [1, 10, 30, 40]) {
      platform.resetStatementCounts();
      const res = await postGraphQL(platform.gatewayUrl, PANEL_VIEW, { first: n }, chair);
      // Some parts are not the chair's to see on every case (e.g. another unit's CT risk): refused, not failed.
      expect((res.body.errors ?? []).filter((e) => e.extensions?.code !== "FORBIDDEN")).toEqual([]);
      counts.push(platform.statementCount());
    }
    // A loader runs only when some case in the page has that relation, so small pages may need fewer
    // statements; once every relation is present the count is flat: one statement per relation.
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[3]).toBe(counts[2]);
    // Reads, plus one disclosure record in each of cases, people and immigration-contacts.
    expect(counts[3]).toBeLessThanOrEqual(35 + 3 * AUDIT_WRITE);
  });

  it("pages with cursors and refuses a page larger than 100 with BAD_USER_INPUT", async () => {
    const first = await postGraphQL<{ cases: { pageInfo: { endCursor: string; hasNextPage: boolean }; edges: { node: { id: string } }[] } }>(
      platform.gatewayUrl,
      "query Page($after: String) { cases(first: 5, after: $after) { pageInfo { endCursor hasNextPage } edges { node { id } } } }",
      {},
      chair,
    );
    expect(first.body.data!.cases.pageInfo.hasNextPage).toBe(true);
    const second = await postGraphQL<{ cases: { edges: { node: { id: string } }[] } }>(
      platform.gatewayUrl,
      "query Page($after: String) { cases(first: 5, after: $after) { edges { node { id } } } }",
      { after: first.body.data!.cases.pageInfo.endCursor },
      chair,
    );
    const firstIds = first.body.data!.cases.edges.map((e) => e.node.id);
    const secondIds = second.body.data!.cases.edges.map((e) => e.node.id);
    expect(secondIds).toHaveLength(5);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);

    const tooMany = await postGraphQL(platform.gatewayUrl, "{ cases(first: 101) { edges { node { id } } } }", {}, chair);
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooMany.body.errors?.[0]?.message).not.toMatch(/http:\/\//);

    const badCursor = await postGraphQL(platform.gatewayUrl, '{ cases(first: 1, after: "not-a-cursor") { edges { node { id } } } }', {}, chair);
    expect(badCursor.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("serves each subgraph's root fields and the entity extensions between them", async () => {
    const res = await postGraphQL<{
      agencies: { id: string; region: string; kind: string }[];
      agency: { name: string; cases: { leadAgency: { id: string } }[]; selfAssessments: { period: string }[] };
      rolloutPhases: { id: string; agencies: { id: string; name: string }[] }[];
      governanceBoards: { name: string; meetings: { decisions: { owner: { name: string } }[] }[] }[];
      immigrationContacts: { region: string; agency: { kind: string } }[];
      practitioner: { name: string; roles: string[]; agency: { id: string; kind: string } };
    }>(
      platform.gatewayUrl,
      /* GraphQL */ `
        query Overview {
          agencies(region: NORTH_WEST, kind: LOCAL_AUTHORITY) { id region kind }
          agency(id: "kirklees") { name cases(first: 3) { leadAgency { id } } selfAssessments { period } }
          rolloutPhases { id agencies { id name } }
          governanceBoards { name meetings { decisions { owner { name } } } }
          immigrationContacts(region: NORTH_WEST) { region agency { kind } }
          practitioner(id: "kirklees-channel-chair") { name roles agency { id kind } }
        }
      `,
      {},
      chair,
    );
    expect(res.body.errors).toBeUndefined();
    const d = res.body.data!;
    expect(d.agencies.length).toBeGreaterThan(5);
    expect(d.agencies.every((a) => a.region === "NORTH_WEST" && a.kind === "LOCAL_AUTHORITY")).toBe(true);
    expect(d.agency.name).toMatch(/Kirklees/);
    expect(d.agency.cases).toHaveLength(3);
    expect(d.agency.cases.every((c) => c.leadAgency.id === "kirklees")).toBe(true);
    expect(d.rolloutPhases.map((p) => p.id)).toEqual(["pilot-2018", "north-west-2018", "south-west-wales-2019", "remaining-regions-2020"]);
    expect(d.rolloutPhases[0]!.agencies.map((a) => a.id)).toEqual(
      expect.arrayContaining(["blackburn-with-darwen", "brighton-and-hove", "croydon", "haringey", "kent", "kirklees", "luton", "oldham", "swansea"]),
    );
    expect(d.rolloutPhases[0]!.agencies.every((a) => a.name.length > 0)).toBe(true);
    expect(d.governanceBoards[0]!.meetings.flatMap((m) => m.decisions).every((x) => x.owner.name.length > 0)).toBe(true);
    expect(d.immigrationContacts).toEqual([{ region: "NORTH_WEST", agency: { kind: "IMMIGRATION_ENFORCEMENT" } }]);
    expect(d.practitioner.roles).toContain("CHANNEL_CHAIR");
    expect(d.practitioner.agency).toEqual({ id: "kirklees", kind: "LOCAL_AUTHORITY" });
  });

  it("answers null for a case or person that does not exist", async () => {
    const res = await postGraphQL(
      platform.gatewayUrl,
      '{ case(id: "00000000-0000-4000-8000-000000000000") { id } person(id: "nobody") { id } agency(id: "nowhere") { id } }',
      {},
      chair,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ case: null, person: null, agency: null });
  });

  it("answers malformed and oversized bodies with a clear error, not a dropped connection", async () => {
    const bad = await fetch(platform.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...chair }, body: "{ not json" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ errors: [{ message: "Request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
    const huge = await fetch(platform.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...chair },
      body: JSON.stringify({ query: `{ __typename }`, padding: "x".repeat(2_000_000) }),
    });
    expect(huge.status).toBe(413);
    const refused = (await huge.json()) as { errors: { extensions: { code: string } }[] };
    expect(refused.errors[0]!.extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("reports liveness and readiness", async () => {
    const base = platform.gatewayUrl.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const subgraphBase = platform.subgraphUrls.cases.replace(/\/graphql$/, "");
    const ready = await fetch(`${subgraphBase}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});
