import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { graphql, type ExecutionResult } from "graphql";
import type { DataSource } from "typeorm";
import { AgencyKind, AssuranceRating, BoardMemberRole, DecisionStatus, Region } from "../../common/domain";
import type { SeedWorld } from "../../seed/world";
import { createDataSource, openDatabase, type SubgraphDataSource } from "../../subgraphs/kit/datasource";
import { subgraphSchema } from "../../subgraphs/kit/subgraph";
import { governanceBoardsSubgraph as def } from "../../subgraphs/governance-boards/server";
import { unitContext } from "../fixtures/access";

// A small synthetic world: organisation names only, no people.
const PILOT = ["blackburn-with-darwen", "brighton-and-hove", "croydon", "haringey", "kent", "kirklees", "luton", "oldham", "swansea"];
const NORTH_WEST = ["blackpool", "bolton", "bury", "cumbria", "lancashire", "salford", "wigan"];
const SOUTH_WEST_AND_WALES = ["bristol", "cardiff", "devon", "newport", "plymouth", "somerset"];
const NO_PHASE_YET = ["leeds", "norfolk", "nottingham", "suffolk", "surrey", "york", "derby", "essex"];
const AUTHORITIES = [...PILOT, ...NORTH_WEST, ...SOUTH_WEST_AND_WALES, ...NO_PHASE_YET];
const HOME_OFFICE = "home-office-prevent";
const CTP_NW = "ctp-north-west";

function buildWorld(): SeedWorld {
  const agencies = [
    ...AUTHORITIES.map((id) => ({ id, name: id, kind: AgencyKind.LOCAL_AUTHORITY, region: Region.LONDON })),
    { id: HOME_OFFICE, name: "Home Office Prevent", kind: AgencyKind.HOME_OFFICE, region: Region.LONDON },
    { id: CTP_NW, name: "CT Policing North West", kind: AgencyKind.CT_POLICING, region: Region.NORTH_WEST },
  ];
  const phase = (id: string, ordinal: number, name: string, startsOn: string, endsOn: string | null, members: string[]) => ({
    id,
    name,
    ordinal,
    description: `${name} of the Dovetail rollout.`,
    startsOn,
    endsOn,
    members: members.map((agencyId) => ({ agencyId, joinedOn: startsOn })),
  });
  return {
    agencies,
    practitioners: [],
    people: [],
    cases: [],
    immigrationContacts: [],
    immigrationQueries: [],
    immigrationStatuses: [],
    // Deliberately not in ordinal order, to check the ordering.
    rolloutPhases: [
      phase("south-west-and-wales", 3, "South West and Wales", "2019-04-01", "2020-03-31", SOUTH_WEST_AND_WALES),
      phase("pilot", 1, "Pilot sites", "2018-02-01", "2018-09-30", PILOT),
      phase("north-west", 2, "North West regional model", "2018-10-01", "2019-03-31", NORTH_WEST),
      phase("remaining-regions", 4, "Remaining regions", "2020-04-01", null, []),
    ],
    boards: [
      {
        id: "dovetail-governance-board",
        name: "Dovetail Governance Board",
        description: "Oversees the Dovetail rollout for transparency and assurance.",
        members: [
          { agencyId: HOME_OFFICE, role: BoardMemberRole.CHAIR },
          { agencyId: CTP_NW, role: BoardMemberRole.MEMBER },
          { agencyId: "kirklees", role: BoardMemberRole.MEMBER },
          { agencyId: "croydon", role: BoardMemberRole.OBSERVER },
        ],
        meetings: [
          {
            id: "dgb-2018-06",
            heldOn: "2018-06-14",
            title: "Pilot progress",
            attendeeAgencyIds: [HOME_OFFICE, "kirklees"],
            decisions: [
              { id: "dgb-2018-06-d1", summary: "Extend VAF training to all pilot sites.", ownerAgencyId: HOME_OFFICE, dueOn: "2018-09-01", status: DecisionStatus.COMPLETED },
            ],
          },
          {
            id: "dgb-2018-11",
            heldOn: "2018-11-08",
            title: "North West regional model",
            attendeeAgencyIds: [CTP_NW, HOME_OFFICE, "kirklees"],
            decisions: [
              { id: "dgb-2018-11-d2", summary: "Agree CMIS access for local-authority case officers.", ownerAgencyId: CTP_NW, dueOn: "2019-01-31", status: DecisionStatus.OPEN },
              { id: "dgb-2018-11-d1", summary: "Report on commissioning of support.", ownerAgencyId: HOME_OFFICE, dueOn: "2018-12-20", status: DecisionStatus.OPEN },
            ],
          },
        ],
      },
      { id: "aaa-board", name: "Assurance sub-group", description: "Quality assurance of the rollout.", members: [], meetings: [] },
    ],
    qualityAssuranceReviews: [
      { id: "qa-kirklees-2018", phaseId: "pilot", agencyId: "kirklees", reviewerAgencyId: HOME_OFFICE, reviewedOn: "2018-08-20", sampleSize: 12, rating: AssuranceRating.GOOD, summary: "Sound case recording." },
      { id: "qa-luton-2018", phaseId: "pilot", agencyId: "luton", reviewerAgencyId: HOME_OFFICE, reviewedOn: "2018-09-10", sampleSize: 8, rating: AssuranceRating.REQUIRES_IMPROVEMENT, summary: "Support commissioning slow." },
      { id: "qa-bolton-2019", phaseId: "north-west", agencyId: "bolton", reviewerAgencyId: HOME_OFFICE, reviewedOn: "2019-03-01", sampleSize: 10, rating: AssuranceRating.GOOD, summary: "Clear CT risk handover." },
    ],
    selfAssessments: AUTHORITIES.flatMap((agencyId, i) => [
      { id: `sa-${agencyId}-2018-19`, agencyId, period: "2018/19", submittedOn: "2019-04-30", standardsMet: 10 + (i % 5), standardsTotal: 15, rating: AssuranceRating.REQUIRES_IMPROVEMENT, summary: "Synthetic." },
      { id: `sa-${agencyId}-2019-20`, agencyId, period: "2019/20", submittedOn: "2020-04-30", standardsMet: 12 + (i % 4), standardsTotal: 15, rating: AssuranceRating.GOOD, summary: "Synthetic." },
    ]),
    sharingAgreements: [],
  };
}

let dir: string;
let source: SubgraphDataSource;
let ds: DataSource;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "governance-boards-"));
  source = createDataSource({
    subgraph: "governance-boards",
    database: { kind: "sqlite", dataDir: dir, logSql: false },
    entities: def.entities,
    migrations: def.migrations,
  });
  ds = await openDatabase(source);
  await def.seed(ds, buildWorld());
});

afterAll(async () => {
  if (ds?.isInitialized) await ds.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function run<T = Record<string, unknown>>(query: string, variableValues?: Record<string, unknown>): Promise<ExecutionResult<T>> {
  const services = def.createServices(ds);
  const result = await graphql({
    schema: subgraphSchema(def as never),
    source: query,
    variableValues,
    contextValue: unitContext(def, services),
  });
  return result as ExecutionResult<T>;
}

async function ok<T = Record<string, unknown>>(query: string, variableValues?: Record<string, unknown>): Promise<T> {
  const result = await run<T>(query, variableValues);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

describe("governance-boards: schema and seed", () => {
  it("seeding again changes nothing", async () => {
    const before = await ds.query("SELECT COUNT(*) AS n FROM board_decisions");
    await def.seed(ds, buildWorld());
    expect(await ds.query("SELECT COUNT(*) AS n FROM board_decisions")).toEqual(before);
    expect(await ds.query("SELECT COUNT(*) AS n FROM rollout_phase_members")).toEqual([{ n: PILOT.length + NORTH_WEST.length + SOUTH_WEST_AND_WALES.length }]);
  });

  it("lets an authority join one phase only", async () => {
    await expect(
      ds.query("INSERT INTO rollout_phase_members (phase_id, agency_id, joined_on) VALUES ('north-west', 'oldham', '2018-10-01')"),
    ).rejects.toThrow(/UNIQUE/);
  });

  it("publishes the federation keys", async () => {
    const data = await ok<{ _service: { sdl: string } }>("{ _service { sdl } }");
    for (const type of ["GovernanceBoard", "BoardMeeting", "BoardDecision", "RolloutPhase", "QualityAssuranceReview", "SelfAssessment", "Agency"]) {
      expect(data._service.sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "id"\\)`));
    }
  });
});

describe("governance-boards: root queries", () => {
  it("lists boards by name with members, meetings newest first, attendees and decisions", async () => {
    const data = await ok<{ governanceBoards: Array<Record<string, unknown>> }>(`{
      governanceBoards {
        id name description
        members { role agency { id } }
        meetings { id heldOn title attendees { id } decisions { id summary owner { id } dueOn status } }
      }
    }`);
    expect(data.governanceBoards.map((b) => b.name)).toEqual(["Assurance sub-group", "Dovetail Governance Board"]);
    const dgb = data.governanceBoards[1];
    expect(dgb.members).toEqual([
      { role: "OBSERVER", agency: { id: "croydon" } },
      { role: "MEMBER", agency: { id: CTP_NW } },
      { role: "CHAIR", agency: { id: HOME_OFFICE } },
      { role: "MEMBER", agency: { id: "kirklees" } },
    ]);
    expect(dgb.meetings).toEqual([
      {
        id: "dgb-2018-11",
        heldOn: "2018-11-08",
        title: "North West regional model",
        attendees: [{ id: CTP_NW }, { id: HOME_OFFICE }, { id: "kirklees" }],
        decisions: [
          { id: "dgb-2018-11-d1", summary: "Report on commissioning of support.", owner: { id: HOME_OFFICE }, dueOn: "2018-12-20", status: "OPEN" },
          { id: "dgb-2018-11-d2", summary: "Agree CMIS access for local-authority case officers.", owner: { id: CTP_NW }, dueOn: "2019-01-31", status: "OPEN" },
        ],
      },
      {
        id: "dgb-2018-06",
        heldOn: "2018-06-14",
        title: "Pilot progress",
        attendees: [{ id: HOME_OFFICE }, { id: "kirklees" }],
        decisions: [{ id: "dgb-2018-06-d1", summary: "Extend VAF training to all pilot sites.", owner: { id: HOME_OFFICE }, dueOn: "2018-09-01", status: "COMPLETED" }],
      },
    ]);
    expect(data.governanceBoards[0]).toMatchObject({ members: [], meetings: [] });
  });

  it("finds one board by id, null when unknown", async () => {
    const data = await ok<{ a: { name: string } | null; b: null }>(
      `{ a: governanceBoard(id: "dovetail-governance-board") { name } b: governanceBoard(id: "nope") { name } }`,
    );
    expect(data).toEqual({ a: { name: "Dovetail Governance Board" }, b: null });
  });

  it("lists rollout phases by ordinal with their authorities and QA reviews", async () => {
    const data = await ok<{ rolloutPhases: Array<Record<string, unknown>> }>(`{
      rolloutPhases {
        id ordinal startsOn endsOn
        agencies { id }
        memberships { agency { id } joinedOn }
        qualityAssuranceReviews { id phase { id } agency { id } reviewer { id } reviewedOn sampleSize rating summary }
      }
    }`);
    expect(data.rolloutPhases.map((p) => [p.id, p.ordinal])).toEqual([
      ["pilot", 1],
      ["north-west", 2],
      ["south-west-and-wales", 3],
      ["remaining-regions", 4],
    ]);
    const [pilot, northWest, , remaining] = data.rolloutPhases;
    expect(pilot.agencies).toEqual([...PILOT].sort().map((id) => ({ id })));
    expect((pilot.memberships as unknown[])[0]).toEqual({ agency: { id: "blackburn-with-darwen" }, joinedOn: "2018-02-01" });
    expect(pilot.qualityAssuranceReviews).toEqual([
      { id: "qa-luton-2018", phase: { id: "pilot" }, agency: { id: "luton" }, reviewer: { id: HOME_OFFICE }, reviewedOn: "2018-09-10", sampleSize: 8, rating: "REQUIRES_IMPROVEMENT", summary: "Support commissioning slow." },
      { id: "qa-kirklees-2018", phase: { id: "pilot" }, agency: { id: "kirklees" }, reviewer: { id: HOME_OFFICE }, reviewedOn: "2018-08-20", sampleSize: 12, rating: "GOOD", summary: "Sound case recording." },
    ]);
    expect(northWest.agencies).toEqual([...NORTH_WEST].sort().map((id) => ({ id })));
    expect(remaining).toMatchObject({ endsOn: null, agencies: [], memberships: [], qualityAssuranceReviews: [] });
  });

  it("finds one rollout phase by id", async () => {
    const data = await ok<{ rolloutPhase: unknown }>(`{ rolloutPhase(id: "north-west") { name startsOn endsOn } }`);
    expect(data.rolloutPhase).toEqual({ name: "North West regional model", startsOn: "2018-10-01", endsOn: "2019-03-31" });
  });

  it("filters self-assessments by agency and period", async () => {
    const all = await ok<{ selfAssessments: unknown[] }>(`{ selfAssessments { id } }`);
    expect(all.selfAssessments).toHaveLength(AUTHORITIES.length * 2);

    const kirklees = await ok<{ selfAssessments: Array<{ period: string }> }>(
      `{ selfAssessments(agencyId: "kirklees") { period agency { id } standardsMet standardsTotal rating submittedOn summary } }`,
    );
    expect(kirklees.selfAssessments.map((s) => s.period)).toEqual(["2019/20", "2018/19"]);
    expect(kirklees.selfAssessments[0]).toMatchObject({ agency: { id: "kirklees" }, standardsTotal: 15, rating: "GOOD", submittedOn: "2020-04-30" });

    const both = await ok<{ selfAssessments: Array<{ id: string }> }>(
      `query ($a: ID, $p: String) { selfAssessments(agencyId: $a, period: $p) { id } }`,
      { a: "luton", p: "2018/19" },
    );
    expect(both.selfAssessments).toEqual([{ id: "sa-luton-2018-19" }]);

    const period = await ok<{ selfAssessments: unknown[] }>(`{ selfAssessments(period: "2019/20") { id } }`);
    expect(period.selfAssessments).toHaveLength(AUTHORITIES.length);
  });

  it("rejects an impossible period as BAD_USER_INPUT", async () => {
    const result = await run(`{ selfAssessments(period: "${"x".repeat(17)}") { id } }`);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "period" });
  });
});

describe("governance-boards: _entities contract", () => {
  const ENTITIES = `query ($r: [_Any!]!) {
    _entities(representations: $r) {
      __typename
      ... on GovernanceBoard { id name members { role } meetings { id } }
      ... on BoardMeeting { id heldOn title attendees { id } decisions { id } }
      ... on BoardDecision { id summary owner { id } dueOn status }
      ... on RolloutPhase { id name ordinal agencies { id } }
      ... on QualityAssuranceReview { id phase { name } agency { id } reviewer { id } rating }
      ... on SelfAssessment { id agency { id } period rating }
      ... on Agency { id dovetailPhase { name } selfAssessments { rating } }
    }
  }`;

  it("resolves every entity type, null for unknown ids", async () => {
    const representations = [
      { __typename: "GovernanceBoard", id: "dovetail-governance-board" },
      { __typename: "BoardMeeting", id: "dgb-2018-06" },
      { __typename: "BoardDecision", id: "dgb-2018-11-d2" },
      { __typename: "RolloutPhase", id: "pilot" },
      { __typename: "QualityAssuranceReview", id: "qa-bolton-2019" },
      { __typename: "SelfAssessment", id: "sa-swansea-2019-20" },
      { __typename: "Agency", id: "oldham" },
      { __typename: "Agency", id: "leeds" },
      { __typename: "GovernanceBoard", id: "nope" },
      { __typename: "RolloutPhase", id: "nope" },
    ];
    const data = await ok<{ _entities: unknown[] }>(ENTITIES, { r: representations });
    expect(data._entities).toEqual([
      { __typename: "GovernanceBoard", id: "dovetail-governance-board", name: "Dovetail Governance Board", members: expect.any(Array), meetings: [{ id: "dgb-2018-11" }, { id: "dgb-2018-06" }] },
      { __typename: "BoardMeeting", id: "dgb-2018-06", heldOn: "2018-06-14", title: "Pilot progress", attendees: [{ id: HOME_OFFICE }, { id: "kirklees" }], decisions: [{ id: "dgb-2018-06-d1" }] },
      { __typename: "BoardDecision", id: "dgb-2018-11-d2", summary: "Agree CMIS access for local-authority case officers.", owner: { id: CTP_NW }, dueOn: "2019-01-31", status: "OPEN" },
      { __typename: "RolloutPhase", id: "pilot", name: "Pilot sites", ordinal: 1, agencies: [...PILOT].sort().map((id) => ({ id })) },
      { __typename: "QualityAssuranceReview", id: "qa-bolton-2019", phase: { name: "North West regional model" }, agency: { id: "bolton" }, reviewer: { id: HOME_OFFICE }, rating: "GOOD" },
      { __typename: "SelfAssessment", id: "sa-swansea-2019-20", agency: { id: "swansea" }, period: "2019/20", rating: "GOOD" },
      { __typename: "Agency", id: "oldham", dovetailPhase: { name: "Pilot sites" }, selfAssessments: [{ rating: "GOOD" }, { rating: "REQUIRES_IMPROVEMENT" }] },
      { __typename: "Agency", id: "leeds", dovetailPhase: null, selfAssessments: [{ rating: "GOOD" }, { rating: "REQUIRES_IMPROVEMENT" }] },
      null,
      null,
    ]);
  });
});

describe("governance-boards: batching", () => {
  const AGENCY_FIELDS = `query ($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Agency { id dovetailPhase { name agencies { id } } selfAssessments { rating } }
    }
  }`;

  async function statementsFor(ids: string[]): Promise<number> {
    source.counter.reset();
    await ok(AGENCY_FIELDS, { r: ids.map((id) => ({ __typename: "Agency", id })) });
    return source.counter.count;
  }

  it("costs the same number of statements for 1 and 30 agencies", async () => {
    const one = await statementsFor(["kirklees"]);
    const thirty = await statementsFor(AUTHORITIES.slice(0, 30));
    expect(AUTHORITIES.slice(0, 30)).toHaveLength(30);
    // membership by agency, phase by id, members by phase, self-assessments by agency.
    expect(one).toBe(4);
    expect(thirty).toBe(one);
  });

  it("costs the same for 1 and 4 phases listed with members, QA reviews and their phases", async () => {
    const query = (id: string | null) => `{
      ${id ? `rolloutPhase(id: "${id}")` : "rolloutPhases"} {
        agencies { id } memberships { joinedOn } qualityAssuranceReviews { phase { name } }
      }
    }`;
    source.counter.reset();
    await ok(query("pilot"));
    const one = source.counter.count;
    source.counter.reset();
    await ok(query(null));
    expect(source.counter.count).toBe(one);
  });
});
