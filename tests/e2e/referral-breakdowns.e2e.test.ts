import { AuditRecord } from "../../subgraphs/kit/audit/audit.entity";
import type { AuditEntry } from "../../subgraphs/kit/audit/chain";
import { sqliteTestDatabase } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type TestPlatform } from "../fixtures/platform";

/**
 * The referral form's new fields (issue 16): the 2024/25 breakdowns collected at referral, through
 * the gateway as the web app sends them. Ethnicity and a mental-health concern are taken at
 * referral (special category, recorded as collected); consent to Channel support is the panel's
 * question, so the referral input has no such field.
 */
describe("the 2024/25 breakdowns at referral", () => {
  let platform: TestPlatform;
  const CHAIR = "oldham-channel-chair";
  const REFER = "mutation Refer($input: ReferCaseInput!) { referCase(input: $input) { id ethnicity mentalHealthConcern consentToSupport } }";
  const referral = (overrides: Record<string, unknown> = {}) => ({
    leadAgencyId: "oldham",
    programme: "CHANNEL",
    typeOfConcern: "EXTREME_RIGHT_WING",
    referringSector: "EDUCATION",
    newSubject: { givenName: "Casey", familyName: "Breakmoor", dateOfBirth: "2008-02-02", gender: "FEMALE", postcode: "OL1 9ZZ", town: "Oldham" },
    ...overrides,
  });

  beforeAll(async () => {
    platform = await startTestPlatform(sqliteTestDatabase(), { cases: 20, env: { LOG_LEVEL: "silent" } });
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  const refer = async (input: Record<string, unknown>, requestId: string) =>
    postGraphQL<{ referCase: { id: string; ethnicity: string; mentalHealthConcern: string; consentToSupport: string } | null }>(platform.gatewayUrl, REFER, { input }, {
      ...(await platform.as(CHAIR, "case review")),
      "x-request-id": requestId,
    });

  it("stores what the referrer knows and records both fields as collected", async () => {
    const res = await refer(referral({ ethnicity: "MIXED_OR_MULTIPLE", mentalHealthConcern: "YES" }), "refer-breakdowns");
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.referCase).toMatchObject({ ethnicity: "MIXED_OR_MULTIPLE", mentalHealthConcern: "YES", consentToSupport: "NOT_KNOWN" });
    const [record] = await platform.databases.cases.dataSource.getRepository(AuditRecord).find({ where: { requestId: "refer-breakdowns", action: "COLLECTION" } });
    const fields = (JSON.parse(record!.entries) as AuditEntry[]).flatMap((e) => e.fields);
    expect(fields).toEqual(expect.arrayContaining(["Case.ethnicity", "Case.mentalHealthConcern"]));
  });

  it("records NOT_KNOWN when the referrer leaves them out, and does not claim to have collected them", async () => {
    const res = await refer(referral(), "refer-no-breakdowns");
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.referCase).toMatchObject({ ethnicity: "NOT_KNOWN", mentalHealthConcern: "NOT_KNOWN" });
    const [record] = await platform.databases.cases.dataSource.getRepository(AuditRecord).find({ where: { requestId: "refer-no-breakdowns", action: "COLLECTION" } });
    const fields = (JSON.parse(record!.entries) as AuditEntry[]).flatMap((e) => e.fields);
    expect(fields).not.toContain("Case.ethnicity");
    expect(fields).not.toContain("Case.mentalHealthConcern");
  });

  it("refuses a value outside the release's groups, and consent at referral, with a stable code", async () => {
    const bad = await refer(referral({ ethnicity: "SCOTTISH" }), "refer-bad-ethnicity");
    expect(bad.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.body.data?.referCase ?? null).toBeNull();
    const consent = await refer(referral({ consentToSupport: "GIVEN" }), "refer-consent");
    expect(consent.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(consent.body.errors?.[0]?.message).toMatch(/consentToSupport/);
  });
});
