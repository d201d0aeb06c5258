import { AgencyKind, PractitionerRole, Region } from "../../common/domain";
import { BadUserInputError, ForbiddenError } from "../../common/errors";
import { closeDatabases, openDatabases, seedDatabases, type Databases } from "../../platform/platform";
import { generateWorld } from "../../seed/generate";
import { Case } from "../../subgraphs/cases/entities/case.entity";
import { CATEGORY_DIMENSIONS, DisclosureControl, MEASURES, StatisticsDimension } from "../../subgraphs/cases/statistics/dimensions";
import { StaticGeography } from "../../subgraphs/cases/statistics/geography";
import { equations, GeoLevel } from "../../subgraphs/cases/statistics/layout";
import { parsePeriod, yearOf, type Span } from "../../subgraphs/cases/statistics/period";
import { PUBLISHED } from "../../subgraphs/cases/statistics/protect";
import { StatisticsService, type YearCube } from "../../subgraphs/cases/statistics/statistics.service";
import { testDatabases, type TestDatabase } from "../fixtures/databases";
import { testPrincipal, testScope } from "../fixtures/access";
import { naiveCount, naiveMedian, oracleCases, worldGeography, type OracleCase } from "../fixtures/statistics-oracle";

const board = testScope(testPrincipal({ agencyId: "dovetail-governance-board-secretariat", agencyKind: AgencyKind.OTHER, roles: [PractitionerRole.BOARD_MEMBER] }), { purpose: null });
const kirklees = (roles: PractitionerRole[]) => testScope(testPrincipal({ agencyId: "kirklees", agencyKind: AgencyKind.LOCAL_AUTHORITY, region: Region.YORKSHIRE_AND_THE_HUMBER, roles }), { purpose: null });

/** The 2024/25 release's breakdowns: published on their own (with geography), never crossed with another category. */
const RELEASE_BREAKDOWNS = CATEGORY_DIMENSIONS.filter((d) => d.solo);

/** The year with the most referrals in the world, so cells are neither all empty nor all large. */
function busiestYear(cases: readonly OracleCase[]): string {
  const years = new Map<string, number>();
  for (const { c } of cases) {
    const d = new Date(c.referredAt);
    const start = d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
    const label = `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
    years.set(label, (years.get(label) ?? 0) + 1);
  }
  return [...years].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The cases a cube cell counts, decided from its coordinates alone. */
function cellPredicate(year: YearCube & { span: Span; quarters: Span[] }, cell: number): { span: { from: Date; to: Date }; where: (o: OracleCase) => boolean } {
  const { layout } = year;
  const { t, g, combo } = layout.decode(cell);
  const unit = layout.geo.units[g]!;
  const codes = layout.codesOf(combo);
  return {
    span: t === 0 ? year.span : year.quarters[t - 1]!,
    where: (o) => {
      if (unit.level === GeoLevel.AUTHORITY && o.authority !== unit.key) return false;
      if (unit.level === GeoLevel.REGION && o.region !== unit.key) return false;
      if (unit.level === GeoLevel.PHASE && o.phase !== unit.key) return false;
      return codes.every((code, d) => code === 0 || o[CATEGORY_DIMENSIONS[d]!.key] === CATEGORY_DIMENSIONS[d]!.members[code - 1]);
    },
  };
}

describe.each(testDatabases())("Prevent statistics on $label", ({ create }) => {
  const world = generateWorld({ cases: 700 });
  const cases = oracleCases(world);
  const yearLabel = busiestYear(cases);
  let db: TestDatabase;
  let databases: Databases;
  let service: StatisticsService;

  beforeAll(async () => {
    db = create();
    databases = await openDatabases({ database: db.config }, { schemaPrefix: db.schemaPrefix });
    await seedDatabases(databases, world);
    service = new StatisticsService(databases.cases.dataSource, { threshold: 5, cacheSeconds: 300 }, new StaticGeography(worldGeography(world)));
  });
  afterAll(async () => {
    await closeDatabases(databases);
    await db.cleanup();
  });

  const cubeOf = async (label: string) => {
    const period = parsePeriod(label);
    const built = await service.yearCube(board, period);
    const { year, quarters } = yearOf(period);
    return { ...built, span: year, quarters };
  };

  it("counts every cell of the year's cube as a case-by-case count does (a sample of cells, every measure)", async () => {
    const year = await cubeOf(yearLabel);
    const { layout, cube } = year;
    // Every cell with at most one category set, and a spread of the rest.
    const cells: number[] = [];
    for (let cell = 0; cell < layout.size; cell++) {
      const { g, combo } = layout.decode(cell);
      if (layout.exists(g, combo) && (layout.specifiedCount[combo]! <= 1 || cell % 97 === 0)) cells.push(cell);
    }
    expect(cells.length).toBeGreaterThan(5000);
    const wrong: string[] = [];
    let nonZero = 0;
    for (const cell of cells) {
      const { span, where } = cellPredicate(year, cell);
      MEASURES.forEach((measure, m) => {
        const expected = naiveCount(cases, measure.name, span, where);
        const got = cube.values[m]![cell]!;
        if (got !== expected) wrong.push(`${measure.name} cell ${cell}: ${got} != ${expected}`);
        if (got > 0) nonZero++;
      });
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(nonZero).toBeGreaterThan(1000);
  });

  it("publishes no count below the threshold and leaves no total with exactly one suppressed part", async () => {
    const { layout, cube } = await cubeOf(yearLabel);
    MEASURES.forEach((measure, m) => {
      const values = cube.values[m]!;
      const { status, primary } = cube.protection(m);
      if (measure.name === "referrals") expect(primary).toBeGreaterThan(100);
      const small = [...values.keys()].filter((cell) => status[cell] === PUBLISHED && values[cell]! > 0 && values[cell]! < 5);
      expect(small).toEqual([]);
      let exposed = 0;
      for (const eq of equations(layout, measure.timeAdditive)) {
        if (eq.cells.filter((c) => status[c] !== PUBLISHED).length === 1) exposed++;
      }
      expect({ measure: measure.name, exposed }).toEqual({ measure: measure.name, exposed: 0 });
    });
  });

  it("answers a breakdown from the protected cube, with medians as a case-by-case count gives them", async () => {
    const period = parsePeriod(yearLabel);
    const table = await service.table(board, { period, by: [StatisticsDimension.REGION], filter: {} });
    expect(table.rows.map((r) => r.region)).toEqual(Object.values(Region));
    const medians = await service.medians(table.rows.map((r) => r.medianKey));
    table.rows.forEach((row, i) => {
      const where = (o: OracleCase) => o.region === row.region;
      const referrals = naiveCount(cases, "referrals", period, where);
      if (!row.counts.referrals.suppressed) expect(row.counts.referrals.value).toBe(referrals);
      expect(medians[i]!.screening).toEqual((({ days, n }) => ({ days, population: n }))(naiveMedian(cases, period, (c) => c.screening?.decidedAt ?? null, where)));
      expect(medians[i]!.panel).toEqual((({ days, n }) => ({ days, population: n }))(naiveMedian(cases, period, (c) => c.firstPanelAt, where)));
    });
    expect(table.total.counts.referrals).toEqual({ value: naiveCount(cases, "referrals", period), suppressed: false });
  });

  it.each(RELEASE_BREAKDOWNS.map((d) => [d.dimension, d] as const))("answers %s on its own and by region from the protected cube, as a case-by-case count gives it", async (_, d) => {
    const period = parsePeriod(yearLabel);
    const alone = await service.table(board, { period, by: [d.dimension], filter: {} });
    expect(alone.rows.map((r) => r[d.key])).toEqual(d.members);
    const byRegion = await service.table(board, { period, by: [StatisticsDimension.REGION, d.dimension], filter: {} });
    expect(byRegion.rows).toHaveLength(Object.values(Region).length * d.members.length);
    let suppressed = 0;
    let known = 0;
    for (const table of [alone, byRegion]) {
      for (const row of [...table.rows, table.total]) {
        const where = (o: OracleCase) => (row.region === null || o.region === row.region) && (row[d.key] === null || o[d.key] === row[d.key]);
        for (const measure of MEASURES) {
          const cell = row.counts[measure.name];
          const expected = naiveCount(cases, measure.name, period, where);
          if (cell.suppressed) {
            suppressed++;
            expect(cell.value).toBeNull();
            continue;
          }
          expect({ measure: measure.name, row: [row.region, row[d.key]], value: cell.value }).toEqual({ measure: measure.name, row: [row.region, row[d.key]], value: expected });
          expect(cell.value === 0 || cell.value! >= 5).toBe(true);
          if (row[d.key] !== null && row[d.key] !== "NOT_KNOWN" && cell.value! > 0) known++;
        }
      }
    }
    // A published total never has exactly one suppressed part (the members of the breakdown).
    const regions = await service.table(board, { period, by: [StatisticsDimension.REGION], filter: {} });
    const totals = [{ total: alone.total, parts: alone.rows }, ...regions.rows.map((r) => ({ total: r, parts: byRegion.rows.filter((row) => row.region === r.region) }))];
    for (const { total, parts } of totals) {
      for (const measure of MEASURES) {
        if (total.counts[measure.name].suppressed) continue;
        expect({ region: total.region, measure: measure.name, suppressedParts: parts.filter((row) => row.counts[measure.name].suppressed).length }).not.toMatchObject({ suppressedParts: 1 });
      }
    }
    expect(suppressed).toBeGreaterThan(0);
    expect(known).toBeGreaterThan(0);
  });

  it("crosses the release's breakdowns with no other category, and shows a coordinator no health breakdown of their own authority", async () => {
    const period = parsePeriod(yearLabel);
    const refused = async (by: StatisticsDimension[], filter: Record<string, string> = {}) => {
      const error = await service.table(board, { period, by, filter }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadUserInputError);
      return (error as BadUserInputError).extensions;
    };
    expect(await refused([StatisticsDimension.ETHNICITY, StatisticsDimension.TYPE_OF_CONCERN])).toMatchObject({ field: "by" });
    expect(await refused([StatisticsDimension.ETHNICITY, StatisticsDimension.MENTAL_HEALTH_CONCERN])).toMatchObject({ field: "by" });
    expect(await refused([StatisticsDimension.CONSENT_TO_SUPPORT], { gender: "MALE" })).toMatchObject({ field: "by" });
    expect(await refused([StatisticsDimension.AGE_BAND], { ethnicity: "WHITE" })).toMatchObject({ field: "by" });
    expect(await refused([], { ethnicity: "PURPLE" })).toMatchObject({ field: "filter.ethnicity" });
    // A filter on one of them alone, and geography with it, are fine.
    const white = await service.table(board, { period, by: [StatisticsDimension.LOCAL_AUTHORITY], filter: { ethnicity: "WHITE" } });
    expect(white.total.counts.referrals).toEqual({ value: naiveCount(cases, "referrals", period, (o) => o.ethnicity === "WHITE"), suppressed: false });

    // Unsuppressed figures of one's own authority only break down what the policy lets one see on its cases.
    const own = { localAuthorityId: "kirklees" };
    const chair = await service.table(kirklees([PractitionerRole.CHANNEL_CHAIR]), { period, by: [StatisticsDimension.MENTAL_HEALTH_CONCERN], filter: own });
    expect(chair.mode).toBe(DisclosureControl.OWN_AUTHORITY);
    for (const row of chair.rows) {
      expect(row.counts.referrals).toEqual({ value: naiveCount(cases, "referrals", period, (o) => o.authority === "kirklees" && o.mentalHealthConcern === row.mentalHealthConcern), suppressed: false });
    }
    const coordinator = kirklees([PractitionerRole.PREVENT_COORDINATOR]);
    expect((await service.table(coordinator, { period, by: [StatisticsDimension.ETHNICITY], filter: own })).mode).toBe(DisclosureControl.OWN_AUTHORITY);
    await expect(service.table(coordinator, { period, by: [StatisticsDimension.MENTAL_HEALTH_CONCERN], filter: own })).rejects.toThrow(ForbiddenError);
    await expect(service.table(coordinator, { period, by: [], filter: { ...own, mentalHealthConcern: "YES" } })).rejects.toThrow(ForbiddenError);
  });

  it("reads the same cells whether a quarter or its year is asked for, and the quarters add up", async () => {
    const year = await service.table(board, { period: parsePeriod(yearLabel), by: [], filter: {} });
    let sum = 0;
    for (const q of [1, 2, 3, 4]) {
      const quarter = await service.table(board, { period: parsePeriod(`${yearLabel} Q${q}`), by: [], filter: {} });
      sum += quarter.total.counts.referrals.value ?? NaN;
    }
    expect(sum).toBe(year.total.counts.referrals.value);
  }, 180_000);

  it("keeps medians with the cube: asked again they cost no statement, until case work renews them", async () => {
    const table = await service.table(board, { period: parsePeriod(yearLabel), by: [StatisticsDimension.REGION], filter: {} });
    const keys = [...table.rows, table.total].map((r) => r.medianKey);
    const first = await service.medians(keys);
    databases.cases.counter.reset();
    expect(await service.medians(keys)).toEqual(first);
    expect(databases.cases.counter.count).toBe(0);
    service.invalidate();
    expect(await service.medians(keys)).toEqual(first);
    // One statement per set of grouping columns: the regions, and the total.
    expect(databases.cases.counter.count).toBe(new Set(keys.map((k) => k.columns.join(","))).size);
  });

  it("runs a fixed number of statements whatever the number of cases", async () => {
    const period = parsePeriod(yearLabel);
    const statements = async () => {
      service.invalidate();
      databases.cases.counter.reset();
      const table = await service.table(board, { period, by: [StatisticsDimension.REGION, StatisticsDimension.TYPE_OF_CONCERN], filter: {} });
      await service.medians([...table.rows, table.total].map((r) => r.medianKey).slice(0, 40));
      await service.medians([table.total.medianKey]);
      return databases.cases.counter.count;
    };
    const before = await statements();
    // Triple the year's cases (copies under new ids): the statements stay the same.
    const repository = databases.cases.dataSource.getRepository(Case);
    const rows = await repository.createQueryBuilder("c").where("c.referred_at >= :from AND c.referred_at < :to", period).getMany();
    for (const copy of [1, 2]) {
      const copies = rows.map((r) => ({ ...r, id: `x${copy}${r.id.slice(2)}`, reference: `${r.reference.slice(0, 3)}X${copy}${r.reference.slice(5)}` }));
      for (let i = 0; i < copies.length; i += 200) await repository.insert(copies.slice(i, i + 200));
    }
    const after = await statements();
    service.invalidate();
    expect(after).toBe(before);
    expect(before).toBeLessThanOrEqual(3);
    const table = await service.table(board, { period, by: [], filter: {} });
    expect(table.total.counts.referrals.value).toBe(3 * naiveCount(cases, "referrals", period));
    // Two protected cubes are computed (about 15 s each on two busy cores): room for a loaded machine.
  }, 240_000);
});
