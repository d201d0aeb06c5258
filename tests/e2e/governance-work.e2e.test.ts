import { AuditRecord } from "../../subgraphs/kit/audit/audit.entity";
import { testDatabases } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type GraphQLResponse, type TestPlatform } from "../fixtures/platform";

type Data = Record<string, unknown>;

const MEETING = "mutation M($input: BoardMeetingInput!) { recordBoardMeeting(input: $input) { id heldOn title attendees { id } } }";
const DECISION = "mutation D($input: BoardDecisionInput!) { recordBoardDecision(input: $input) { id summary status dueOn owner { id } } }";
const STATUS = "mutation S($id: ID!, $s: DecisionStatus!) { setBoardDecisionStatus(decisionId: $id, status: $s) { id status } }";
const MOVE = "mutation P($a: ID!, $p: ID!, $d: LocalDate!) { moveAuthorityToPhase(agencyId: $a, phaseId: $p, joinedOn: $d) { joinedOn agency { id } } }";
const REVIEW = "mutation Q($input: QualityAssuranceReviewInput!) { recordQualityAssuranceReview(input: $input) { id sampleSize accessFrom accessTo agency { id } reviewer { id } } }";
const SELF = "mutation A($input: SelfAssessmentInput!) { submitSelfAssessment(input: $input) { id period standardsMet agency { id } } }";

const BOARD = "board-member";
const OVERSIGHT = "home-office-oversight";
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe.each(testDatabases())("governance records through the gateway on $label", ({ create }) => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(create(), { cases: 120, env: { POLICY_REFRESH_SECONDS: "1" } });
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  const run = async (persona: string, query: string, variables: Record<string, unknown> = {}, purpose: string | null = null): Promise<GraphQLResponse<Data>> =>
    postGraphQL<Data>(platform.gatewayUrl, query, variables, await platform.as(persona, purpose));
  const error = (res: GraphQLResponse<Data>) => res.body.errors?.[0]?.extensions;

  it("records a board meeting, its decisions and their progress", async () => {
    const meeting = await run(BOARD, MEETING, { input: { boardId: "dovetail-governance-board", heldOn: day(0), title: "Rollout assurance", attendeeAgencyIds: ["home-office-prevent", "kirklees"] } });
    expect(meeting.body.errors).toBeUndefined();
    const m = meeting.body.data!.recordBoardMeeting as { id: string };
    const decision = await run(BOARD, DECISION, { input: { meetingId: m.id, summary: "Share QA findings with pilot sites.", ownerAgencyId: "home-office-prevent", dueOn: day(30) } });
    expect(decision.body.data!.recordBoardDecision).toMatchObject({ status: "OPEN", owner: { id: "home-office-prevent" } });
    const d = decision.body.data!.recordBoardDecision as { id: string };
    expect((await run(BOARD, STATUS, { id: d.id, s: "COMPLETED" })).body.data!.setBoardDecisionStatus).toMatchObject({ status: "COMPLETED" });
    expect(error(await run(BOARD, STATUS, { id: d.id, s: "CANCELLED" }))).toMatchObject({ code: "BAD_USER_INPUT", field: "decisionId" });
    const board = await run("kirklees-channel-chair", '{ governanceBoard(id: "dovetail-governance-board") { meetings { id decisions { id status } } } }');
    const meetings = (board.body.data!.governanceBoard as { meetings: { id: string; decisions: { id: string; status: string }[] }[] }).meetings;
    expect(meetings.find((x) => x.id === m.id)!.decisions).toEqual([{ id: d.id, status: "COMPLETED" }]);
    const records = await platform.databases["governance-boards"].dataSource.getRepository(AuditRecord).find();
    expect(records.filter((r) => r.userSub === BOARD).map((r) => r.action).sort()).toEqual(["ALTERATION", "COLLECTION", "COLLECTION"]);
  });

  it("moves an authority on to a later rollout phase, never back", async () => {
    const moved = await run(OVERSIGHT, MOVE, { a: "bolton", p: "remaining-regions-2020", d: day(0) });
    expect(moved.body.errors).toBeUndefined();
    expect(moved.body.data!.moveAuthorityToPhase).toMatchObject({ agency: { id: "bolton" }, joinedOn: day(0) });
    const phases = await run(BOARD, '{ rolloutPhases { id agencies { id } } }');
    const byPhase = new Map((phases.body.data!.rolloutPhases as { id: string; agencies: { id: string }[] }[]).map((p) => [p.id, p.agencies.map((a) => a.id)]));
    expect(byPhase.get("remaining-regions-2020")).toContain("bolton");
    expect(byPhase.get("north-west-2018")).not.toContain("bolton");
    expect(error(await run(OVERSIGHT, MOVE, { a: "bolton", p: "pilot-2018", d: "2018-06-01" }))).toMatchObject({ code: "BAD_USER_INPUT", field: "phaseId" });
  });

  it("lets a quality-assurance reviewer read the sampled cases, within the window, under that purpose only", async () => {
    const recorded = await run(OVERSIGHT, REVIEW, {
      input: { phaseId: "pilot-2018", agencyId: "kirklees", reviewedOn: day(0), rating: "GOOD", summary: "Thorough case recording.", sampleSize: 3, accessFrom: day(-1), accessTo: day(30) },
    });
    expect(recorded.body.errors).toBeUndefined();
    expect(recorded.body.data!.recordQualityAssuranceReview).toMatchObject({ sampleSize: 3, agency: { id: "kirklees" }, reviewer: { id: "home-office-prevent" } });

    const LIST = "{ cases(first: 100) { edges { node { id leadAgency { id } typeOfConcern subject { givenName } ctRiskAssessment { level } } } } }";
    type Listed = { cases: { edges: { node: { id: string; leadAgency: { id: string }; subject: { givenName: string } | null } }[] } };
    let sampled: Listed["cases"]["edges"] = [];
    for (let i = 0; i < 30 && sampled.length === 0; i++) {
      sampled = ((await run(OVERSIGHT, LIST, {}, "quality assurance")).body.data as unknown as Listed).cases.edges;
      if (sampled.length === 0) await new Promise((r) => setTimeout(r, 200));
    }
    expect(sampled).toHaveLength(3);
    expect(sampled.every((e) => e.node.leadAgency.id === "kirklees" && e.node.subject?.givenName)).toBe(true);
    const withRisk = await run(OVERSIGHT, LIST, {}, "quality assurance");
    expect(new Set(withRisk.body.errors?.map((e) => e.path?.at(-1)))).toEqual(new Set(["ctRiskAssessment"]));
    const otherPurpose = (await run(OVERSIGHT, LIST, {}, "case review")).body.data as unknown as Listed;
    expect(otherPurpose.cases.edges).toEqual([]);

    // A review whose window has passed opens nothing.
    const past = await run(OVERSIGHT, REVIEW, {
      input: { phaseId: "pilot-2018", agencyId: "oldham", reviewedOn: "2020-02-01", rating: "GOOD", summary: "Historic review.", sampleSize: 2, accessFrom: "2020-01-01", accessTo: "2020-01-31" },
    });
    expect(past.body.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1_100));
    const after = ((await run(OVERSIGHT, LIST, {}, "quality assurance")).body.data as unknown as Listed).cases.edges;
    expect(after.every((e) => e.node.leadAgency.id === "kirklees")).toBe(true);
  });

  it("takes each authority's own self-assessment, once per period", async () => {
    const input = { period: "2021/22", standardsMet: 12, standardsTotal: 15, rating: "GOOD", summary: "Standards largely met." };
    const sent = await run("kirklees-channel-chair", SELF, { input });
    expect(sent.body.data!.submitSelfAssessment).toMatchObject({ period: "2021/22", agency: { id: "kirklees" } });
    expect(error(await run("kirklees-channel-chair", SELF, { input }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.period" });
  });

  it.each([
    ["a meeting with an unknown attendee", BOARD, MEETING, { input: { boardId: "dovetail-governance-board", heldOn: day(0), title: "Meeting", attendeeAgencyIds: ["atlantis"] } }, "input.attendeeAgencyIds"],
    ["a meeting of no board", BOARD, MEETING, { input: { boardId: "no-board", heldOn: day(0), title: "Meeting", attendeeAgencyIds: ["kirklees"] } }, "input.boardId"],
    ["a decision due before its meeting", BOARD, DECISION, { input: { meetingId: "__first__", summary: "Late.", ownerAgencyId: "kirklees", dueOn: "2000-01-01" } }, "input.dueOn"],
    ["a phase for a police force", OVERSIGHT, MOVE, { a: "greater-manchester-police", p: "remaining-regions-2020", d: day(0) }, "agencyId"],
    ["a join date outside the phase", OVERSIGHT, MOVE, { a: "bolton", p: "north-west-2018", d: "2000-01-01" }, "joinedOn"],
    ["a review window over 90 days", OVERSIGHT, REVIEW, { input: { phaseId: "pilot-2018", agencyId: "kirklees", reviewedOn: day(0), rating: "GOOD", summary: "Too long.", sampleSize: 2, accessFrom: day(0), accessTo: day(120) } }, "input.accessTo"],
    ["an empty sample", OVERSIGHT, REVIEW, { input: { phaseId: "pilot-2018", agencyId: "kirklees", reviewedOn: day(0), rating: "GOOD", summary: "None.", sampleSize: 0, accessFrom: day(0), accessTo: day(5) } }, "input.sampleSize"],
    ["a period that is not a financial year", "oldham-channel-chair", SELF, { input: { period: "2021/23", standardsMet: 1, standardsTotal: 2, rating: "GOOD", summary: "Odd." } }, "input.period"],
    ["more standards met than exist", "oldham-channel-chair", SELF, { input: { period: "2022/23", standardsMet: 3, standardsTotal: 2, rating: "GOOD", summary: "Too many." } }, "input.standardsMet"],
  ])("refuses %s with BAD_USER_INPUT", async (_, persona, mutation, variables, field) => {
    let vars = variables as Record<string, unknown>;
    if (JSON.stringify(vars).includes("__first__")) vars = { input: { ...(vars.input as object), meetingId: platform.world.boards[0]!.meetings[0]!.id } };
    expect(error(await run(persona, mutation, vars))).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it.each([
    ["a chair recording board business", "kirklees-channel-chair", MEETING, { input: { boardId: "dovetail-governance-board", heldOn: day(0), title: "Meeting", attendeeAgencyIds: ["kirklees"] } }],
    ["a chair recording a board decision", "kirklees-channel-chair", DECISION, { input: { meetingId: "m", summary: "Mine.", ownerAgencyId: "kirklees", dueOn: day(1) } }],
    ["oversight closing a board decision", OVERSIGHT, STATUS, { id: "d", s: "COMPLETED" }],
    ["a board member moving phases", BOARD, MOVE, { a: "bolton", p: "remaining-regions-2020", d: day(0) }],
    ["a chair recording a QA review", "kirklees-channel-chair", REVIEW, { input: { phaseId: "pilot-2018", agencyId: "kirklees", reviewedOn: day(0), rating: "GOOD", summary: "Mine.", sampleSize: 1, accessFrom: day(0), accessTo: day(5) } }],
    ["CT policing returning a self-assessment", "ctp-north-west-officer", SELF, { input: { period: "2022/23", standardsMet: 1, standardsTotal: 2, rating: "GOOD", summary: "Not ours." } }],
  ])("refuses %s", async (_, persona, mutation, variables) => {
    expect(error(await run(persona, mutation, variables as Record<string, unknown>))?.code).toBe("FORBIDDEN");
  });
});
