import { Case } from "../../subgraphs/cases/entities/case.entity";
import { AuditRecord } from "../../subgraphs/kit/audit/audit.entity";
import type { AuditEntry } from "../../subgraphs/kit/audit/chain";
import { verifyChain } from "../../subgraphs/kit/audit/verify";
import { testDatabases } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type GraphQLResponse, type TestPlatform } from "../fixtures/platform";

const CASE_FIELDS = "id reference stage version outcome leadAgency { id } referringAgency { id } panelMembers { id } subject { id givenName }";

interface CaseView {
  id: string;
  reference: string;
  stage: string;
  version: number;
  outcome: string | null;
  leadAgency: { id: string };
  referringAgency: { id: string };
  panelMembers: { id: string }[];
  subject: { id: string; givenName: string | null } | null;
}

type Result = GraphQLResponse<Record<string, CaseView | null>>;

const CHAIR = "oldham-channel-chair";
const CT = "ctp-north-west-officer";

const newSubject = (givenName: string, dateOfBirth = "2009-06-15") => ({ givenName, familyName: "Testmoor", dateOfBirth, gender: "MALE", postcode: "OL1 9ZZ", town: "Oldham" });

describe.each(testDatabases())("case work through the gateway on $label", ({ create }) => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(create(), { cases: 40 });
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  async function run(persona: string, mutation: string, variables: Record<string, unknown>, purpose: string | null = "case review", requestId?: string): Promise<Result> {
    const headers = { ...(await platform.as(persona, purpose)), ...(requestId ? { "x-request-id": requestId } : {}) };
    return postGraphQL(platform.gatewayUrl, mutation, variables, headers);
  }

  const ok = (res: Result, field: string): CaseView => {
    expect([field, res.body.errors]).toEqual([field, undefined]);
    return res.body.data![field]!;
  };

  const REFER = `mutation Refer($input: ReferCaseInput!) { referCase(input: $input) { ${CASE_FIELDS} } }`;
  const ACCEPT = `mutation Accept($id: ID!, $v: Int!) { acceptForScreening(caseId: $id, version: $v) { ${CASE_FIELDS} } }`;
  const SCREEN = `mutation Screen($input: ScreeningDecisionInput!) { recordScreeningDecision(input: $input) { ${CASE_FIELDS} } }`;
  const ADD = `mutation Add($id: ID!, $v: Int!, $a: ID!) { addPanelMember(caseId: $id, version: $v, agencyId: $a) { ${CASE_FIELDS} } }`;
  const REMOVE = `mutation Remove($id: ID!, $v: Int!, $a: ID!) { removePanelMember(caseId: $id, version: $v, agencyId: $a) { ${CASE_FIELDS} } }`;
  const VAF = `mutation Vaf($input: VulnerabilityAssessmentInput!) { recordVulnerabilityAssessment(input: $input) { ${CASE_FIELDS} vulnerabilityAssessment { factors { code rating } } } }`;
  const PLAN = `mutation Plan($input: SupportPlanInput!) { agreeSupportPlan(input: $input) { ${CASE_FIELDS} supportPlan { consentGiven parentalConsent interventions { kind } } reviews { kind dueOn heldOn } } }`;
  const REVIEW = `mutation Review($input: ReviewInput!) { recordReview(input: $input) { ${CASE_FIELDS} reviews { kind heldOn } } }`;
  const CLOSE = `mutation Close($id: ID!, $v: Int!, $o: CaseOutcome!) { closeCase(caseId: $id, version: $v, outcome: $o) { ${CASE_FIELDS} closedAt } }`;
  const TRANSFER = `mutation Transfer($id: ID!, $v: Int!, $to: ID!, $r: String!) { transferCase(caseId: $id, version: $v, toAgencyId: $to, reason: $r) { ${CASE_FIELDS} } }`;
  const DDP = `mutation Ddp($input: DdpConditionsInput!) { setDdpConditions(input: $input) { ${CASE_FIELDS} ddpConditions { conditionType mappaLevel managingAgency { id } } } }`;

  const referral = (overrides: Record<string, unknown> = {}) => ({
    leadAgencyId: "oldham",
    programme: "CHANNEL",
    typeOfConcern: "EXTREME_RIGHT_WING",
    referringSector: "LOCAL_AUTHORITY",
    newSubject: newSubject("Walker"),
    ...overrides,
  });
  const today = new Date().toISOString().slice(0, 10);
  const factors = [
    { domain: "ENGAGEMENT", code: "need-for-belonging", rating: "MODERATE", note: "Seeks a peer group online." },
    { domain: "INTENT", code: "them-and-us-thinking", rating: "LOW", note: "Occasional remarks." },
    { domain: "CAPABILITY", code: "individual-knowledge-skills", rating: "NOT_PRESENT", note: "None found." },
  ];

  async function referAndAdopt(name: string): Promise<CaseView> {
    const referred = ok(await run(CHAIR, REFER, { input: referral({ newSubject: newSubject(name) }) }), "referCase");
    const accepted = ok(await run(CT, ACCEPT, { id: referred.id, v: referred.version }), "acceptForScreening");
    return ok(await run(CT, SCREEN, { input: { caseId: accepted.id, version: accepted.version, decision: "ADOPTED_TO_PANEL", reason: "Vulnerability indicated." } }), "recordScreeningDecision");
  }

  it("walks a case from referral to closure, each step by the persona whose job it is, and the trail shows every step", async () => {
    const steps: string[] = [];
    const step = (name: string) => {
      const id = `walk-${name}`;
      steps.push(id);
      return id;
    };
    let c = ok(await run(CHAIR, REFER, { input: referral() }, "safeguarding emergency", step("refer")), "referCase");
    expect(c).toMatchObject({ stage: "REFERRAL", version: 1, leadAgency: { id: "oldham" }, referringAgency: { id: "oldham" }, subject: { givenName: "Walker" } });
    expect(c.reference).toMatch(new RegExp(`^CH-${new Date().getUTCFullYear()}-\\d{5}$`));

    c = ok(await run(CT, ACCEPT, { id: c.id, v: c.version }, "screening", step("accept")), "acceptForScreening");
    expect(c).toMatchObject({ stage: "SCREENING", version: 2 });
    c = ok(await run(CT, SCREEN, { input: { caseId: c.id, version: c.version, decision: "ADOPTED_TO_PANEL", reason: "Concerns corroborated." } }, "screening", step("screen")), "recordScreeningDecision");
    expect(c).toMatchObject({ stage: "PANEL", version: 3 });
    expect(c.panelMembers.map((p) => p.id).sort()).toEqual(["ctp-north-west", "oldham"]);

    c = ok(await run(CHAIR, ADD, { id: c.id, v: c.version, a: "oldham-childrens-services" }, "panel preparation", step("add-member")), "addPanelMember");
    expect(c.panelMembers.map((p) => p.id)).toContain("oldham-childrens-services");
    const vaf = ok(await run(CHAIR, VAF, { input: { caseId: c.id, version: c.version, factors } }, "panel preparation", step("vaf")), "recordVulnerabilityAssessment") as CaseView & {
      vulnerabilityAssessment: { factors: { code: string }[] };
    };
    expect(vaf.vulnerabilityAssessment.factors.map((f) => f.code)).toEqual(factors.map((f) => f.code));
    const plan = ok(
      await run(
        CHAIR,
        PLAN,
        { input: { caseId: vaf.id, version: vaf.version, consentGiven: true, parentalConsent: true, interventions: [{ kind: "IDEOLOGICAL_MENTORING", provider: "Brightline Mentoring CIC", commissioningStatus: "REQUESTED" }] } },
        "panel preparation",
        step("plan"),
      ),
      "agreeSupportPlan",
    ) as CaseView & { supportPlan: { parentalConsent: boolean }; reviews: { kind: string; heldOn: string | null }[] };
    expect(plan).toMatchObject({ stage: "SUPPORT", supportPlan: { parentalConsent: true }, reviews: [{ kind: "SIX_MONTH", heldOn: null }] });
    c = ok(await run(CHAIR, REVIEW, { input: { caseId: plan.id, version: plan.version, kind: "SIX_MONTH", heldOn: today, summary: "Engaging well." } }, "case review", step("six")), "recordReview");
    expect(c.stage).toBe("REVIEW");
    c = ok(await run(CHAIR, REVIEW, { input: { caseId: c.id, version: c.version, kind: "TWELVE_MONTH", heldOn: today, summary: "Goals met." } }, "case review", step("twelve")), "recordReview");
    c = ok(await run(CHAIR, CLOSE, { id: c.id, v: c.version, o: "CLOSED_AFTER_SUPPORT" }, "case review", step("close")), "closeCase");
    expect(c).toMatchObject({ stage: "CLOSED", outcome: "CLOSED_AFTER_SUPPORT", version: 9 });

    // The trail, as the data protection officer reads it: every step recorded against the subject.
    const trail = await postGraphQL<{ disclosures: { edges: { node: { requestId: string; action: string; subgraph: string; userId: string; purpose: string; entries: { entityId: string; fields: string[] }[] } }[] } }>(
      platform.gatewayUrl,
      "query T($s: ID!) { disclosures(filter: { subjectId: $s }, first: 100) { edges { node { requestId action subgraph userId purpose entries { entityId fields } } } } }",
      { s: c.subject!.id },
      await platform.as("dpo-auditor", null),
    );
    expect(trail.body.errors).toBeUndefined();
    const nodes = trail.body.data!.disclosures.edges.map((e) => e.node);
    const changes = (id: string) => nodes.filter((n) => n.requestId === id && n.action !== "DISCLOSURE");
    expect(changes("walk-refer").map((n) => [n.subgraph, n.action]).sort()).toEqual([["cases", "COLLECTION"], ["people", "COLLECTION"]]);
    for (const id of steps.slice(1)) {
      const [change, ...more] = changes(id);
      expect([id, more]).toEqual([id, []]);
      expect(change).toMatchObject({ subgraph: "cases", action: "ALTERATION", entries: [{ entityId: c.id }] });
    }
    expect(changes("walk-accept")[0]!.userId).toBe(CT);
    expect(changes("walk-close")[0]).toMatchObject({ userId: CHAIR, purpose: "case review" });
    expect(changes("walk-close")[0]!.entries[0]!.fields).toEqual(["Case.closedAt", "Case.outcome", "Case.stage"]);
    for (const name of ["cases", "people"] as const) await expect(verifyChain(platform.databases[name].dataSource)).resolves.toMatchObject({ intact: true });
  });

  it("lets exactly one of many conflicting changes win, and loses nothing", async () => {
    for (let round = 0; round < 3; round++) {
      const c = ok(await run(CHAIR, REFER, { input: referral({ newSubject: newSubject(`Race${round}`) }) }), "referCase");
      const accepted = ok(await run(CT, ACCEPT, { id: c.id, v: c.version }), "acceptForScreening");
      const decisions = ["ADOPTED_TO_PANEL", "NO_FURTHER_ACTION", "SIGNPOSTED", "ADOPTED_TO_PANEL", "NO_FURTHER_ACTION", "SIGNPOSTED"];
      const results = await Promise.all(
        decisions.map((decision, i) =>
          run(CT, SCREEN, { input: { caseId: accepted.id, version: accepted.version, decision, reason: `Attempt ${i}.` } }, "screening", `race-${round}-${i}`),
        ),
      );
      const winners = results.filter((r) => r.body.data?.recordScreeningDecision);
      const losers = results.filter((r) => !r.body.data?.recordScreeningDecision);
      expect(winners).toHaveLength(1);
      for (const l of losers) expect(l.body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "version" });
      const won = winners[0]!.body.data!.recordScreeningDecision!;
      const winnerIndex = results.indexOf(winners[0]!);
      expect(won.version).toBe(3);
      expect(won.stage).toBe(decisions[winnerIndex] === "ADOPTED_TO_PANEL" ? "PANEL" : "CLOSED");
      // Nothing of the losers was written: the panel exists only if adoption won, and one record only.
      expect(won.panelMembers.length > 0).toBe(decisions[winnerIndex] === "ADOPTED_TO_PANEL");
      const records = await platform.databases.cases.dataSource.getRepository(AuditRecord).find();
      const raceRecords = records.filter((r) => r.requestId.startsWith(`race-${round}-`) && r.action === "ALTERATION");
      expect(raceRecords.map((r) => r.requestId)).toEqual([`race-${round}-${winnerIndex}`]);
      const entries = JSON.parse(raceRecords[0]!.entries) as AuditEntry[];
      expect(entries[0]!.id).toBe(c.id);
    }
  });

  describe("invalid transitions name the stage and what it allows", () => {
    it.each([
      ["a referral straight to panel", async (c: CaseView) => run(CT, SCREEN, { input: { caseId: c.id, version: c.version, decision: "ADOPTED_TO_PANEL", reason: "Too early." } }), "REFERRAL", ["SCREENING"]],
      ["support before a panel", async (c: CaseView) => run(CHAIR, PLAN, { input: { caseId: c.id, version: c.version, consentGiven: true, parentalConsent: true, interventions: [{ kind: "LIFE_SKILLS", provider: "Life skills mentor", commissioningStatus: "REQUESTED" }] } }), "REFERRAL", ["SCREENING"]],
      ["a review of a fresh referral", async (c: CaseView) => run(CHAIR, REVIEW, { input: { caseId: c.id, version: c.version, kind: "SIX_MONTH", heldOn: today, summary: "Too early." } }), "REFERRAL", ["SCREENING"]],
    ])("refuses %s", async (_, attempt, currentStage, allowedNextStages) => {
      const c = ok(await run(CHAIR, REFER, { input: referral({ newSubject: newSubject("Order") }) }), "referCase");
      const res = await attempt(c);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", currentStage, allowedNextStages });
      expect(res.body.errors?.[0]?.message).toMatch(/stage REFERRAL .* can move to SCREENING \(acceptForScreening\)/);
    });

    it("refuses an outcome the stage does not allow, and any change to a closed case", async () => {
      const c = await referAndAdopt("Closed");
      const early = await run(CHAIR, CLOSE, { id: c.id, v: c.version, o: "CLOSED_AFTER_SUPPORT" });
      expect(early.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "outcome" });
      expect(early.body.errors?.[0]?.message).toMatch(/stage PANEL closes with NO_FURTHER_ACTION or SIGNPOSTED or CONSENT_WITHDRAWN/);
      const closed = ok(await run(CHAIR, CLOSE, { id: c.id, v: c.version, o: "NO_FURTHER_ACTION" }), "closeCase");
      expect(closed).toMatchObject({ stage: "CLOSED", outcome: "NO_FURTHER_ACTION" });
      const after = await run(CHAIR, ADD, { id: c.id, v: closed.version, a: "oldham-childrens-services" });
      expect(after.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", currentStage: "CLOSED", allowedNextStages: [] });
      expect(after.body.errors?.[0]?.message).toMatch(/cannot move any further/);
      for (const [mutation, variables] of [
        [TRANSFER, { id: c.id, v: closed.version, to: "bolton", r: "Moved away." }],
        [DDP, { input: { caseId: c.id, version: closed.version, conditionType: "TPIM", mappaLevel: 1, startsOn: "2024-01-01", managingAgencyId: "probation-north-west" } }],
        [VAF, { input: { caseId: c.id, version: closed.version, factors } }],
      ] as [string, Record<string, unknown>][]) {
        expect((await run(CHAIR, mutation, variables)).body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", currentStage: "CLOSED" });
      }
    });

    it("refuses to accept for screening a case already screened, or to assess one not yet at panel", async () => {
      const c = await referAndAdopt("Twice");
      expect((await run(CT, ACCEPT, { id: c.id, v: c.version })).body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", currentStage: "PANEL" });
      const fresh = ok(await run(CHAIR, REFER, { input: referral({ newSubject: newSubject("Early") }) }), "referCase");
      expect((await run(CHAIR, VAF, { input: { caseId: fresh.id, version: fresh.version, factors } })).body.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        currentStage: "REFERRAL",
        allowedNextStages: ["SCREENING"],
      });
    });
  });

  describe("the other changes", () => {
    it("refers a person already known, who then has both cases", async () => {
      const first = ok(await run(CHAIR, REFER, { input: referral({ newSubject: newSubject("Known") }) }), "referCase");
      const again = ok(await run(CHAIR, REFER, { input: referral({ newSubject: null, subjectId: first.subject!.id, typeOfConcern: "ISLAMIST" }) }), "referCase");
      expect(again.subject).toEqual(first.subject);
      expect(again.reference).not.toBe(first.reference);
      const person = await run(CHAIR, `{ person(id: "${first.subject!.id}") { cases { id } } }`, {});
      expect((person.body.data!.person as unknown as { cases: { id: string }[] }).cases.map((x) => x.id).sort()).toEqual([first.id, again.id].sort());
    });

    it("removes a panel member, transfers the case, and records DDP conditions by the lead or the managing probation service", async () => {
      let c = await referAndAdopt("Mover");
      c = ok(await run(CHAIR, ADD, { id: c.id, v: c.version, a: "oldham-childrens-services" }), "addPanelMember");
      c = ok(await run(CHAIR, REMOVE, { id: c.id, v: c.version, a: "oldham-childrens-services" }), "removePanelMember");
      expect(c.panelMembers.map((p) => p.id).sort()).toEqual(["ctp-north-west", "oldham"]);
      const moved = ok(await run(CHAIR, TRANSFER, { id: c.id, v: c.version, to: "bolton", r: "The family moved to Bolton." }), "transferCase");
      expect(moved).toMatchObject({ leadAgency: { id: "bolton" } });
      expect(moved.panelMembers.map((p) => p.id).sort()).toEqual(["bolton", "ctp-north-west"]);
      // Oldham referred it, so its chair still sees it; but Oldham no longer leads it.
      const gone = await run(CHAIR, ADD, { id: c.id, v: moved.version, a: "oldham-childrens-services" });
      expect(gone.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

      const ddp = ok(await run(CHAIR, REFER, { input: referral({ programme: "DDP", referringSector: "PROBATION", newSubject: newSubject("Licensee", "1990-01-01") }) }), "referCase");
      const set = ok(
        await run(CHAIR, DDP, { input: { caseId: ddp.id, version: ddp.version, conditionType: "LICENCE", mappaLevel: 2, startsOn: "2024-01-01", endsOn: "2026-01-01", managingAgencyId: "probation-north-west" } }),
        "setDdpConditions",
      ) as CaseView & { ddpConditions: { mappaLevel: number; managingAgency: { id: string } } };
      expect(set.ddpConditions).toMatchObject({ mappaLevel: 2, managingAgency: { id: "probation-north-west" } });
      const raised = ok(
        await run("probation-north-west", DDP, { input: { caseId: ddp.id, version: set.version, conditionType: "LICENCE", mappaLevel: 3, startsOn: "2024-01-01", managingAgencyId: "probation-north-west" } }),
        "setDdpConditions",
      ) as CaseView & { ddpConditions: { mappaLevel: number } };
      expect(raised.ddpConditions.mappaLevel).toBe(3);

      const withdrawn = await referAndAdopt("Withdrawn");
      const plan = ok(
        await run(CHAIR, PLAN, { input: { caseId: withdrawn.id, version: withdrawn.version, consentGiven: true, parentalConsent: true, interventions: [{ kind: "LIFE_SKILLS", provider: "Life skills mentor", commissioningStatus: "REQUESTED" }] } }),
        "agreeSupportPlan",
      );
      expect(ok(await run(CHAIR, CLOSE, { id: plan.id, v: plan.version, o: "CONSENT_WITHDRAWN" }), "closeCase")).toMatchObject({ stage: "CLOSED", outcome: "CONSENT_WITHDRAWN" });
    });
  });

  describe("bad input names the offending field and changes nothing", () => {
    const interventions = [{ kind: "LIFE_SKILLS", provider: "Life skills mentor", commissioningStatus: "REQUESTED" }];
    type Attempt = (c: CaseView) => [string, string, Record<string, unknown>] | Promise<[string, string, Record<string, unknown>]>;
    const cases: [string, "referral" | "panel" | "support", Attempt, string][] = [
      ["a referral with both subjectId and newSubject", "referral", (c) => [CHAIR, REFER, { input: referral({ subjectId: c.subject!.id }) }], "input.subjectId"],
      ["a referral with no subject", "referral", () => [CHAIR, REFER, { input: referral({ newSubject: null }) }], "input.subjectId"],
      ["a referral to an unknown agency", "referral", () => [CHAIR, REFER, { input: referral({ leadAgencyId: "gotham" }) }], "input.leadAgencyId"],
      ["a referral led by a police unit", "referral", () => [CHAIR, REFER, { input: referral({ leadAgencyId: "ctp-north-west" }) }], "input.leadAgencyId"],
      ["a referral of a person born in the future", "referral", () => [CHAIR, REFER, { input: referral({ newSubject: newSubject("Future", "2999-01-01") }) }], "input.newSubject.dateOfBirth"],
      ["a referral with a blank name", "referral", () => [CHAIR, REFER, { input: referral({ newSubject: newSubject("  ") }) }], "input.newSubject.givenName"],
      ["a referral of an unknown person", "referral", () => [CHAIR, REFER, { input: referral({ newSubject: null, subjectId: "00000000-0000-4000-9000-000000000000" }) }], "input.subjectId"],
      ["a version of 0", "referral", (c) => [CT, ACCEPT, { id: c.id, v: 0 }], "version"],
      ["a screening with no reason", "referral", async (c) => {
        const a = ok(await run(CT, ACCEPT, { id: c.id, v: c.version }), "acceptForScreening");
        return [CT, SCREEN, { input: { caseId: a.id, version: a.version, decision: "SIGNPOSTED", reason: "-" } }];
      }, "input.reason"],
      ["an unknown panel member", "panel", (c) => [CHAIR, ADD, { id: c.id, v: c.version, a: "nowhere" }], "agencyId"],
      ["a member twice", "panel", (c) => [CHAIR, ADD, { id: c.id, v: c.version, a: "ctp-north-west" }], "agencyId"],
      ["removing a non-member", "panel", (c) => [CHAIR, REMOVE, { id: c.id, v: c.version, a: "oldham-childrens-services" }], "agencyId"],
      ["removing the lead", "panel", (c) => [CHAIR, REMOVE, { id: c.id, v: c.version, a: "oldham" }], "agencyId"],
      ["a VAF with no factors", "panel", (c) => [CHAIR, VAF, { input: { caseId: c.id, version: c.version, factors: [] } }], "input.factors"],
      ["a VAF with a malformed code", "panel", (c) => [CHAIR, VAF, { input: { caseId: c.id, version: c.version, factors: [{ ...factors[0], code: "Need For Identity" }] } }], "input.factors.0.code"],
      ["a VAF with a factor twice", "panel", (c) => [CHAIR, VAF, { input: { caseId: c.id, version: c.version, factors: [factors[0], factors[0]] } }], "input.factors.1.code"],
      ["a plan without consent", "panel", (c) => [CHAIR, PLAN, { input: { caseId: c.id, version: c.version, consentGiven: false, interventions } }], "input.consentGiven"],
      ["a plan for a child without a parent's consent", "panel", (c) => [CHAIR, PLAN, { input: { caseId: c.id, version: c.version, consentGiven: true, interventions } }], "input.parentalConsent"],
      ["a plan with no interventions", "panel", (c) => [CHAIR, PLAN, { input: { caseId: c.id, version: c.version, consentGiven: true, parentalConsent: true, interventions: [] } }], "input.interventions"],
      ["a review held in the future", "support", (c) => [CHAIR, REVIEW, { input: { caseId: c.id, version: c.version, kind: "SIX_MONTH", heldOn: "2999-01-01", summary: "Later." } }], "input.heldOn"],
      ["a review with no summary", "support", (c) => [CHAIR, REVIEW, { input: { caseId: c.id, version: c.version, kind: "SIX_MONTH", heldOn: today, summary: "" } }], "input.summary"],
      ["a transfer to a police unit", "panel", (c) => [CHAIR, TRANSFER, { id: c.id, v: c.version, to: "ctp-north-west", r: "Moved." }], "toAgencyId"],
      ["a transfer to the same authority", "panel", (c) => [CHAIR, TRANSFER, { id: c.id, v: c.version, to: "oldham", r: "Moved." }], "toAgencyId"],
      ["DDP conditions on a Channel case", "panel", (c) => [CHAIR, DDP, { input: { caseId: c.id, version: c.version, conditionType: "TPIM", mappaLevel: 1, startsOn: "2024-01-01", managingAgencyId: "probation-north-west" } }], "caseId"],
      ["a MAPPA level of 4", "panel", (c) => [CHAIR, DDP, { input: { caseId: c.id, version: c.version, conditionType: "TPIM", mappaLevel: 4, startsOn: "2024-01-01", managingAgencyId: "probation-north-west" } }], "input.mappaLevel"],
      ["conditions managed by a council", "panel", (c) => [CHAIR, DDP, { input: { caseId: c.id, version: c.version, conditionType: "TPIM", mappaLevel: 1, startsOn: "2024-01-01", managingAgencyId: "oldham" } }], "input.managingAgencyId"],
    ];

    it.each(cases)("refuses %s", async (_, stage, attempt, field) => {
      let c = stage === "referral" ? ok(await run(CHAIR, REFER, { input: referral({ newSubject: newSubject("Input") }) }), "referCase") : await referAndAdopt("Input");
      if (stage === "support") {
        c = ok(await run(CHAIR, PLAN, { input: { caseId: c.id, version: c.version, consentGiven: true, parentalConsent: true, interventions } }), "agreeSupportPlan");
      }
      const [persona, mutation, variables] = await attempt(c);
      const repo = platform.databases.cases.dataSource.getRepository(Case);
      const state = async () => [await repo.count(), (await repo.findOneBy({ id: c.id }))?.version];
      const before = await state();
      const res = await run(persona, mutation, variables);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      // No case added, and this one's version (bumped by any change) is where it was.
      expect(await state()).toEqual(before);
    });

    it("answers a stale version with CONFLICT and changes nothing", async () => {
      const c = await referAndAdopt("Stale");
      const moved = ok(await run(CHAIR, ADD, { id: c.id, v: c.version, a: "oldham-childrens-services" }), "addPanelMember");
      const stale = await run(CHAIR, REMOVE, { id: c.id, v: c.version, a: "oldham-childrens-services" });
      expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "version", currentVersion: moved.version });
      const still = ok(await run(CHAIR, ADD, { id: c.id, v: moved.version, a: "bolton" }), "addPanelMember");
      expect(still.panelMembers.map((p) => p.id)).toContain("oldham-childrens-services");
    });
  });

  describe("only the persona whose job it is", () => {
    const cases: [string, string, (c: CaseView) => [string, Record<string, unknown>], string][] = [
      ["a board member referring", "board-member", () => [REFER, { input: referral() }], "FORBIDDEN"],
      ["a chair accepting for screening", CHAIR, (c) => [ACCEPT, { id: c.id, v: c.version }], "FORBIDDEN"],
      ["a school screening", "school-safeguarding-lead", (c) => [SCREEN, { input: { caseId: c.id, version: c.version, decision: "SIGNPOSTED", reason: "Not ours." } }], "FORBIDDEN"],
      ["CT policing changing the panel", CT, (c) => [ADD, { id: c.id, v: c.version, a: "oldham-childrens-services" }], "FORBIDDEN"],
      ["CT policing removing a panel member", CT, (c) => [REMOVE, { id: c.id, v: c.version, a: "ctp-north-west" }], "FORBIDDEN"],
      ["a health liaison recording a VAF", "nhs-liaison-kirklees", (c) => [VAF, { input: { caseId: c.id, version: c.version, factors } }], "FORBIDDEN"],
      ["probation closing a case", "probation-north-west", (c) => [CLOSE, { id: c.id, v: c.version, o: "NO_FURTHER_ACTION" }], "FORBIDDEN"],
      ["CT policing transferring a case", CT, (c) => [TRANSFER, { id: c.id, v: c.version, to: "bolton", r: "Moved." }], "FORBIDDEN"],
      ["another authority's chair agreeing support", "kirklees-channel-chair", (c) => [PLAN, { input: { caseId: c.id, version: c.version, consentGiven: true, parentalConsent: true, interventions: [{ kind: "LIFE_SKILLS", provider: "Mentor", commissioningStatus: "REQUESTED" }] } }], "NOT_FOUND"],
      ["a case officer elsewhere recording a review", "kirklees-case-officer", (c) => [REVIEW, { input: { caseId: c.id, version: c.version, kind: "SIX_MONTH", heldOn: today, summary: "Not ours." } }], "NOT_FOUND"],
      ["CT policing setting DDP conditions", CT, (c) => [DDP, { input: { caseId: c.id, version: c.version, conditionType: "TPIM", mappaLevel: 1, startsOn: "2024-01-01", managingAgencyId: "probation-north-west" } }], "FORBIDDEN"],
    ];

    it.each(cases)("refuses %s", async (_, persona, attempt, code) => {
      const c = await referAndAdopt("Guarded");
      const [mutation, variables] = attempt(c);
      const res = await run(persona, mutation, variables);
      expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
      const versionNow = ok(await run(CHAIR, ADD, { id: c.id, v: c.version, a: "oldham-childrens-services" }), "addPanelMember").version;
      expect(versionNow).toBe(c.version + 1);
    });

    it("asks for a purpose before any change", async () => {
      const res = await run(CHAIR, REFER, { input: referral() }, null);
      expect(res.body.errors?.[0]?.extensions?.code).toBe("PURPOSE_REQUIRED");
    });
  });
});
