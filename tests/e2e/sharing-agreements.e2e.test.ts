import type { SeedCase } from "../../seed/world";
import { testDatabases } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type GraphQLResponse, type TestPlatform } from "../fixtures/platform";

const SCHOOL = "kirklees-valley-academy";
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateSharingAgreementInput!) {
    createSharingAgreement(input: $input) { id title categories validFrom validTo active parties { id } createdBy }
  }
`;
const END = /* GraphQL */ `
  mutation End($id: ID!, $reason: String!) { endSharingAgreement(id: $id, reason: $reason) { id active endedAt endReason } }
`;
const CASE = /* GraphQL */ `
  query One($id: ID!) { case(id: $id) { id reference subject { givenName familyName } vulnerabilityAssessment { assessedAt } typeOfConcern ctRiskAssessment { level } } }
`;

type CaseView = {
  case: { id: string; reference: string; subject: { givenName: string; familyName: string } | null; vulnerabilityAssessment: unknown; typeOfConcern: unknown; ctRiskAssessment: unknown } | null;
};

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const forbiddenPaths = (res: GraphQLResponse<CaseView>) => (res.body.errors ?? []).filter((e) => e.extensions?.code === "FORBIDDEN").map((e) => e.path?.join("."));

describe.each(testDatabases())("information-sharing agreements on $label", ({ create }) => {
  let platform: TestPlatform;
  /** A Kirklees-led case with a VAF that the school has no relationship to. */
  let target: SeedCase;

  beforeAll(async () => {
    // A one-second refresh keeps the test short; the default is 30 s, never more than 60 s.
    platform = await startTestPlatform(create(), { cases: 200, env: { POLICY_REFRESH_SECONDS: "1" } });
    target = platform.world.cases.find(
      (c) => c.leadAgencyId === "kirklees" && c.vulnerabilityAssessment && c.referringAgencyId !== SCHOOL && !c.panelMemberAgencyIds.includes(SCHOOL),
    )!;
    expect(target).toBeDefined();
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  const asSchool = async (id: string) => postGraphQL<CaseView>(platform.gatewayUrl, CASE, { id }, await platform.as("school-safeguarding-lead"));

  it("widens a party's view within the refresh window, for what the agreement names only, and narrows it again when ended", async () => {
    const before = await asSchool(target.id);
    expect(before.body.data).toEqual({ case: null });
    expect(before.body.errors).toBeUndefined();

    const created = await postGraphQL<{ createSharingAgreement: { id: string; active: boolean; parties: { id: string }[]; createdBy: string } }>(
      platform.gatewayUrl,
      CREATE,
      {
        input: {
          title: "Kirklees Valley Academy safeguarding information sharing",
          legalBasis: "Education Act 2002 s.175; Counter-Terrorism and Security Act 2015 s.26",
          partyAgencyIds: ["kirklees", SCHOOL],
          categories: ["PERSONAL", "SPECIAL_VAF"],
          validFrom: "2018-01-01",
        },
      },
      await platform.as("kirklees-channel-chair"),
    );
    expect(created.body.errors).toBeUndefined();
    const agreement = created.body.data!.createSharingAgreement;
    expect(agreement).toMatchObject({ active: true, parties: [{ id: "kirklees" }, { id: SCHOOL }], createdBy: "kirklees-channel-chair" });

    const during = await eventually(() => asSchool(target.id), (r) => r.body.data?.case !== null);
    const subject = platform.world.people.find((p) => p.id === target.subjectId)!;
    expect(during.body.data?.case).toMatchObject({ id: target.id, reference: target.reference, subject: { givenName: subject.givenName, familyName: subject.familyName } });
    expect(during.body.data?.case?.vulnerabilityAssessment).not.toBeNull();
    // Named by the agreement: identity and VAF. Not named: the ideology; never by agreement: CT risk.
    expect(forbiddenPaths(during).sort()).toEqual(["case.ctRiskAssessment", "case.typeOfConcern"]);

    const ended = await postGraphQL<{ endSharingAgreement: { active: boolean; endReason: string } }>(
      platform.gatewayUrl,
      END,
      { id: agreement.id, reason: "Pilot concluded." },
      await platform.as("kirklees-channel-chair"),
    );
    expect(ended.body.data?.endSharingAgreement).toMatchObject({ active: false, endReason: "Pilot concluded." });
    const after = await eventually(() => asSchool(target.id), (r) => r.body.data?.case === null);
    expect(after.body.data).toEqual({ case: null });

    const again = await postGraphQL(platform.gatewayUrl, END, { id: agreement.id, reason: "Twice." }, await platform.as("kirklees-channel-chair"));
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("lists agreements as reference data, with the seeded ones active or not", async () => {
    const res = await postGraphQL<{ sharingAgreements: { id: string; active: boolean }[] }>(
      platform.gatewayUrl,
      '{ sharingAgreements(agencyId: "kirklees") { id active } all: sharingAgreements(activeOnly: true) { id } }',
      {},
      await platform.as("board-member"),
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.sharingAgreements).toContainEqual({ id: "isa-kirklees-childrens-services", active: true });
    const all = (res.body.data as unknown as { all: { id: string }[] }).all.map((a) => a.id);
    expect(all).toContain("isa-kirklees-childrens-services");
    expect(all).not.toContain("isa-oldham-early-help-pilot");
  });

  const input = (overrides: Record<string, unknown>) => ({
    title: "Test agreement",
    legalBasis: "Counter-Terrorism and Security Act 2015 s.38",
    partyAgencyIds: ["kirklees", SCHOOL],
    categories: ["PERSONAL"],
    validFrom: "2020-01-01",
    ...overrides,
  });

  it.each([
    ["one party only", { partyAgencyIds: ["kirklees", "kirklees"] }, "input.partyAgencyIds"],
    ["an unknown agency", { partyAgencyIds: ["kirklees", "hogwarts"] }, "input.partyAgencyIds"],
    ["no categories", { categories: [] }, "input.categories"],
    ["no PERSONAL", { categories: ["SPECIAL_VAF"] }, "input.categories"],
    ["an end before the start", { validTo: "2019-12-31" }, "input.validTo"],
    ["a blank title", { title: "  " }, "input.title"],
  ])("refuses %s with BAD_USER_INPUT naming the field", async (_, overrides, field) => {
    const res = await postGraphQL(platform.gatewayUrl, CREATE, { input: input(overrides) }, await platform.as("kirklees-channel-chair"));
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("refuses restricted data at the schema: it is not an agreement category", async () => {
    const res = await postGraphQL(platform.gatewayUrl, CREATE, { input: input({ categories: ["PERSONAL", "RESTRICTED_CT_RISK"] }) }, await platform.as("kirklees-channel-chair"));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lets only a coordinator of a party, or a data protection officer, manage agreements", async () => {
    const chairOnly = await postGraphQL(platform.gatewayUrl, CREATE, { input: input({}) }, await platform.as("oldham-channel-chair"));
    expect(chairOnly.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const notAParty = await postGraphQL(platform.gatewayUrl, CREATE, { input: input({ partyAgencyIds: ["oldham", "oldham-childrens-services"] }) }, await platform.as("kirklees-channel-chair"));
    expect(notAParty.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const board = await postGraphQL(platform.gatewayUrl, CREATE, { input: input({}) }, await platform.as("board-member"));
    expect(board.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const dpo = await postGraphQL<{ endSharingAgreement: { active: boolean } }>(
      platform.gatewayUrl,
      END,
      { id: "isa-oldham-early-help-pilot", reason: "Closed by the data protection officer." },
      await platform.as("dpo-auditor"),
    );
    expect(dpo.body.errors).toBeUndefined();
    expect(dpo.body.data?.endSharingAgreement.active).toBe(false);
  });
});
