import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { graphql, type ExecutionResult } from "graphql";
import type { DataSource } from "typeorm";
import { ImmigrationQueryStatus, ImmigrationStatusKind, Region } from "../../common/domain";
import type { SeedImmigrationContact, SeedImmigrationQuery, SeedImmigrationStatus, SeedWorld } from "../../seed/world";
import { createDataSource, openDatabase, type SubgraphDataSource } from "../../subgraphs/kit/datasource";
import { subgraphSchema } from "../../subgraphs/kit/subgraph";
import { immigrationContactsSubgraph as def } from "../../subgraphs/immigration-contacts/server";
import { unitContext } from "../fixtures/access";

// Synthetic fixture: `.example` e-mail, Ofcom drama numbers, made-up ids.
const uuid = (prefix: "c" | "p", n: number) => `00000000-0000-4000-8000-${prefix === "c" ? "c" : "a"}${String(n).padStart(11, "0")}`;
const caseId = (n: number) => uuid("c", n);
const personId = (n: number) => uuid("p", n);

const contacts: SeedImmigrationContact[] = [
  { id: "spoc-nw-2", name: "Robin Ashdown", region: Region.NORTH_WEST, email: "robin.ashdown@immigration.example", phone: "01632 960101", agencyId: "ie-north-west", practitionerId: "robin-ashdown" },
  { id: "spoc-nw-1", name: "Alex Bramhall", region: Region.NORTH_WEST, email: "alex.bramhall@immigration.example", phone: "01632 960102", agencyId: "ie-north-west", practitionerId: null },
  { id: "spoc-lon", name: "Sam Kestrel", region: Region.LONDON, email: "sam.kestrel@immigration.example", phone: "020 7946 0103", agencyId: "ie-london", practitionerId: null },
  { id: "spoc-wales", name: "Morgan Tallis", region: Region.WALES, email: "morgan.tallis@immigration.example", phone: "07700 900104", agencyId: "ie-wales", practitionerId: "morgan-tallis" },
];

// 20 queries over 10 cases and 10 subjects, spread across the four contacts; every third answered.
const queries: SeedImmigrationQuery[] = Array.from({ length: 20 }, (_, i) => {
  const n = i + 1;
  const answered = n % 3 === 0;
  return {
    id: `iq-${String(n).padStart(2, "0")}`,
    caseId: caseId(((n - 1) % 10) + 1),
    subjectId: personId(((n - 1) % 10) + 1),
    raisedByPractitionerId: `chair-${n % 2 === 0 ? "kirklees" : "oldham"}`,
    raisedByAgencyId: n % 2 === 0 ? "kirklees" : "oldham",
    contactId: contacts[n % contacts.length].id,
    question: `Synthetic question ${n}: what is the subject's current leave?`,
    status: answered ? ImmigrationQueryStatus.ANSWERED : n === 20 ? ImmigrationQueryStatus.WITHDRAWN : ImmigrationQueryStatus.OPEN,
    answer: answered ? `Synthetic answer ${n}.` : null,
    raisedAt: new Date(Date.UTC(2024, 0, n, 9, 30)).toISOString(),
    answeredAt: answered ? new Date(Date.UTC(2024, 1, n, 14, 0)).toISOString() : null,
  };
});

const statuses: SeedImmigrationStatus[] = [
  { personId: personId(3), status: ImmigrationStatusKind.SETTLED, recordedAt: "2024-02-03T14:00:00.000Z", sourceQueryId: "iq-03" },
  { personId: personId(6), status: ImmigrationStatusKind.LIMITED_LEAVE, recordedAt: "2024-02-06T14:00:00.000Z", sourceQueryId: "iq-06" },
];

const world: SeedWorld = {
  agencies: [],
  practitioners: [],
  people: [],
  cases: [],
  immigrationContacts: contacts,
  immigrationQueries: queries,
  immigrationStatuses: statuses,
  rolloutPhases: [],
  boards: [],
  qualityAssuranceReviews: [],
  selfAssessments: [],
  sharingAgreements: [],
};

let dir: string;
let source: SubgraphDataSource;
let dataSource: DataSource;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "immigration-contacts-"));
  source = createDataSource({
    subgraph: "immigration-contacts",
    database: { kind: "sqlite", dataDir: dir, logSql: false },
    entities: def.entities,
    migrations: def.migrations,
  });
  dataSource = await openDatabase(source);
  await def.seed(dataSource, world);
});

afterAll(async () => {
  await dataSource?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Data = Record<string, unknown>;

/** One request: fresh loaders, statements counted from zero. */
async function run(query: string, variableValues?: Record<string, unknown>): Promise<{ result: ExecutionResult<Data>; statements: number }> {
  const services = def.createServices(dataSource);
  source.counter.reset();
  const result = (await graphql({
    schema: subgraphSchema(def as never),
    source: query,
    variableValues,
    contextValue: unitContext(def, services),
  })) as ExecutionResult<Data>;
  return { result, statements: source.counter.count };
}

async function data(query: string, variableValues?: Record<string, unknown>): Promise<Data> {
  const { result } = await run(query, variableValues);
  expect(result.errors).toBeUndefined();
  return result.data as Data;
}

describe("immigration-contacts subgraph", () => {
  test("seeding is idempotent", async () => {
    await def.seed(dataSource, world);
    expect(await dataSource.query("SELECT COUNT(*) AS n FROM immigration_contacts")).toEqual([{ n: 4 }]);
    expect(await dataSource.query("SELECT COUNT(*) AS n FROM immigration_queries")).toEqual([{ n: 20 }]);
    expect(await dataSource.query("SELECT COUNT(*) AS n FROM immigration_statuses")).toEqual([{ n: 2 }]);
  });

  test("immigrationContacts: ordered by region then name, with the agency stub", async () => {
    const d = await data(`{ immigrationContacts { id name region email phone agency { id } } }`);
    expect(d.immigrationContacts).toEqual([
      { id: "spoc-lon", name: "Sam Kestrel", region: "LONDON", email: "sam.kestrel@immigration.example", phone: "020 7946 0103", agency: { id: "ie-london" } },
      { id: "spoc-nw-1", name: "Alex Bramhall", region: "NORTH_WEST", email: "alex.bramhall@immigration.example", phone: "01632 960102", agency: { id: "ie-north-west" } },
      { id: "spoc-nw-2", name: "Robin Ashdown", region: "NORTH_WEST", email: "robin.ashdown@immigration.example", phone: "01632 960101", agency: { id: "ie-north-west" } },
      { id: "spoc-wales", name: "Morgan Tallis", region: "WALES", email: "morgan.tallis@immigration.example", phone: "07700 900104", agency: { id: "ie-wales" } },
    ]);
  });

  test("immigrationContacts: region filter", async () => {
    const nw = await data(`query($r: Region) { immigrationContacts(region: $r) { id } }`, { r: "NORTH_WEST" });
    expect(nw.immigrationContacts).toEqual([{ id: "spoc-nw-1" }, { id: "spoc-nw-2" }]);
    const se = await data(`{ immigrationContacts(region: SOUTH_EAST) { id } }`);
    expect(se.immigrationContacts).toEqual([]);
  });

  test("immigrationQueries: newest first, default page of 50, filters by status and contact", async () => {
    const all = await data(`{ immigrationQueries { id } }`);
    const ids = (all.immigrationQueries as { id: string }[]).map((q) => q.id);
    expect(ids).toHaveLength(20);
    expect(ids.slice(0, 3)).toEqual(["iq-20", "iq-19", "iq-18"]);

    const answered = await data(`{ immigrationQueries(status: ANSWERED, first: 2) { id status answer answeredAt } }`);
    expect(answered.immigrationQueries).toEqual([
      { id: "iq-18", status: "ANSWERED", answer: "Synthetic answer 18.", answeredAt: "2024-02-18T14:00:00.000Z" },
      { id: "iq-15", status: "ANSWERED", answer: "Synthetic answer 15.", answeredAt: "2024-02-15T14:00:00.000Z" },
    ]);

    const byContact = await data(`{ immigrationQueries(contactId: "spoc-lon") { id contact { id } } }`);
    const lon = byContact.immigrationQueries as { id: string; contact: { id: string } }[];
    expect(lon.map((q) => q.id)).toEqual(["iq-18", "iq-14", "iq-10", "iq-06", "iq-02"]);
    expect(lon.every((q) => q.contact.id === "spoc-lon")).toBe(true);

    const combined = await data(`{ immigrationQueries(contactId: "spoc-lon", status: OPEN) { id } }`);
    expect(combined.immigrationQueries).toEqual([{ id: "iq-14" }, { id: "iq-10" }, { id: "iq-02" }]);
  });

  test.each([0, -1, 201])("immigrationQueries(first: %d) is a BAD_USER_INPUT on `first`", async (first) => {
    const { result, statements } = await run(`query($f: Int) { immigrationQueries(first: $f) { id } }`, { f: first });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "first" });
    expect(statements).toBe(0);
  });

  test("immigrationQuery: every field, and null for an unknown id", async () => {
    const d = await data(`{
      immigrationQuery(id: "iq-03") {
        id case { id } subject { id immigrationStatus { status recordedAt } } raisedBy { id } raisedByAgency { id }
        contact { id name } question status answer raisedAt answeredAt
      }
      missing: immigrationQuery(id: "nope") { id }
    }`);
    expect(d.immigrationQuery).toEqual({
      id: "iq-03",
      case: { id: caseId(3) },
      subject: { id: personId(3), immigrationStatus: { status: "SETTLED", recordedAt: "2024-02-03T14:00:00.000Z" } },
      raisedBy: { id: "chair-oldham" },
      raisedByAgency: { id: "oldham" },
      contact: { id: "spoc-wales", name: "Morgan Tallis" },
      question: "Synthetic question 3: what is the subject's current leave?",
      status: "ANSWERED",
      answer: "Synthetic answer 3.",
      raisedAt: "2024-01-03T09:30:00.000Z",
      answeredAt: "2024-02-03T14:00:00.000Z",
    });
    expect(d.missing).toBeNull();
  });

  describe("_entities contract", () => {
    const entities = (fields: string) => `query($r: [_Any!]!) { _entities(representations: $r) { __typename ${fields} } }`;

    test("ImmigrationContact: batched, null for an unknown id", async () => {
      const reps = [
        { __typename: "ImmigrationContact", id: "spoc-wales" },
        { __typename: "ImmigrationContact", id: "nope" },
        { __typename: "ImmigrationContact", id: "spoc-lon" },
      ];
      const { result, statements } = await run(entities(`... on ImmigrationContact { id name region agency { id } }`), { r: reps });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([
        { __typename: "ImmigrationContact", id: "spoc-wales", name: "Morgan Tallis", region: "WALES", agency: { id: "ie-wales" } },
        null,
        { __typename: "ImmigrationContact", id: "spoc-lon", name: "Sam Kestrel", region: "LONDON", agency: { id: "ie-london" } },
      ]);
      expect(statements).toBe(1);
    });

    test("ImmigrationQuery: batched with its contacts", async () => {
      const reps = ["iq-01", "iq-02", "iq-03", "nope"].map((id) => ({ __typename: "ImmigrationQuery", id }));
      const { result, statements } = await run(entities(`... on ImmigrationQuery { id status contact { id } case { id } }`), { r: reps });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([
        { __typename: "ImmigrationQuery", id: "iq-01", status: "OPEN", contact: { id: "spoc-nw-1" }, case: { id: caseId(1) } },
        { __typename: "ImmigrationQuery", id: "iq-02", status: "OPEN", contact: { id: "spoc-lon" }, case: { id: caseId(2) } },
        { __typename: "ImmigrationQuery", id: "iq-03", status: "ANSWERED", contact: { id: "spoc-wales" }, case: { id: caseId(3) } },
        null,
      ]);
      expect(statements).toBe(2);
    });

    test("Case { immigrationQueries }: one batch, newest first, [] for a case without queries", async () => {
      const reps = [caseId(1), caseId(99), caseId(2)].map((id) => ({ __typename: "Case", id }));
      const { result, statements } = await run(entities(`... on Case { id immigrationQueries { id } }`), { r: reps });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([
        { __typename: "Case", id: caseId(1), immigrationQueries: [{ id: "iq-11" }, { id: "iq-01" }] },
        { __typename: "Case", id: caseId(99), immigrationQueries: [] },
        { __typename: "Case", id: caseId(2), immigrationQueries: [{ id: "iq-12" }, { id: "iq-02" }] },
      ]);
      // The queries, and their contacts (who was asked decides need-to-know).
      expect(statements).toBe(2);
    });

    test("Person { immigrationStatus }: one batch, null when none is recorded", async () => {
      const reps = [personId(6), personId(1), personId(3)].map((id) => ({ __typename: "Person", id }));
      const { result, statements } = await run(entities(`... on Person { id immigrationStatus { status recordedAt } }`), { r: reps });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([
        { __typename: "Person", id: personId(6), immigrationStatus: { status: "LIMITED_LEAVE", recordedAt: "2024-02-06T14:00:00.000Z" } },
        { __typename: "Person", id: personId(1), immigrationStatus: null },
        { __typename: "Person", id: personId(3), immigrationStatus: { status: "SETTLED", recordedAt: "2024-02-03T14:00:00.000Z" } },
      ]);
      // The statuses, and the questions that relate the caller to each person.
      expect(statements).toBe(2);
    });
  });

  test("statement count does not grow with the list: 1 vs 20 queries with contact and subject", async () => {
    const query = `query($n: Int!) {
      immigrationQueries(first: $n) {
        id raisedBy { id } raisedByAgency { id }
        contact { id name agency { id } }
        subject { id immigrationStatus { status } }
        case { id immigrationQueries { id } }
      }
    }`;
    const one = await run(query, { n: 1 });
    const twenty = await run(query, { n: 20 });
    expect(one.result.errors).toBeUndefined();
    expect(twenty.result.errors).toBeUndefined();
    expect(one.result.data?.immigrationQueries).toHaveLength(1);
    expect(twenty.result.data?.immigrationQueries).toHaveLength(20);
    // list, contacts, statuses, queries by case (and their contacts), relationships to the subjects
    expect(one.statements).toBe(6);
    // With more queries listed, the nested ones' contacts are already loaded.
    expect(twenty.statements).toBeLessThanOrEqual(one.statements);
  });

  test("a second level of nesting adds at most one statement per level, whatever the size", async () => {
    const query = `query($n: Int!) { immigrationQueries(first: $n) { id contact { id } case { immigrationQueries { id contact { id } } } } }`;
    const one = await run(query, { n: 1 });
    const twenty = await run(query, { n: 20 });
    expect(one.result.errors).toBeUndefined();
    expect(twenty.result.errors).toBeUndefined();
    // list, contacts, queries by case, contacts of those not yet cached (none left with 20)
    expect(one.statements).toBe(4);
    expect(twenty.statements).toBeLessThanOrEqual(one.statements);
  });

  test("the SDL declares the entities and the stubs with their keys", async () => {
    const d = await data(`{ _service { sdl } }`);
    const sdl = (d._service as { sdl: string }).sdl;
    for (const type of ["ImmigrationContact", "ImmigrationQuery", "Case", "Person"]) {
      expect(sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "id"\\)\\s*\\{`));
    }
    for (const type of ["Agency", "Practitioner"]) {
      expect(sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "id", resolvable: false\\)\\s*\\{\\s*id: ID!\\s*\\}`));
    }
    expect(sdl).toMatch(/type ImmigrationStatus \{/);
  });
});
