import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { SubgraphName } from "../../common/config";
import { AuditRecord } from "../../subgraphs/kit/audit/audit.entity";
import type { AuditEntry } from "../../subgraphs/kit/audit/chain";
import { verifyChain } from "../../subgraphs/kit/audit/verify";
import { assembleSubjectAccess, subjectAccessPurpose } from "../../platform/sar";
import { testDatabases } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type GraphQLResponse, type TestPlatform } from "../fixtures/platform";

const CASELOAD = /* GraphQL */ `
  query Caseload($first: Int = 5) {
    cases(first: $first) { edges { node { id reference stage subject { givenName familyName } } } }
  }
`;

interface CaseloadData {
  cases: { edges: { node: { id: string; reference: string | null; subject: { givenName: string | null; familyName: string | null } | null } }[] } | null;
}

describe.each(testDatabases())("accountability on $label", ({ label, create }) => {
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dovetail-log-")), "platform.log");
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(create(), { cases: 150, env: { LOG_LEVEL: "error", LOG_FILE: logFile } });
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  const recordsOf = (subgraph: SubgraphName, requestId: string) =>
    platform.databases[subgraph].dataSource.getRepository(AuditRecord).find({ where: { requestId }, order: { seq: "ASC" } });

  it("leaves one record per subgraph per request: who, agency, roles, purpose, request, operation, rows and fields", async () => {
    const headers = { ...(await platform.as("kirklees-channel-chair", "panel preparation; case=CH-2021-00045")), "x-request-id": "acc-caseload-1" };
    const res = await postGraphQL<CaseloadData>(platform.gatewayUrl, CASELOAD, {}, headers);
    expect(res.body.errors).toBeUndefined();
    const shown = res.body.data!.cases!.edges.map((e) => e.node);

    const [casesRecord, ...moreCases] = await recordsOf("cases", "acc-caseload-1");
    expect(moreCases).toEqual([]);
    expect(casesRecord).toMatchObject({
      action: "DISCLOSURE",
      operationName: "Caseload",
      userSub: "kirklees-channel-chair",
      agencyId: "kirklees",
      roles: "CHANNEL_CHAIR,PREVENT_COORDINATOR",
      purpose: "panel preparation",
      purposeCase: "CH-2021-00045",
    });
    const caseEntries = JSON.parse(casesRecord!.entries) as AuditEntry[];
    const cases = new Map(platform.world.cases.map((c) => [c.id, c]));
    expect(caseEntries.filter((e) => e.type === "Case").map((e) => e.id).sort()).toEqual(shown.map((c) => c.id).sort());
    for (const e of caseEntries.filter((x) => x.type === "Case")) {
      expect(e.subjectId).toBe(cases.get(e.id)!.subjectId);
      expect(e.fields).toEqual(["Case.id", "Case.reference", "Case.stage", "Case.subject"]);
    }

    const [peopleRecord, ...morePeople] = await recordsOf("people", "acc-caseload-1");
    expect(morePeople).toEqual([]);
    const personEntries = JSON.parse(peopleRecord!.entries) as AuditEntry[];
    expect(personEntries.map((e) => e.id).sort()).toEqual(shown.map((c) => cases.get(c.id)!.subjectId).sort());
    expect(personEntries.every((e) => e.fields.join() === "Person.familyName,Person.givenName")).toBe(true);
    // No other subgraph disclosed anything protected for this request.
    for (const name of ["agencies", "governance-boards"] as const) expect(await recordsOf(name, "acc-caseload-1")).toEqual([]);
  });

  it("records nothing for reference data, and nothing when the purpose is missing", async () => {
    const headers = { ...(await platform.as("kirklees-channel-chair", null)), "x-request-id": "acc-no-purpose" };
    const res = await postGraphQL(platform.gatewayUrl, "{ cases(first: 3) { edges { node { id } } } rolloutPhases { name } }", {}, headers);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(["PURPOSE_REQUIRED"]);
    for (const name of ["cases", "people", "governance-boards"] as const) expect(await recordsOf(name, "acc-no-purpose")).toEqual([]);
  });

  it.each(["cases", "people"] as const)("withholds what %s disclosed when its record cannot be written (fail closed), and recovers", async (subgraph) => {
    const ds = platform.databases[subgraph].dataSource;
    const table = label === "postgres" ? `"${(ds.options as { schema: string }).schema}"."audit_records"` : `"audit_records"`;
    await ds.query(`ALTER TABLE ${table} RENAME TO audit_records_offline`);
    let res;
    try {
      res = await postGraphQL<CaseloadData>(platform.gatewayUrl, CASELOAD, {}, await platform.as("kirklees-channel-chair"));
    } finally {
      const offline = label === "postgres" ? `"${(ds.options as { schema: string }).schema}"."audit_records_offline"` : `"audit_records_offline"`;
      await ds.query(`ALTER TABLE ${offline} RENAME TO audit_records`);
    }
    const logged = fs.readFileSync(logFile, "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(expect.objectContaining({ level: "error", service: subgraph, msg: "audit record not written; response withheld" }));
    expect(res.body.errors?.some((e) => e.extensions?.code === "AUDIT_UNAVAILABLE")).toBe(true);
    const people = platform.world.people;
    const body = JSON.stringify(res.body);
    for (const p of people) expect(body).not.toContain(`"${p.familyName}"`);
    if (subgraph === "cases") expect(res.body.data?.cases ?? null).toBeNull();
    else expect(res.body.data!.cases!.edges.every((e) => e.node.subject?.familyName == null)).toBe(true);

    const again = await postGraphQL<CaseloadData>(platform.gatewayUrl, CASELOAD, {}, await platform.as("kirklees-channel-chair"));
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data!.cases!.edges[0]!.node.subject?.familyName).toBeTruthy();
    await expect(verifyChain(ds)).resolves.toMatchObject({ intact: true });
  });

  describe("the disclosure trail", () => {
    const TRAIL = /* GraphQL */ `
      query Trail($filter: DisclosureFilter, $first: Int, $after: String) {
        disclosures(filter: $filter, first: $first, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { cursor node { id subgraph seq action recordedAt requestId operationName userId agency { id name } roles purpose purposeCase entries { entityType entityId subjectId fields } hash } }
        }
      }
    `;
    interface TrailNode {
      id: string;
      subgraph: string;
      seq: number;
      recordedAt: string;
      requestId: string;
      userId: string;
      agency: { id: string; name: string };
      purpose: string | null;
      entries: { entityType: string; entityId: string; subjectId: string | null; fields: string[] }[];
    }
    interface TrailData {
      disclosures: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: TrailNode }[] } | null;
    }

    async function walk(filter: Record<string, unknown>, first: number): Promise<TrailNode[]> {
      const dpo = await platform.as("dpo-auditor", null);
      const nodes: TrailNode[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const res: GraphQLResponse<TrailData> = await postGraphQL<TrailData>(platform.gatewayUrl, TRAIL, { filter, first, after }, dpo);
        expect(res.body.errors).toBeUndefined();
        const page: NonNullable<TrailData["disclosures"]> = res.body.data!.disclosures!;
        nodes.push(...page.edges.map((e) => e.node));
        if (!page.pageInfo.hasNextPage) return nodes;
        after = page.pageInfo.endCursor;
      }
      throw new Error("the trail does not end");
    }

    it("answers the data protection officer by subject across subgraphs, newest first, page by page", async () => {
      const chair = { ...(await platform.as("kirklees-channel-chair", "case review")), "x-request-id": "acc-trail-1" };
      const shown = await postGraphQL<CaseloadData>(platform.gatewayUrl, CASELOAD, { first: 3 }, chair);
      const first = shown.body.data!.cases!.edges[0]!.node;
      const subjectId = platform.world.cases.find((c) => c.id === first.id)!.subjectId;

      const about = await walk({ subjectId }, 1);
      const mine = about.filter((n) => n.requestId === "acc-trail-1");
      expect(mine.map((n) => n.subgraph).sort()).toEqual(["cases", "people"]);
      for (const n of mine) {
        expect(n).toMatchObject({ userId: "kirklees-channel-chair", agency: { id: "kirklees", name: "Kirklees Council" }, purpose: "case review" });
        expect(n.entries.some((e) => e.subjectId === subjectId)).toBe(true);
      }
      // Newest first, and the same records whatever the page size.
      const times = about.map((n) => n.recordedAt);
      expect(times).toEqual([...times].sort().reverse());
      expect((await walk({ subjectId }, 50)).map((n) => n.id)).toEqual(about.map((n) => n.id));
    });

    it("filters by agency, user, purpose and time range", async () => {
      const oldham = { ...(await platform.as("oldham-channel-chair", "screening")), "x-request-id": "acc-trail-oldham" };
      const before = new Date(Date.now() - 1000).toISOString();
      await postGraphQL(platform.gatewayUrl, CASELOAD, { first: 2 }, oldham);
      const byAgency = await walk({ agencyId: "oldham", from: before }, 10);
      expect(byAgency.length).toBeGreaterThan(0);
      expect(byAgency.every((n) => n.agency.id === "oldham" && n.userId === "oldham-channel-chair")).toBe(true);
      expect((await walk({ userId: "oldham-channel-chair", purpose: "screening" }, 10)).map((n) => n.id)).toEqual(
        (await walk({ agencyId: "oldham", purpose: "SCREENING" }, 10)).map((n) => n.id),
      );
      expect(await walk({ agencyId: "oldham", to: before }, 10)).toEqual([]);
    });

    it("is the data protection officer's alone", async () => {
      for (const persona of ["kirklees-channel-chair", "board-member", "home-office-oversight"]) {
        const res = await postGraphQL<TrailData>(platform.gatewayUrl, TRAIL, {}, await platform.as(persona));
        expect([persona, res.body.data?.disclosures ?? null]).toEqual([persona, null]);
        expect(res.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
    });

    it("refuses bad input with the offending field named", async () => {
      const dpo = await platform.as("dpo-auditor", null);
      const cases: [Record<string, unknown>, string][] = [
        [{ first: 0 }, "first"],
        [{ first: 101 }, "first"],
        [{ after: "nope" }, "after"],
        [{ filter: { purpose: "idle curiosity" } }, "filter.purpose"],
        [{ filter: { from: "2024-01-02T00:00:00Z", to: "2024-01-01T00:00:00Z" } }, "filter.to"],
      ];
      for (const [variables, field] of cases) {
        const res = await postGraphQL(platform.gatewayUrl, TRAIL, variables, dpo);
        expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      }
    });
  });

  describe("subject access", () => {
    const poster = (headers: Record<string, string>) => async (query: string, variables: Record<string, unknown>) => (await postGraphQL(platform.gatewayUrl, query, variables, headers)).body;

    it("assembles everything held on a person across subgraphs, with the CT risk assessment marked withheld, and the disclosures about them", async () => {
      const world = platform.world;
      const status = world.immigrationStatuses.find((st) => world.cases.some((c) => c.subjectId === st.personId && c.ctRiskAssessment))!;
      expect(status).toBeDefined();
      const person = world.people.find((p) => p.id === status.personId)!;
      const theirCases = world.cases.filter((c) => c.subjectId === person.id);
      // Someone consults the person first, so there is a disclosure to report.
      const chairOf = theirCases[0]!.leadAgencyId === "oldham" ? "oldham-channel-chair" : "kirklees-channel-chair";
      await postGraphQL(platform.gatewayUrl, `{ person(id: "${person.id}") { givenName } }`, {}, { ...(await platform.as(chairOf)), "x-request-id": "acc-before-sar" });

      const dpo = { authorization: `Bearer ${await platform.tokenFor("dpo-auditor")}`, "x-purpose": subjectAccessPurpose(person.id), "x-request-id": "acc-sar" };
      const report = await assembleSubjectAccess(poster(dpo), person.id);
      const p = report.person as Record<string, unknown> & { cases: Record<string, unknown>[]; immigrationStatus: { status: string } };
      expect(p).toMatchObject({ id: person.id, givenName: person.givenName, familyName: person.familyName, dateOfBirth: person.dateOfBirth, gender: person.gender, postcode: person.postcode, town: person.town });
      expect(p.immigrationStatus.status).toBe(status.status);
      expect(p.cases.map((c) => c.id).sort()).toEqual(theirCases.map((c) => c.id).sort());
      for (const c of theirCases) {
        const got = p.cases.find((x) => x.id === c.id)! as Record<string, unknown> & { immigrationQueries: { id: string }[] };
        expect(got).toMatchObject({ reference: c.reference, typeOfConcern: c.typeOfConcern, stage: c.stage });
        expect(got.ctRiskAssessment).toMatchObject({ withheld: true, category: "restricted.ctRisk", basis: expect.stringMatching(/national security/) });
        expect(got.healthInformation === null).toBe(c.healthInformation === null);
        expect(got.ddpConditions === null).toBe(c.ddpConditions === null);
        expect(got.immigrationQueries.map((q) => q.id).sort()).toEqual(world.immigrationQueries.filter((q) => q.caseId === c.id).map((q) => q.id).sort());
      }
      expect(report.withheld.map((w) => w.category)).toEqual(theirCases.map(() => "restricted.ctRisk"));
      const requests = new Set(report.disclosures.map((d) => d.requestId));
      expect(requests.has("acc-before-sar")).toBe(true);
      expect(requests.has("acc-sar")).toBe(true);
      // Nothing about anyone else.
      const others = world.people.filter((o) => o.id !== person.id && o.familyName !== person.familyName);
      const json = JSON.stringify(report);
      for (const o of others) expect(json).not.toContain(`"${o.familyName}"`);
    });

    it("opens nothing without the person named, nor for anyone but a data protection officer", async () => {
      const person = platform.world.people[0]!;
      const unnamed = await postGraphQL(platform.gatewayUrl, `{ person(id: "${person.id}") { givenName } }`, {}, await platform.as("dpo-auditor", "subject access"));
      expect(unnamed.body.data).toEqual({ person: null });
      const notDpo = await postGraphQL(platform.gatewayUrl, `{ person(id: "${person.id}") { givenName } }`, {}, await platform.as("board-member", subjectAccessPurpose(person.id)));
      expect(notDpo.body.data).toEqual({ person: null });
    });
  });
});
