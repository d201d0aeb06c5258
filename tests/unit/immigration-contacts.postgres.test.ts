import { describePostgres } from "../fixtures/databases";
import { graphql } from "graphql";
import type { DataSource } from "typeorm";
import { ImmigrationQueryStatus, ImmigrationStatusKind, Region } from "../../common/domain";
import type { SeedWorld } from "../../seed/world";
import { dbSchemaName } from "../../common/config";
import { createDataSource, openDatabase } from "../../subgraphs/kit/datasource";
import { subgraphSchema } from "../../subgraphs/kit/subgraph";
import { immigrationContactsSubgraph as def } from "../../subgraphs/immigration-contacts/server";
import { unitContext } from "../fixtures/access";

const world: SeedWorld = {
  agencies: [],
  practitioners: [],
  people: [],
  cases: [],
  immigrationContacts: [
    { id: "spoc-sw", name: "Jo Penhallow", region: Region.SOUTH_WEST, email: "jo.penhallow@immigration.example", phone: "01632 960201", agencyId: "ie-south-west", practitionerId: null },
  ],
  immigrationQueries: [1, 2].map((n) => ({
    id: `iq-pg-${n}`,
    caseId: `00000000-0000-4000-8000-c0000000000${n}`,
    subjectId: `00000000-0000-4000-8000-a0000000000${n}`,
    raisedByPractitionerId: "chair-swansea",
    raisedByAgencyId: "swansea",
    contactId: "spoc-sw",
    question: `Synthetic question ${n}.`,
    status: n === 1 ? ImmigrationQueryStatus.ANSWERED : ImmigrationQueryStatus.OPEN,
    answer: n === 1 ? "Synthetic answer." : null,
    raisedAt: `2024-03-0${n}T10:15:00.000Z`,
    answeredAt: n === 1 ? "2024-03-05T11:00:00.000Z" : null,
  })),
  immigrationStatuses: [
    { personId: "00000000-0000-4000-8000-a00000000001", status: ImmigrationStatusKind.PRE_SETTLED, recordedAt: "2024-03-05T11:00:00.000Z", sourceQueryId: "iq-pg-1" },
  ],
  rolloutPhases: [],
  boards: [],
  qualityAssuranceReviews: [],
  selfAssessments: [],
  sharingAgreements: [],
};

// Runs only with TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test), in a throwaway schema.
describePostgres("immigration-contacts on PostgreSQL", (url) => {
  const schemaPrefix = `t${process.pid}_`;
  let dataSource: DataSource;

  beforeAll(async () => {
    const source = createDataSource({
      subgraph: "immigration-contacts",
      database: { kind: "postgres", url, poolSize: 2, logSql: false },
      entities: def.entities,
      migrations: def.migrations,
      schemaPrefix,
    });
    dataSource = await openDatabase(source);
    await def.seed(dataSource, world);
    await def.seed(dataSource, world);
  });

  afterAll(async () => {
    if (!dataSource?.isInitialized) return;
    await dataSource.query(`DROP SCHEMA IF EXISTS "${schemaPrefix}${dbSchemaName("immigration-contacts")}" CASCADE`);
    await dataSource.destroy();
  });

  test("instants round-trip and order newest first", async () => {
    const services = def.createServices(dataSource);
    const result = await graphql({
      schema: subgraphSchema(def as never),
      source: `{ immigrationQueries { id raisedAt answeredAt subject { immigrationStatus { status recordedAt } } } }`,
      contextValue: unitContext(def, services),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.immigrationQueries).toEqual([
      { id: "iq-pg-2", raisedAt: "2024-03-02T10:15:00.000Z", answeredAt: null, subject: { immigrationStatus: null } },
      {
        id: "iq-pg-1",
        raisedAt: "2024-03-01T10:15:00.000Z",
        answeredAt: "2024-03-05T11:00:00.000Z",
        subject: { immigrationStatus: { status: "PRE_SETTLED", recordedAt: "2024-03-05T11:00:00.000Z" } },
      },
    ]);
  });
});
