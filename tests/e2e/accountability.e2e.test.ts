import type { SubgraphName } from "../../common/config";
import { AuditRecord } from "../../subgraphs/kit/audit/audit.entity";
import type { AuditEntry } from "../../subgraphs/kit/audit/chain";
import { verifyChain } from "../../subgraphs/kit/audit/verify";
import { testDatabases } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type TestPlatform } from "../fixtures/platform";

const CASELOAD = /* GraphQL */ `
  query Caseload($first: Int = 5) {
    cases(first: $first) { edges { node { id reference stage subject { givenName familyName } } } }
  }
`;

interface CaseloadData {
  cases: { edges: { node: { id: string; reference: string | null; subject: { givenName: string | null; familyName: string | null } | null } }[] } | null;
}

describe.each(testDatabases())("accountability on $label", ({ label, create }) => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(create(), { cases: 150 });
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
});
