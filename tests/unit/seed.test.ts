import {
  AgencyKind,
  CaseOutcome,
  CaseStage,
  ConsentToSupport,
  Ethnicity,
  Gender,
  ImmigrationQueryStatus,
  MentalHealthConcern,
  PractitionerRole,
  Programme,
  ReferringSector,
  Region,
  ReviewKind,
  ScreeningDecision,
  TypeOfConcern,
  VafDomain,
} from "../../common/domain";
import { ageOn } from "../../seed/calendar";
import {
  CT_UNIT_BY_REGION,
  LOCAL_AUTHORITY_BY_ID,
  PERSONAS,
  PILOT_AUTHORITY_IDS,
  PROBATION_BY_REGION,
  spocContactIdFor,
} from "../../seed/catalogue";
import { DEFAULT_CASES, WORLD_AS_OF, WORLD_STARTS_ON, generateWorld } from "../../seed/generate";
import { INVENTED_SURNAMES } from "../../seed/names";
import type { SeedCase, SeedWorld } from "../../seed/world";

const world = generateWorld({ cases: DEFAULT_CASES });
const agencies = new Map(world.agencies.map((a) => [a.id, a]));
const people = new Map(world.people.map((p) => [p.id, p]));
const cases = new Map(world.cases.map((c) => [c.id, c]));
const practitioners = new Map(world.practitioners.map((p) => [p.id, p]));
const contacts = new Map(world.immigrationContacts.map((c) => [c.id, c]));
const queries = new Map(world.immigrationQueries.map((q) => [q.id, q]));
const AS_OF_END = `${WORLD_AS_OF}T23:59:59.999Z`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function agencyKind(id: string): AgencyKind | undefined {
  return agencies.get(id)?.kind;
}

function regionOfLead(c: SeedCase): Region {
  const authority = LOCAL_AUTHORITY_BY_ID.get(c.leadAgencyId);
  if (!authority) throw new Error(`lead ${c.leadAgencyId} is not a local authority`);
  return authority.region;
}

function subjectAge(c: SeedCase): number {
  const person = people.get(c.subjectId);
  if (!person) throw new Error(`no subject ${c.subjectId}`);
  return ageOn(person.dateOfBirth, c.referredAt);
}

function expectUnique(values: readonly string[], what: string): void {
  const seen = new Set<string>();
  const duplicates = values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
  expect({ what, duplicates }).toEqual({ what, duplicates: [] });
}

/** Every agency id a world refers to, with where it was found. */
function agencyReferences(w: SeedWorld): [string, string][] {
  const refs: [string, string][] = [];
  const add = (id: string, where: string) => refs.push([id, where]);
  w.practitioners.forEach((p) => add(p.agencyId, `practitioner ${p.id}`));
  w.immigrationContacts.forEach((c) => add(c.agencyId, `contact ${c.id}`));
  w.immigrationQueries.forEach((q) => add(q.raisedByAgencyId, `query ${q.id}`));
  w.rolloutPhases.forEach((p) => p.members.forEach((m) => add(m.agencyId, `phase ${p.id}`)));
  w.boards.forEach((b) => {
    b.members.forEach((m) => add(m.agencyId, `board ${b.id}`));
    b.meetings.forEach((m) => {
      m.attendeeAgencyIds.forEach((id) => add(id, `meeting ${m.id}`));
      m.decisions.forEach((d) => add(d.ownerAgencyId, `decision ${d.id}`));
    });
  });
  w.qualityAssuranceReviews.forEach((r) => {
    add(r.agencyId, `qa ${r.id}`);
    add(r.reviewerAgencyId, `qa ${r.id}`);
  });
  w.selfAssessments.forEach((s) => add(s.agencyId, `self-assessment ${s.id}`));
  w.cases.forEach((c) => {
    const where = `case ${c.reference}`;
    add(c.referringAgencyId, where);
    add(c.leadAgencyId, where);
    c.panelMemberAgencyIds.forEach((id) => add(id, where));
    if (c.screening) add(c.screening.decidedByAgencyId, where);
    if (c.vulnerabilityAssessment) add(c.vulnerabilityAssessment.assessedByAgencyId, where);
    if (c.ctRiskAssessment) add(c.ctRiskAssessment.assessedByAgencyId, where);
    if (c.healthInformation) add(c.healthInformation.providedByAgencyId, where);
    if (c.ddpConditions) add(c.ddpConditions.managingAgencyId, where);
  });
  return refs;
}

describe("reference catalogue", () => {
  it("has every required agency with the right kind and region", () => {
    const required: [string, AgencyKind, Region?][] = [
      ...PILOT_AUTHORITY_IDS.map((id) => [id, AgencyKind.LOCAL_AUTHORITY] as [string, AgencyKind]),
      ["kirklees", AgencyKind.LOCAL_AUTHORITY, Region.YORKSHIRE_AND_THE_HUMBER],
      ["oldham", AgencyKind.LOCAL_AUTHORITY, Region.NORTH_WEST],
      ["blackburn-with-darwen", AgencyKind.LOCAL_AUTHORITY, Region.NORTH_WEST],
      ["brighton-and-hove", AgencyKind.LOCAL_AUTHORITY, Region.SOUTH_EAST],
      ["croydon", AgencyKind.LOCAL_AUTHORITY, Region.LONDON],
      ["haringey", AgencyKind.LOCAL_AUTHORITY, Region.LONDON],
      ["kent", AgencyKind.LOCAL_AUTHORITY, Region.SOUTH_EAST],
      ["luton", AgencyKind.LOCAL_AUTHORITY, Region.EAST_OF_ENGLAND],
      ["swansea", AgencyKind.LOCAL_AUTHORITY, Region.WALES],
      ...["manchester", "bolton", "bury", "rochdale", "salford", "stockport", "tameside", "trafford", "wigan",
        "lancashire", "blackpool", "cumbria", "liverpool", "wirral", "sefton", "knowsley", "st-helens",
        "cheshire-east", "cheshire-west-and-chester", "warrington", "halton"].map(
        (id) => [id, AgencyKind.LOCAL_AUTHORITY, Region.NORTH_WEST] as [string, AgencyKind, Region],
      ),
      ...["bristol", "plymouth", "cornwall", "devon"].map((id) => [id, AgencyKind.LOCAL_AUTHORITY, Region.SOUTH_WEST] as [string, AgencyKind, Region]),
      ...["cardiff", "newport", "wrexham"].map((id) => [id, AgencyKind.LOCAL_AUTHORITY, Region.WALES] as [string, AgencyKind, Region]),
      ["birmingham", AgencyKind.LOCAL_AUTHORITY, Region.WEST_MIDLANDS],
      ["leeds", AgencyKind.LOCAL_AUTHORITY, Region.YORKSHIRE_AND_THE_HUMBER],
      ["bradford", AgencyKind.LOCAL_AUTHORITY, Region.YORKSHIRE_AND_THE_HUMBER],
      ["newcastle-upon-tyne", AgencyKind.LOCAL_AUTHORITY, Region.NORTH_EAST],
      ["leicester", AgencyKind.LOCAL_AUTHORITY, Region.EAST_MIDLANDS],
      ["nottingham", AgencyKind.LOCAL_AUTHORITY, Region.EAST_MIDLANDS],
      ["norfolk", AgencyKind.LOCAL_AUTHORITY, Region.EAST_OF_ENGLAND],
      ["hertfordshire", AgencyKind.LOCAL_AUTHORITY, Region.EAST_OF_ENGLAND],
      ["ctp-north-west", AgencyKind.CT_POLICING, Region.NORTH_WEST],
      ["ctp-north-east", AgencyKind.CT_POLICING],
      ["ctp-london", AgencyKind.CT_POLICING, Region.LONDON],
      ["ctp-south-east", AgencyKind.CT_POLICING, Region.SOUTH_EAST],
      ["ctp-south-west", AgencyKind.CT_POLICING, Region.SOUTH_WEST],
      ["ctp-wales", AgencyKind.CT_POLICING, Region.WALES],
      ["ctp-west-midlands", AgencyKind.CT_POLICING, Region.WEST_MIDLANDS],
      ["ctp-east-midlands", AgencyKind.CT_POLICING, Region.EAST_MIDLANDS],
      ["ctp-eastern", AgencyKind.CT_POLICING, Region.EAST_OF_ENGLAND],
      ["home-office-prevent", AgencyKind.HOME_OFFICE],
      ["immigration-enforcement", AgencyKind.IMMIGRATION_ENFORCEMENT, Region.LONDON],
      ["nhs-kirklees-mental-health", AgencyKind.HEALTH, Region.YORKSHIRE_AND_THE_HUMBER],
      ["probation-north-west", AgencyKind.PROBATION, Region.NORTH_WEST],
      ["probation-yorkshire", AgencyKind.PROBATION, Region.YORKSHIRE_AND_THE_HUMBER],
      ["kirklees-valley-academy", AgencyKind.EDUCATION, Region.YORKSHIRE_AND_THE_HUMBER],
      ["dovetail-governance-board-secretariat", AgencyKind.OTHER],
    ];
    for (const [id, kind, region] of required) {
      const agency = agencies.get(id);
      expect({ id, kind: agency?.kind }).toEqual({ id, kind });
      if (region) expect({ id, region: agency?.region }).toEqual({ id, region });
    }
    expect(world.agencies.some((a) => a.kind === AgencyKind.POLICE)).toBe(true);
    for (const agency of world.agencies) {
      expect(Object.values(Region)).toContain(agency.region);
      expect(agency.id.length).toBeLessThanOrEqual(64);
    }
    for (const region of Object.values(Region)) {
      expect(agencyKind(CT_UNIT_BY_REGION[region])).toBe(AgencyKind.CT_POLICING);
      expect(agencyKind(PROBATION_BY_REGION[region])).toBe(AgencyKind.PROBATION);
    }
  });

  it("puts every local authority in exactly one rollout phase", () => {
    const phases = new Map(world.rolloutPhases.map((p) => [p.id, p]));
    expect([...phases.keys()].sort()).toEqual(["north-west-2018", "pilot-2018", "remaining-regions-2020", "south-west-wales-2019"]);
    expect(phases.get("pilot-2018")?.startsOn).toBe("2018-01-01");
    expect(phases.get("north-west-2018")?.startsOn).toBe("2018-10-01");
    expect(phases.get("south-west-wales-2019")?.startsOn).toBe("2019-04-01");
    expect(phases.get("remaining-regions-2020")?.startsOn).toBe("2020-04-01");
    expect(phases.get("pilot-2018")?.members.map((m) => m.agencyId).sort()).toEqual([...PILOT_AUTHORITY_IDS].sort());
    const memberships = world.rolloutPhases.flatMap((p) => p.members.map((m) => m.agencyId));
    expectUnique(memberships, "phase memberships");
    const authorities = world.agencies.filter((a) => a.kind === AgencyKind.LOCAL_AUTHORITY).map((a) => a.id);
    expect([...memberships].sort()).toEqual([...authorities].sort());
    for (const phase of world.rolloutPhases) {
      for (const member of phase.members) {
        expect(member.joinedOn >= phase.startsOn).toBe(true);
        if (phase.id === "north-west-2018") expect(agencies.get(member.agencyId)?.region).toBe(Region.NORTH_WEST);
      }
    }
  });

  it("has a governance board chaired by the Home Office with meetings and decisions", () => {
    const board = world.boards.find((b) => b.id === "dovetail-governance-board");
    expect(board).toBeDefined();
    if (!board) return;
    expect(board.members.find((m) => m.role === "CHAIR")?.agencyId).toBe("home-office-prevent");
    expect(board.members.some((m) => agencyKind(m.agencyId) === AgencyKind.LOCAL_AUTHORITY)).toBe(true);
    expect(board.members.some((m) => agencyKind(m.agencyId) === AgencyKind.CT_POLICING)).toBe(true);
    expect(board.meetings.length).toBeGreaterThanOrEqual(6);
    expect(board.meetings.length).toBeLessThanOrEqual(8);
    const memberIds = new Set(board.members.map((m) => m.agencyId));
    for (const meeting of board.meetings) {
      expect(meeting.heldOn >= "2018-01-01" && meeting.heldOn <= "2020-12-31").toBe(true);
      expect(meeting.decisions.length).toBeGreaterThan(0);
      for (const id of meeting.attendeeAgencyIds) expect(memberIds.has(id)).toBe(true);
      for (const d of meeting.decisions) expect(memberIds.has(d.ownerAgencyId)).toBe(true);
    }
    const summaries = board.meetings.flatMap((m) => m.decisions.map((d) => d.summary)).join(" ");
    for (const topic of ["VAF", "CMIS", "commissioning of support", "CT risk", "police and local authorities", "regional model"]) {
      expect(summaries).toContain(topic);
    }
  });

  it("has QA reviews and pilot self-assessments", () => {
    expect(world.qualityAssuranceReviews.length).toBeGreaterThanOrEqual(3);
    const phaseOf = new Map(world.rolloutPhases.flatMap((p) => p.members.map((m) => [m.agencyId, p.id] as const)));
    for (const review of world.qualityAssuranceReviews) expect(review.phaseId).toBe(phaseOf.get(review.agencyId));
    const assessed = new Set(world.selfAssessments.map((s) => s.agencyId));
    for (const id of PILOT_AUTHORITY_IDS) expect(assessed.has(id)).toBe(true);
    for (const s of world.selfAssessments) {
      expect(s.period).toMatch(/^\d{4}-\d{2}$/);
      expect(s.standardsMet).toBeLessThanOrEqual(s.standardsTotal);
    }
  });

  it("has one SPOC contact per region, the northern ones answered by immigration-spoc-north", () => {
    expect(world.immigrationContacts.map((c) => c.region).sort()).toEqual(Object.values(Region).sort());
    for (const contact of world.immigrationContacts) {
      expect(contact.id).toBe(spocContactIdFor(contact.region));
      expect(contact.agencyId).toBe("immigration-enforcement");
      const northern = [Region.NORTH_WEST, Region.NORTH_EAST, Region.YORKSHIRE_AND_THE_HUMBER].includes(contact.region);
      expect(contact.practitionerId).toBe(northern ? "immigration-spoc-north" : null);
    }
    expect(contacts.get("spoc-north-west")).toBeDefined();
  });

  it("has the personas with their agencies and roles", () => {
    const expected: [string, string, PractitionerRole[]][] = [
      ["kirklees-channel-chair", "kirklees", [PractitionerRole.CHANNEL_CHAIR, PractitionerRole.PREVENT_COORDINATOR]],
      ["kirklees-case-officer", "kirklees", [PractitionerRole.CASE_OFFICER]],
      ["oldham-channel-chair", "oldham", [PractitionerRole.CHANNEL_CHAIR]],
      ["ctp-north-west-officer", "ctp-north-west", [PractitionerRole.CT_OFFICER]],
      ["immigration-spoc-north", "immigration-enforcement", [PractitionerRole.IMMIGRATION_SPOC]],
      ["nhs-liaison-kirklees", "nhs-kirklees-mental-health", [PractitionerRole.HEALTH_LIAISON]],
      ["probation-north-west", "probation-north-west", [PractitionerRole.OFFENDER_MANAGER]],
      ["school-safeguarding-lead", "kirklees-valley-academy", [PractitionerRole.SAFEGUARDING_LEAD]],
      ["home-office-oversight", "home-office-prevent", [PractitionerRole.OVERSIGHT]],
      ["board-member", "dovetail-governance-board-secretariat", [PractitionerRole.BOARD_MEMBER]],
      ["dpo-auditor", "home-office-prevent", [PractitionerRole.DATA_PROTECTION_OFFICER]],
    ];
    for (const [id, agencyId, roles] of expected) {
      const practitioner = practitioners.get(id);
      expect({ id, agencyId: practitioner?.agencyId, roles: practitioner?.roles }).toEqual({ id, agencyId, roles });
    }
    for (const persona of PERSONAS) {
      expect(persona.description.length).toBeGreaterThan(10);
      expect(persona.description).not.toContain("\n");
      expect(practitioners.get(persona.id)).toEqual({
        id: persona.id,
        name: persona.name,
        email: persona.email,
        agencyId: persona.agencyId,
        roles: persona.roles,
      });
    }
  });
});

describe("generated world: integrity", () => {
  it("refers only to things that exist", () => {
    const missing = agencyReferences(world).filter(([id]) => !agencies.has(id));
    expect(missing).toEqual([]);
    for (const c of world.cases) expect(people.has(c.subjectId)).toBe(true);
    for (const contact of world.immigrationContacts) {
      if (contact.practitionerId) expect(practitioners.has(contact.practitionerId)).toBe(true);
    }
    for (const q of world.immigrationQueries) {
      expect(cases.has(q.caseId)).toBe(true);
      expect(people.has(q.subjectId)).toBe(true);
      expect(practitioners.has(q.raisedByPractitionerId)).toBe(true);
      expect(contacts.has(q.contactId)).toBe(true);
    }
    for (const s of world.immigrationStatuses) {
      expect(people.has(s.personId)).toBe(true);
      expect(queries.has(s.sourceQueryId)).toBe(true);
    }
    const phaseIds = new Set(world.rolloutPhases.map((p) => p.id));
    for (const review of world.qualityAssuranceReviews) expect(phaseIds.has(review.phaseId)).toBe(true);
  });

  it("has unique ids and references", () => {
    expectUnique(world.agencies.map((a) => a.id), "agencies");
    expectUnique(world.practitioners.map((p) => p.id), "practitioners");
    expectUnique(world.practitioners.map((p) => p.email), "practitioner e-mails");
    expectUnique(world.people.map((p) => p.id), "people");
    expectUnique(world.cases.map((c) => c.id), "cases");
    expectUnique(world.cases.map((c) => c.reference), "case references");
    expectUnique(world.cases.map((c) => c.subjectId), "case subjects");
    expectUnique(world.cases.flatMap((c) => c.reviews.map((r) => r.id)), "reviews");
    expectUnique(world.immigrationContacts.map((c) => c.id), "contacts");
    expectUnique(world.immigrationQueries.map((q) => q.id), "queries");
    expectUnique(world.immigrationStatuses.map((s) => s.personId), "immigration statuses per person");
    expectUnique(world.rolloutPhases.map((p) => p.id), "phases");
    expectUnique(world.boards.flatMap((b) => b.meetings.map((m) => m.id)), "meetings");
    expectUnique(world.boards.flatMap((b) => b.meetings.flatMap((m) => m.decisions.map((d) => d.id))), "decisions");
    expectUnique(world.qualityAssuranceReviews.map((r) => r.id), "QA reviews");
    expectUnique(world.selfAssessments.map((s) => s.id), "self-assessments");
    expectUnique(
      [...world.cases.map((c) => c.id), ...world.people.map((p) => p.id), ...world.cases.flatMap((c) => c.reviews.map((r) => r.id)), ...world.immigrationQueries.map((q) => q.id)],
      "generated ids across kinds",
    );
    for (const c of world.cases) {
      expect(c.id).toMatch(UUID);
      expect(c.subjectId).toMatch(UUID);
      for (const r of c.reviews) expect(r.id).toMatch(UUID);
      expect(c.reference).toMatch(c.programme === Programme.DDP ? /^DDP-\d{4}-\d{5,}$/ : /^CH-\d{4}-\d{5,}$/);
      expect(c.reference.split("-")[1]).toBe(c.referredAt.slice(0, 4));
    }
    for (const q of world.immigrationQueries) expect(q.id).toMatch(UUID);
  });

  it("keeps generated ids unique in a large world", () => {
    const big = generateWorld({ cases: 20_000, seed: 99 });
    expectUnique(big.cases.map((c) => c.id), "cases");
    expectUnique(big.people.map((p) => p.id), "people");
    expectUnique(big.cases.map((c) => c.reference), "references");
  });

  it("uses only synthetic contact details", () => {
    const exampleEmail = /^[a-z0-9.'-]+@([a-z0-9-]+\.)*example$/;
    const dramaPhone = /^(01632 960\d{3}|020 7946 0\d{3}|07700 900\d{3})$/;
    const emails = [...world.practitioners.map((p) => p.email), ...world.immigrationContacts.map((c) => c.email)];
    for (const email of emails) expect(email).toMatch(exampleEmail);
    for (const contact of world.immigrationContacts) expect(contact.phone).toMatch(dramaPhone);
    // Nothing else in the world looks like an e-mail or a UK phone number.
    const text = JSON.stringify({ ...world, practitioners: [], immigrationContacts: [] });
    expect(text.match(/[\w.-]+@[\w.-]+/g) ?? []).toEqual([]);
    expect(text.match(/\b0\d{3,4} ?\d{6}\b/g) ?? []).toEqual([]);
    const surnames = new Set(INVENTED_SURNAMES);
    for (const person of world.people) {
      expect(surnames.has(person.familyName)).toBe(true);
      expect(person.postcode).toMatch(/^[A-Z]{1,2}\d[A-Z\d]? 9Z[A-Z]$/);
      expect(person.dateOfBirth).toMatch(DATE);
    }
  });
});

describe("generated world: determinism", () => {
  it("is the same for the same seed and differs for another", () => {
    expect(generateWorld({ cases: 120, seed: 7 })).toEqual(generateWorld({ cases: 120, seed: 7 }));
    expect(generateWorld({ cases: 30, seed: 8 }).cases).not.toEqual(generateWorld({ cases: 30, seed: 7 }).cases);
    expect(generateWorld({ cases: DEFAULT_CASES })).toEqual(world);
  });

  it("is prefix-stable: the first cases do not depend on the total", () => {
    const small = generateWorld({ cases: 50, seed: 11 });
    const large = generateWorld({ cases: 500, seed: 11 });
    expect(large.cases.slice(0, 50)).toEqual(small.cases);
    expect(large.people.slice(0, 50)).toEqual(small.people);
    const smallCaseIds = new Set(small.cases.map((c) => c.id));
    expect(large.immigrationQueries.filter((q) => smallCaseIds.has(q.caseId))).toEqual(small.immigrationQueries);
    const smallPeople = new Set(small.people.map((p) => p.id));
    expect(large.immigrationStatuses.filter((s) => smallPeople.has(s.personId))).toEqual(small.immigrationStatuses);
    expect(generateWorld({ cases: 0 }).cases).toEqual([]);
  });

  // How fast is the bench's business (it seeds 100,000 cases and reports the time), not a unit test's.
  it("generates 100,000 cases, the first of them the default world's", () => {
    const big = generateWorld({ cases: 100_000 });
    expect(big.cases).toHaveLength(100_000);
    expect(big.people).toHaveLength(100_000);
    expect(big.cases.slice(0, DEFAULT_CASES)).toEqual(world.cases);
  });
});

describe("generated world: case lifecycle", () => {
  const closedOutcomeOf: Partial<Record<ScreeningDecision, CaseOutcome>> = {
    NO_FURTHER_ACTION: CaseOutcome.NO_FURTHER_ACTION,
    SIGNPOSTED: CaseOutcome.SIGNPOSTED,
  };

  it.each(world.cases.map((c) => [c.reference, c] as const))("%s is consistent", (_reference, c) => {
    const region = regionOfLead(c);
    const ctUnit = CT_UNIT_BY_REGION[region];
    const authority = LOCAL_AUTHORITY_BY_ID.get(c.leadAgencyId);
    const person = people.get(c.subjectId);
    const age = subjectAge(c);

    expect(c.referredAt).toMatch(INSTANT);
    expect(c.referredAt >= WORLD_STARTS_ON && c.referredAt <= AS_OF_END).toBe(true);
    const joinedOn = world.rolloutPhases.flatMap((p) => p.members).find((m) => m.agencyId === c.leadAgencyId)?.joinedOn;
    expect(joinedOn && c.referredAt >= joinedOn).toBe(true);
    expect(authority?.towns.some((t) => t.town === person?.town && t.districts.includes(person.postcode.split(" ")[0]))).toBe(true);

    const instants = [
      c.screening?.decidedAt,
      c.firstPanelAt,
      c.vulnerabilityAssessment?.assessedAt,
      c.ctRiskAssessment?.assessedAt,
      c.healthInformation?.recordedAt,
      c.supportPlan?.agreedAt,
      c.closedAt,
    ].filter((v): v is string => typeof v === "string");
    for (const at of instants) {
      expect(at).toMatch(INSTANT);
      expect(at >= c.referredAt && at <= AS_OF_END).toBe(true);
    }

    if (c.stage === CaseStage.REFERRAL || c.stage === CaseStage.SCREENING) {
      expect(c.screening).toBeNull();
      expect(c.firstPanelAt).toBeNull();
    }
    if (c.screening) {
      expect(c.screening.decidedByAgencyId).toBe(ctUnit);
      expect(agencyKind(c.screening.decidedByAgencyId)).toBe(AgencyKind.CT_POLICING);
      const closedOutcome = closedOutcomeOf[c.screening.decision];
      if (closedOutcome) {
        expect(c.stage).toBe(CaseStage.CLOSED);
        expect(c.outcome).toBe(closedOutcome);
        expect(c.closedAt?.slice(0, 10)).toBe(c.screening.decidedAt.slice(0, 10));
        expect(c.firstPanelAt).toBeNull();
      }
    }

    const paneled = c.screening?.decision === ScreeningDecision.ADOPTED_TO_PANEL;
    const afterPanel =
      [CaseStage.PANEL, CaseStage.SUPPORT, CaseStage.REVIEW].includes(c.stage) ||
      c.outcome === CaseOutcome.CLOSED_AFTER_SUPPORT ||
      c.outcome === CaseOutcome.CONSENT_WITHDRAWN;
    expect(paneled).toBe(afterPanel);
    if (paneled && c.screening) {
      expect(c.firstPanelAt).not.toBeNull();
      expect((c.firstPanelAt ?? "") >= c.screening.decidedAt).toBe(true);
      expect(c.panelMemberAgencyIds).toContain(c.leadAgencyId);
      expect(c.panelMemberAgencyIds).toContain(ctUnit);
      expect(c.vulnerabilityAssessment?.factors.length).toBeGreaterThan(0);
      const domains = new Set(c.vulnerabilityAssessment?.factors.map((f) => f.domain));
      expect([...domains].sort()).toEqual([VafDomain.CAPABILITY, VafDomain.ENGAGEMENT, VafDomain.INTENT]);
      expect(c.ctRiskAssessment?.assessedByAgencyId).toBe(ctUnit);
    } else {
      expect(c.panelMemberAgencyIds).toEqual([]);
      expect(c.vulnerabilityAssessment).toBeNull();
      expect(c.ctRiskAssessment).toBeNull();
      expect(c.healthInformation).toBeNull();
      expect(c.supportPlan).toBeNull();
    }
    expectUnique(c.panelMemberAgencyIds, `panel of ${c.reference}`);

    const healthOnPanel = c.panelMemberAgencyIds.filter((id) => agencyKind(id) === AgencyKind.HEALTH);
    if (c.healthInformation) {
      expect(agencyKind(c.healthInformation.providedByAgencyId)).toBe(AgencyKind.HEALTH);
      expect(c.panelMemberAgencyIds).toContain(c.healthInformation.providedByAgencyId);
    } else {
      expect(healthOnPanel).toEqual([]);
    }

    const supported =
      c.stage === CaseStage.SUPPORT ||
      c.stage === CaseStage.REVIEW ||
      c.outcome === CaseOutcome.CLOSED_AFTER_SUPPORT ||
      c.outcome === CaseOutcome.CONSENT_WITHDRAWN;
    if (supported) {
      expect(c.supportPlan).not.toBeNull();
      expect(c.supportPlan?.interventions.length).toBeGreaterThan(0);
      expect(c.supportPlan?.parentalConsent === null).toBe(age >= 18);
      expect(c.supportPlan?.consentGiven).toBe(c.outcome !== CaseOutcome.CONSENT_WITHDRAWN);
    } else {
      expect(c.supportPlan).toBeNull();
    }

    const held = (kind: ReviewKind) => c.reviews.find((r) => r.kind === kind && r.heldOn !== null);
    if (c.stage === CaseStage.REVIEW) {
      expect(held(ReviewKind.SIX_MONTH)).toBeDefined();
      expect(c.reviews.map((r) => r.kind)).toEqual([ReviewKind.SIX_MONTH, ReviewKind.TWELVE_MONTH]);
    }
    if (c.outcome === CaseOutcome.CLOSED_AFTER_SUPPORT) {
      expect(held(ReviewKind.SIX_MONTH)).toBeDefined();
      expect(held(ReviewKind.TWELVE_MONTH)).toBeDefined();
    }
    if (!supported || c.outcome === CaseOutcome.CONSENT_WITHDRAWN) expect(c.reviews).toEqual([]);
    for (const review of c.reviews) {
      expect(review.dueOn).toMatch(DATE);
      if (review.heldOn) expect(review.heldOn <= WORLD_AS_OF && review.summary !== null).toBe(true);
      else expect(review.summary).toBeNull();
    }

    if (c.stage === CaseStage.CLOSED) {
      expect(c.outcome).not.toBeNull();
      expect(c.closedAt).not.toBeNull();
    } else {
      expect(c.outcome).toBeNull();
      expect(c.closedAt).toBeNull();
    }

    if (c.programme === Programme.DDP) {
      const probation = PROBATION_BY_REGION[region];
      expect(c.ddpConditions?.managingAgencyId).toBe(probation);
      expect([1, 2, 3]).toContain(c.ddpConditions?.mappaLevel);
      expect(["LICENCE", "TPIM", "TEO"]).toContain(c.ddpConditions?.conditionType);
      if (paneled) expect(c.panelMemberAgencyIds).toContain(probation);
      expect(age).toBeGreaterThanOrEqual(18);
    } else {
      expect(c.ddpConditions).toBeNull();
    }
  });

  it("raises immigration queries only from Kirklees and Oldham chairs about their panel cases", () => {
    const chairs: Record<string, string> = { kirklees: "kirklees-channel-chair", oldham: "oldham-channel-chair" };
    for (const q of world.immigrationQueries) {
      const c = cases.get(q.caseId);
      if (!c) throw new Error(`query ${q.id} has no case`);
      expect([CaseStage.PANEL, CaseStage.SUPPORT]).toContain(c.stage);
      expect(q.raisedByPractitionerId).toBe(chairs[c.leadAgencyId]);
      expect(q.raisedByAgencyId).toBe(c.leadAgencyId);
      expect(q.subjectId).toBe(c.subjectId);
      expect(q.contactId).toBe(spocContactIdFor(regionOfLead(c)));
      expect(q.raisedAt >= (c.screening?.decidedAt ?? "~") && q.raisedAt <= AS_OF_END).toBe(true);
      expect(q.question).toContain(c.reference);
      const statuses = world.immigrationStatuses.filter((s) => s.sourceQueryId === q.id);
      if (q.status === ImmigrationQueryStatus.ANSWERED) {
        expect(q.answer).not.toBeNull();
        expect((q.answeredAt ?? "") > q.raisedAt && (q.answeredAt ?? "") <= AS_OF_END).toBe(true);
        expect(statuses).toHaveLength(1);
        expect(statuses[0]).toMatchObject({ personId: q.subjectId, recordedAt: q.answeredAt });
      } else {
        expect(q.answer).toBeNull();
        expect(q.answeredAt).toBeNull();
        expect(statuses).toEqual([]);
      }
    }
    const statuses = new Set(world.immigrationQueries.map((q) => q.status));
    expect(statuses.has(ImmigrationQueryStatus.OPEN)).toBe(true);
    expect(statuses.has(ImmigrationQueryStatus.ANSWERED)).toBe(true);
  });
});

describe("generated world: spread", () => {
  const tally = <T extends string>(values: T[]) =>
    values.reduce<Record<string, number>>((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {});

  it("covers every stage, concern, sector, outcome, gender and age band", () => {
    const stages = tally(world.cases.map((c) => c.stage));
    for (const stage of Object.values(CaseStage)) expect(stages[stage]).toBeGreaterThan(0);
    const concerns = tally(world.cases.map((c) => c.typeOfConcern));
    for (const concern of Object.values(TypeOfConcern)) expect(concerns[concern]).toBeGreaterThan(0);
    const sectors = tally(world.cases.map((c) => c.referringSector));
    for (const sector of Object.values(ReferringSector)) expect(sectors[sector]).toBeGreaterThan(0);
    const outcomes = tally(world.cases.map((c) => c.outcome ?? "OPEN"));
    for (const outcome of Object.values(CaseOutcome)) expect(outcomes[outcome]).toBeGreaterThan(0);
    const genders = tally(world.people.map((p) => p.gender));
    for (const gender of [Gender.MALE, Gender.FEMALE]) expect(genders[gender]).toBeGreaterThan(0);
    const band = (age: number) =>
      age <= 10 ? "10-" : age <= 15 ? "11-15" : age <= 17 ? "16-17" : age <= 20 ? "18-20" : age <= 30 ? "21-30" : age <= 40 ? "31-40" : "41+";
    const bands = tally(world.cases.map((c) => band(subjectAge(c))));
    expect(Object.keys(bands).sort()).toEqual(["10-", "11-15", "16-17", "18-20", "21-30", "31-40", "41+"].sort());
    expect(bands["11-15"] + bands["16-17"] + bands["10-"]).toBeGreaterThan(DEFAULT_CASES * 0.3);

    const ddp = world.cases.filter((c) => c.programme === Programme.DDP).length;
    expect(ddp).toBeGreaterThan(DEFAULT_CASES * 0.05);
    expect(ddp).toBeLessThan(DEFAULT_CASES * 0.16);
    const years = tally(world.cases.map((c) => c.referredAt.slice(0, 4)));
    expect(Object.keys(years).sort()).toEqual(["2018", "2019", "2020", "2021"]);
  });

  it("records the 2024/25 release's breakdowns in plausible shares, consent only where a panel sought it", () => {
    const big = generateWorld({ cases: 5000 }).cases;
    const share = (pick: (c: SeedCase) => string, value: string, among = big) => among.filter((c) => pick(c) === value).length / among.length;
    for (const e of Object.values(Ethnicity)) expect(share((c) => c.ethnicity, e)).toBeGreaterThan(0.02);
    expect(share((c) => c.ethnicity, Ethnicity.WHITE)).toBeGreaterThan(0.35);
    expect(share((c) => c.ethnicity, Ethnicity.NOT_KNOWN)).toBeGreaterThan(0.15);
    expect(share((c) => c.ethnicity, Ethnicity.NOT_KNOWN)).toBeLessThan(0.3);
    for (const m of Object.values(MentalHealthConcern)) expect(share((c) => c.mentalHealthConcern, m)).toBeGreaterThan(0.1);
    // Consent: given with every support plan; sought only at the panel.
    for (const c of big) {
      if (c.supportPlan) expect(c.consentToSupport).toBe(ConsentToSupport.GIVEN);
      else if (c.firstPanelAt === null) expect(c.consentToSupport).toBe(ConsentToSupport.NOT_KNOWN);
    }
    const atPanel = big.filter((c) => c.stage === CaseStage.PANEL);
    for (const v of Object.values(ConsentToSupport)) expect(share((c) => c.consentToSupport, v, atPanel)).toBeGreaterThan(0.05);
    // Prefix-stable, like every draw of case i.
    expect(generateWorld({ cases: 50 }).cases.map((c) => c.ethnicity)).toEqual(big.slice(0, 50).map((c) => c.ethnicity));
  });

  it("leads enough cases in Kirklees, Oldham and most pilot and North West authorities", () => {
    const leads = tally(world.cases.map((c) => c.leadAgencyId));
    expect(leads.kirklees).toBeGreaterThanOrEqual(25);
    expect(leads.oldham).toBeGreaterThanOrEqual(25);
    const pilotAndNorthWest = [...LOCAL_AUTHORITY_BY_ID.values()].filter(
      (a) => a.phaseId === "pilot-2018" || a.phaseId === "north-west-2018",
    );
    const withCases = pilotAndNorthWest.filter((a) => (leads[a.id] ?? 0) > 0);
    expect(withCases.length).toBeGreaterThanOrEqual(pilotAndNorthWest.length * 0.8);
    for (const id of PILOT_AUTHORITY_IDS) expect(leads[id]).toBeGreaterThan(0);
    for (const c of world.cases) expect(agencyKind(c.leadAgencyId)).toBe(AgencyKind.LOCAL_AUTHORITY);
  });
});

describe("generated world: personas have something to see", () => {
  const some = (predicate: (c: SeedCase) => boolean) => world.cases.filter(predicate).length;

  it("gives each persona related cases or queries", () => {
    expect(some((c) => c.leadAgencyId === "kirklees" && c.firstPanelAt !== null)).toBeGreaterThan(0);
    expect(world.immigrationQueries.filter((q) => q.raisedByPractitionerId === "kirklees-channel-chair").length).toBeGreaterThan(0);
    expect(world.immigrationQueries.filter((q) => q.raisedByPractitionerId === "oldham-channel-chair").length).toBeGreaterThan(0);
    expect(some((c) => c.leadAgencyId === "oldham" && c.firstPanelAt !== null)).toBeGreaterThan(0);

    // CT policing North West: screens, assesses and sometimes refers North West cases.
    expect(some((c) => c.screening?.decidedByAgencyId === "ctp-north-west")).toBeGreaterThan(0);
    expect(some((c) => c.ctRiskAssessment?.assessedByAgencyId === "ctp-north-west")).toBeGreaterThan(0);
    expect(some((c) => c.referringAgencyId === "ctp-north-west" && c.referringSector === ReferringSector.POLICE)).toBeGreaterThan(0);
    for (const c of world.cases.filter((x) => x.referringAgencyId === "ctp-north-west")) expect(regionOfLead(c)).toBe(Region.NORTH_WEST);

    // Immigration SPOC North: queries to the contacts they answer for, some answered.
    const northern = new Set(world.immigrationContacts.filter((c) => c.practitionerId === "immigration-spoc-north").map((c) => c.id));
    const toSpoc = world.immigrationQueries.filter((q) => northern.has(q.contactId));
    expect(toSpoc.length).toBeGreaterThan(0);
    expect(toSpoc.some((q) => q.status === ImmigrationQueryStatus.ANSWERED)).toBe(true);

    // NHS liaison Kirklees: on panels, with health information it provided.
    expect(some((c) => c.healthInformation?.providedByAgencyId === "nhs-kirklees-mental-health" && c.leadAgencyId === "kirklees")).toBeGreaterThan(0);

    // Probation North West: manages North West DDP cases.
    const ddpNorthWest = world.cases.filter((c) => c.programme === Programme.DDP && regionOfLead(c) === Region.NORTH_WEST);
    expect(ddpNorthWest.length).toBeGreaterThan(0);
    for (const c of ddpNorthWest) expect(c.ddpConditions?.managingAgencyId).toBe("probation-north-west");
    expect(ddpNorthWest.some((c) => c.panelMemberAgencyIds.includes("probation-north-west"))).toBe(true);

    // School safeguarding lead: referrer of some Kirklees cases and panel member of some.
    expect(some((c) => c.referringAgencyId === "kirklees-valley-academy" && c.referringSector === ReferringSector.EDUCATION && c.leadAgencyId === "kirklees")).toBeGreaterThan(0);
    expect(some((c) => c.panelMemberAgencyIds.includes("kirklees-valley-academy"))).toBeGreaterThan(0);

    // Home Office oversight: reviews quality and chairs the board; board member: secretariat on the board.
    expect(world.qualityAssuranceReviews.some((r) => r.reviewerAgencyId === "home-office-prevent")).toBe(true);
    const board = world.boards[0];
    expect(board.members.some((m) => m.agencyId === "dovetail-governance-board-secretariat")).toBe(true);

    // Other pilot chairs lead some cases.
    for (const persona of PERSONAS.filter((p) => p.roles.includes(PractitionerRole.CHANNEL_CHAIR))) {
      expect({ persona: persona.id, cases: some((c) => c.leadAgencyId === persona.agencyId) > 0 }).toEqual({ persona: persona.id, cases: true });
    }
  });
});
