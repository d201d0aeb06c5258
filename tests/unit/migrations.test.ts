import { SUBGRAPH_NAMES } from "../../common/config";
import { SUBGRAPHS } from "../../platform/registry";
import { createDataSource, openDatabase } from "../../subgraphs/kit/datasource";
import { testDatabases } from "../fixtures/databases";

describe.each(testDatabases())("migrations on $label", ({ create }) => {
  const db = create();
  afterAll(() => db.cleanup());

  it.each([...SUBGRAPH_NAMES])("%s: migrations build exactly the schema its entities describe, re-run as a no-op, and go down and up cleanly", async (name) => {
    const def = SUBGRAPHS[name];
    const source = createDataSource({
      subgraph: name,
      database: db.config,
      entities: def.entities,
      migrations: def.migrations,
      schemaPrefix: db.schemaPrefix,
    });
    try {
      await openDatabase(source);
      const pending = await source.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      expect(await source.dataSource.showMigrations()).toBe(false);
      // Start-up runs migrations every time: the second run must change nothing.
      await openDatabase(source);
      // On PostgreSQL the migrations table lives in the subgraph's own schema, like its tables.
      const schema = (source.dataSource.options as { schema?: string }).schema;
      const table = schema ? `"${schema}"."migrations"` : `"migrations"`;
      const applied = await source.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
      expect(Number((applied as { n: number | string }[])[0]!.n)).toBe(def.migrations.length);
      // Every migration can be undone, and redoing them lands on the same schema.
      for (let i = 0; i < def.migrations.length; i += 1) await source.dataSource.undoLastMigration({ transaction: "each" });
      await source.dataSource.runMigrations({ transaction: "each" });
      expect((await source.dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await source.dataSource.destroy();
    }
  });
});
