import { PractitionerRole } from "../../common/domain";
import { AuditRecord } from "../../subgraphs/kit/audit/audit.entity";
import { testDatabases } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type GraphQLResponse, type TestPlatform } from "../fixtures/platform";

const RAISE = "mutation Raise($c: ID!, $q: String!) { raiseImmigrationQuestion(caseId: $c, question: $q) { id status question contact { id region } case { id } subject { id } } }";
const ANSWER = "mutation Answer($q: ID!, $s: ImmigrationStatusKind!, $a: String!) { answerImmigrationQuestion(queryId: $q, status: $s, answer: $a) { id status answer answeredAt } }";
const WITHDRAW = "mutation Withdraw($q: ID!) { withdrawImmigrationQuestion(queryId: $q) { id status } }";
const SAVE = "mutation Save($input: ImmigrationContactInput!) { saveImmigrationContact(input: $input) { id name region email agency { id } } }";
const STATUS = "query S($id: ID!) { person(id: $id) { immigrationStatus { status } } }";

type Data = Record<string, Record<string, unknown> | null>;

const CHAIR = "oldham-channel-chair";
const SPOC = "immigration-spoc-north";
const OTHER_SPOC = { id: "immigration-spoc-test-south", agencyId: "immigration-enforcement", roles: [PractitionerRole.IMMIGRATION_SPOC] };

describe.each(testDatabases())("immigration questions through the gateway on $label", ({ create }) => {
  let platform: TestPlatform;
  let caseId: string;
  let subjectId: string;

  beforeAll(async () => {
    platform = await startTestPlatform(create(), { cases: 120 });
    const c = platform.world.cases.find((x) => x.leadAgencyId === "oldham" && x.stage === "PANEL")!;
    caseId = c.id;
    subjectId = c.subjectId;
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  const run = async (persona: string | typeof OTHER_SPOC, query: string, variables: Record<string, unknown>, purpose: string | null = "immigration query"): Promise<GraphQLResponse<Data>> =>
    postGraphQL<Data>(platform.gatewayUrl, query, variables, await platform.as(persona, purpose));
  const code = (res: GraphQLResponse<Data>) => res.body.errors?.[0]?.extensions?.code;

  it("is raised by the chair to the region's SPOC, answered by that SPOC, and the status shows to them alone", async () => {
    const raised = await run(CHAIR, RAISE, { c: caseId, q: "Please confirm the subject's current immigration status." });
    expect(raised.body.errors).toBeUndefined();
    const q = raised.body.data!.raiseImmigrationQuestion!;
    expect(q).toMatchObject({ status: "OPEN", contact: { id: "spoc-north-west", region: "NORTH_WEST" }, case: { id: caseId }, subject: { id: subjectId } });

    const answered = await run(SPOC, ANSWER, { q: q.id, s: "LIMITED_LEAVE", a: "Limited leave to remain, valid." });
    expect(answered.body.errors).toBeUndefined();
    expect(answered.body.data!.answerImmigrationQuestion).toMatchObject({ status: "ANSWERED", answer: "Limited leave to remain, valid." });

    const chairSees = await run(CHAIR, STATUS, { id: subjectId });
    expect(chairSees.body.data).toEqual({ person: { immigrationStatus: { status: "LIMITED_LEAVE" } } });
    const ctSees = await run("ctp-north-west-officer", STATUS, { id: subjectId }, "case review");
    expect(ctSees.body.data?.person).toEqual({ immigrationStatus: null });
    expect(code(ctSees)).toBe("FORBIDDEN");

    const again = await run(SPOC, ANSWER, { q: q.id, s: "SETTLED", a: "A second answer." });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "queryId" });

    const records = await platform.databases["immigration-contacts"].dataSource.getRepository(AuditRecord).find();
    expect(records.filter((r) => r.action === "COLLECTION" && r.entries.includes(q.id as string) && r.userSub === CHAIR)).toHaveLength(1);
    expect(records.filter((r) => r.action === "ALTERATION" && r.entries.includes(q.id as string) && r.userSub === SPOC)).toHaveLength(1);
  });

  it("can be withdrawn by the raising authority while open, and then no longer answered", async () => {
    const q = (await run(CHAIR, RAISE, { c: caseId, q: "Has the subject's leave been curtailed?" })).body.data!.raiseImmigrationQuestion!;
    expect(code(await run(SPOC, WITHDRAW, { q: q.id }))).toBe("FORBIDDEN");
    const withdrawn = await run(CHAIR, WITHDRAW, { q: q.id });
    expect(withdrawn.body.data!.withdrawImmigrationQuestion).toMatchObject({ status: "WITHDRAWN" });
    expect((await run(SPOC, ANSWER, { q: q.id, s: "SETTLED", a: "Too late." })).body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "queryId" });
  });

  it.each([
    ["a question too short", () => [CHAIR, RAISE, { c: caseId, q: "Status?" }], "BAD_USER_INPUT", "question"],
    ["a case that does not exist", () => [CHAIR, RAISE, { c: "00000000-0000-4000-8000-000000000000", q: "Please confirm the status." }], "NOT_FOUND", undefined],
    ["a case another authority leads", () => [CHAIR, RAISE, { c: platform.world.cases.find((x) => x.leadAgencyId === "kirklees")!.id, q: "Please confirm the status." }], "NOT_FOUND", undefined],
    ["a school asking", () => ["school-safeguarding-lead", RAISE, { c: caseId, q: "Please confirm the status." }], "FORBIDDEN", undefined],
    ["CT policing answering", () => ["ctp-north-west-officer", ANSWER, { q: platform.world.immigrationQueries[0]!.id, s: "SETTLED", a: "Not ours." }], "FORBIDDEN", undefined],
    ["a SPOC who was not asked", () => [OTHER_SPOC, ANSWER, { q: platform.world.immigrationQueries.find((x) => x.status === "OPEN")!.id, s: "SETTLED", a: "Not mine." }], "NOT_FOUND", undefined],
    ["no purpose", () => [CHAIR, RAISE, { c: caseId, q: "Please confirm the status." }, null], "PURPOSE_REQUIRED", undefined],
  ] as [string, () => [string | typeof OTHER_SPOC, string, Record<string, unknown>, (string | null)?], string, string | undefined][])("refuses %s", async (_, attempt, expected, field) => {
    const [persona, query, variables, purpose] = attempt();
    const res = await run(persona, query, variables, purpose === undefined ? "immigration query" : purpose);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: expected, ...(field ? { field } : {}) });
  });

  it("keeps the SPOC directory in immigration enforcement's hands", async () => {
    const input = { name: "Robin Vexley", region: "WALES", email: "robin.vexley@immigration.example", phone: "01632 960123" };
    const saved = await run(SPOC, SAVE, { input }, null);
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data!.saveImmigrationContact).toMatchObject({ name: "Robin Vexley", region: "WALES", agency: { id: "immigration-enforcement" } });
    const listed = await run(CHAIR, "{ immigrationContacts(region: WALES) { name } }", {}, null);
    expect((listed.body.data!.immigrationContacts as unknown as { name: string }[]).map((c) => c.name)).toContain("Robin Vexley");
    expect((await run(SPOC, SAVE, { input: { ...input, email: "not an address" } }, null)).body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.email" });
    expect(code(await run(CHAIR, SAVE, { input }, null))).toBe("FORBIDDEN");
  });
});
