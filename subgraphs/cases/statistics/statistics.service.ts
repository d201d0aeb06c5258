import type { DataSource } from "typeorm";
import { BadUserInputError, ForbiddenError, ServiceUnavailableError } from "../../../common/errors";
import { Relationship } from "../../../common/policy/vocabulary";
import type { RequestScope } from "../../kit/context.type";
import { qualifiedTable } from "../../kit/datasource";
import { CaseOutcome, CaseStage, Programme } from "../../kit/enums";
import { Case } from "../entities/case.entity";
import { SupportPlan } from "../entities/support-plan.entity";
import { Cube, type FineRow } from "./cube";
import { CATEGORY_DIMENSIONS, categoryCode, DisclosureControl, GEO_DIMENSIONS, MEASURES, StatisticsDimension, type CategoryKey, type MeasureName } from "./dimensions";
import type { GeographySource } from "./geography";
import { CubeLayout, GeoIndex, GeoLevel, type Geography } from "./layout";
import { yearOf, type Period, type Span } from "./period";
import { PUBLISHED } from "./protect";
import { observeCubeBuild } from "../../kit/telemetry";

export interface StatisticsOptions {
  /** Counts from 1 to threshold - 1 are suppressed. */
  threshold: number;
  /** How long a year's cube is reused (case work in any replica renews it sooner: renewal.ts). */
  cacheSeconds: number;
  /**
   * How long a request waits for a cube being computed (a cold year takes seconds at scale).
   * After that it gets the year's previous cube if there is one, else SERVICE_UNAVAILABLE with
   * `retryAfterSeconds`; the computation goes on. Unset: wait as long as it takes.
   */
  waitMs?: number;
}

export interface StatisticsFilterValues {
  localAuthorityId?: string | null;
  region?: string | null;
  rolloutPhaseId?: string | null;
  referringSector?: string | null;
  typeOfConcern?: string | null;
  ageBand?: string | null;
  gender?: string | null;
  consentToSupport?: string | null;
  mentalHealthConcern?: string | null;
  ethnicity?: string | null;
}

export interface TableRequest {
  period: Period;
  by: readonly StatisticsDimension[];
  filter: StatisticsFilterValues;
}

export interface CountValue {
  value: number | null;
  suppressed: boolean;
}

export interface RateValue {
  value: number | null;
  suppressed: boolean;
}

export type GroupColumn = "authority" | "region" | "phase" | CategoryKey;

/** One cell's medians are asked for by its coordinates: the loader groups them into one statement. */
export interface MedianKey {
  period: Period;
  columns: readonly GroupColumn[];
  values: readonly (string | null)[];
  /** Authority → phase, for grouping by phase. */
  phaseOf: ReadonlyMap<string, string | null>;
}

export interface MedianResult {
  screening: { days: number | null; population: number };
  panel: { days: number | null; population: number };
}

/** A row's member of each categorical dimension (null when not broken down by it, or an age band not known). */
export type RowMembers = Record<CategoryKey, string | null>;

export interface RowData extends RowMembers {
  localAuthorityId: string | null;
  region: string | null;
  rolloutPhaseId: string | null;
  counts: Record<MeasureName, CountValue>;
  panelRate: RateValue;
  adoptionRate: RateValue;
  medianKey: MedianKey;
  mode: DisclosureControl;
  threshold: number;
}

export interface TableData {
  period: Period;
  by: StatisticsDimension[];
  mode: DisclosureControl;
  threshold: number;
  computedAt: Date;
  rows: RowData[];
  total: RowData;
}

export interface YearCube {
  layout: CubeLayout;
  cube: Cube;
  phaseOf: Map<string, string | null>;
  computedAt: Date;
}

const GEO_LEVEL: Partial<Record<StatisticsDimension, GeoLevel>> = {
  [StatisticsDimension.LOCAL_AUTHORITY]: GeoLevel.AUTHORITY,
  [StatisticsDimension.REGION]: GeoLevel.REGION,
  [StatisticsDimension.ROLLOUT_PHASE]: GeoLevel.PHASE,
};

const QUARTERS = 4;
/** Categories a cell crosses at most: two, as the official tables; one for a local authority. */
const MAX_CROSSED = 2;
const AUTHORITY_MAX_CROSSED = 1;
const MEDIAN_CACHE_SIZE = 50_000;
const NO_MEDIANS: MedianResult = { screening: { days: null, population: 0 }, panel: { days: null, population: 0 } };

/**
 * The Prevent statistics: a cube per financial year from one GROUP BY over the year's cases,
 * protected once (protect.ts), from which every report of the year reads its cells.
 */
export class StatisticsService {
  private readonly cubes = new Map<string, { at: number; epoch: number; cube: Promise<YearCube> }>();
  /** The newest finished cube of each year, served while its successor is computed. */
  private readonly finished = new Map<string, YearCube>();
  private epoch = 0;
  private readonly medianCache = new Map<string, { at: number; epoch: number; result: MedianResult }>();

  constructor(
    private readonly dataSource: DataSource,
    readonly options: StatisticsOptions,
    private readonly geography: GeographySource,
    /** Awaited before a cube is built: the replicas' renewal is listening by then (renewal.ts). */
    private readonly beforeBuild: () => Promise<void> = async () => undefined,
  ) {}

  /** Case work changed the numbers: the next report recomputes. */
  invalidate(): void {
    this.epoch++;
  }

  /** Validates and answers one report; FORBIDDEN beyond what the caller's policy grants. */
  async table(scope: RequestScope, request: TableRequest): Promise<TableData> {
    assertBy(request.by);
    const year = await this.yearCube(scope, request.period);
    const plan = planTable(year.layout.geo, request);
    const mode = disclosureMode(scope, plan);
    const threshold = this.options.threshold;
    const { layout, cube } = year;
    const t = request.period.quarter;
    // The cube comes protected (buildYear): reading the statuses costs nothing.
    const statuses = mode === DisclosureControl.SUPPRESSED ? MEASURES.map((_, m) => cube.protection(m).status) : null;
    const rowOf = (g: number, codes: readonly number[]): RowData => {
      const cell = layout.cell(t, g, layout.combo(codes));
      const counts = {} as Record<MeasureName, CountValue>;
      MEASURES.forEach((measure, m) => {
        const suppressed = statuses !== null && statuses[m]![cell] !== PUBLISHED;
        counts[measure.name] = { value: suppressed ? null : cube.values[m]![cell]!, suppressed };
      });
      const unit = layout.geo.units[g]!;
      const authority = unit.level === GeoLevel.AUTHORITY ? unit.key : null;
      const region = unit.level === GeoLevel.REGION ? unit.key : authority !== null ? layout.geo.units[layout.geo.regionOf[g]!]!.key : null;
      const phase = unit.level === GeoLevel.PHASE ? unit.key : authority !== null ? layout.geo.units[layout.geo.phaseOf[g]!]!.key : null;
      const member = (d: number) => (codes[d]! > 0 ? CATEGORY_DIMENSIONS[d]!.members[codes[d]! - 1]! : null);
      const members = Object.fromEntries(CATEGORY_DIMENSIONS.map((d, i) => [d.key, member(i)])) as RowMembers;
      const columns: GroupColumn[] = [];
      const values: (string | null)[] = [];
      if (unit.level !== GeoLevel.ALL) {
        columns.push(unit.level === GeoLevel.AUTHORITY ? "authority" : unit.level === GeoLevel.REGION ? "region" : "phase");
        values.push(unit.key);
      }
      codes.forEach((code, d) => {
        if (code === 0) return;
        columns.push(CATEGORY_DIMENSIONS[d]!.key);
        values.push(member(d));
      });
      return {
        localAuthorityId: authority,
        region,
        rolloutPhaseId: phase,
        ...members,
        counts,
        panelRate: rate(counts.discussedAtPanel, counts.referrals),
        adoptionRate: rate(counts.adoptedAsChannelCase, counts.referrals),
        medianKey: { period: request.period, columns, values, phaseOf: year.phaseOf },
        mode,
        threshold,
      };
    };
    const rows: RowData[] = [];
    for (const g of plan.rowUnits) for (const codes of plan.rowCodes) rows.push(rowOf(g, codes));
    return {
      period: request.period,
      by: [...request.by],
      mode,
      threshold,
      computedAt: year.computedAt,
      rows,
      total: rowOf(plan.filterUnit, plan.filterCodes),
    };
  }

  /** Is this agency one of the authorities the statistics are broken down by? */
  async isAuthority(scope: RequestScope, period: Period, agencyId: string): Promise<boolean> {
    const { layout } = await this.yearCube(scope, period);
    return layout.geo.unit(GeoLevel.AUTHORITY, agencyId) !== undefined;
  }

  async isPhase(scope: RequestScope, period: Period, phaseId: string): Promise<boolean> {
    const { layout } = await this.yearCube(scope, period);
    return layout.geo.unit(GeoLevel.PHASE, phaseId) !== undefined;
  }

  /**
   * Medians for many cells: one statement per period and set of grouping columns, for the cells
   * not already known. They are kept like the cubes (STATS_CACHE_SECONDS, renewed at once by case
   * work), so a dashboard that asks again costs no statement.
   */
  async medians(keys: readonly MedianKey[]): Promise<MedianResult[]> {
    const now = Date.now();
    const known = (key: string) => {
      const hit = this.medianCache.get(key);
      return hit && hit.epoch === this.epoch && now - hit.at < this.options.cacheSeconds * 1000 ? hit.result : undefined;
    };
    const batches = new Map<string, MedianKey[]>();
    for (const key of keys) {
      if (known(medianCacheKey(key))) continue;
      const batch = `${key.period.label}|${key.columns.join(",")}`;
      batches.set(batch, [...(batches.get(batch) ?? []), key]);
    }
    const epoch = this.epoch;
    for (const batch of batches.values()) {
      const computed = await this.medianBatch(batch);
      if (this.medianCache.size + batch.length > MEDIAN_CACHE_SIZE) this.medianCache.clear();
      for (const key of batch) this.medianCache.set(medianCacheKey(key), { at: now, epoch, result: computed.get(valuesKey(key.values)) ?? NO_MEDIANS });
    }
    return keys.map((k) => known(medianCacheKey(k)) ?? this.medianCache.get(medianCacheKey(k))?.result ?? NO_MEDIANS);
  }

  /** The protected cube of the period's financial year (built, or reused while fresh), within the wait budget. */
  async yearCube(scope: RequestScope, period: Period): Promise<YearCube> {
    const pending = this.freshCube(scope, period);
    const waitMs = this.options.waitMs;
    if (waitMs === undefined) return pending;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
    try {
      const ready = await Promise.race([pending, late]);
      if (ready) return ready;
    } finally {
      clearTimeout(timer);
    }
    const previous = this.finished.get(period.year);
    if (previous) return previous;
    throw new ServiceUnavailableError(`The statistics for ${period.year} are being computed: retry in a few seconds.`, { retryAfterSeconds: 5 });
  }

  private freshCube(scope: RequestScope, period: Period): Promise<YearCube> {
    const now = Date.now();
    const cached = this.cubes.get(period.year);
    if (cached && cached.epoch === this.epoch && now - cached.at < this.options.cacheSeconds * 1000) return cached.cube;
    const cube = observeCubeBuild("cases", () => this.buildYear(scope, period));
    this.cubes.set(period.year, { at: now, epoch: this.epoch, cube });
    cube.then(
      (built) => this.finished.set(period.year, built),
      () => {
        if (this.cubes.get(period.year)?.cube === cube) this.cubes.delete(period.year);
      },
    );
    return cube;
  }

  private async buildYear(scope: RequestScope, period: Period): Promise<YearCube> {
    await this.beforeBuild();
    const { year, quarters } = yearOf(period);
    const [geography, groups] = await Promise.all([this.geography.load(scope), this.groups(year, quarters)]);
    const full = withUnknownAuthorities(geography, groups);
    const layout = new CubeLayout(
      new GeoIndex(full),
      CATEGORY_DIMENSIONS.map((d) => d.members.length),
      QUARTERS,
      MAX_CROSSED,
      AUTHORITY_MAX_CROSSED,
      CATEGORY_DIMENSIONS.map((d) => d.solo),
    );
    const rows = new Map<string, { authority: number; codes: number[]; counts: number[][] }>();
    for (const group of groups) {
      const authority = layout.geo.unit(GeoLevel.AUTHORITY, group.authority)!;
      const codes = CATEGORY_DIMENSIONS.map((d, i) => {
        const code = categoryCode(i, group.members[i]!);
        if (code < 0) throw new Error(`statistics: case data outside the vocabulary (${d.key} ${String(group.members[i])})`);
        return code;
      });
      const key = `${authority}|${codes.join(",")}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { authority, codes, counts: MEASURES.map(() => new Array<number>(QUARTERS + 1).fill(0)) }));
      MEASURES.forEach((measure, m) => {
        const counts = row.counts[m]!;
        if (measure.timeAdditive) {
          const n = group.flows[m]!;
          if (n === 0 || group.quarter === 0) return;
          counts[group.quarter]! += n;
          counts[0]! += n;
        } else {
          group.stock.forEach((n, t) => (counts[t]! += n));
        }
      });
    }
    const fine: FineRow[] = [...rows.values()];
    const phaseOf = new Map(full.authorities.map((a) => [a.id, a.phase]));
    const cube = new Cube(layout, MEASURES, fine, this.options.threshold);
    // Protected once, in slices that let other requests through, before anyone reads it.
    await Promise.all(MEASURES.map((_, m) => cube.protectionAsync(m)));
    return { layout, cube, phaseOf, computedAt: new Date() };
  }

  /** THE statement: the year's cases grouped at the finest level, every measure a conditional sum. */
  private async groups(year: Span, quarters: readonly Span[]): Promise<Group[]> {
    const ds = this.dataSource;
    const channel = `(c.programme = '${Programme.CHANNEL}' AND c.referred_at >= :yearFrom AND c.referred_at < :yearTo)`;
    const openIn = (from: string, to: string) => `(c.programme = '${Programme.DDP}' AND c.referred_at < :${to} AND (c.closed_at IS NULL OR c.closed_at >= :${from}))`;
    const quarter = `CASE ${quarters.map((_, i) => `WHEN c.referred_at >= :q${i}From AND c.referred_at < :q${i}To THEN ${i + 1}`).join(" ")} ELSE 0 END`;
    const sum = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
    const flows: Record<Exclude<MeasureName, "ddpCaseload">, string> = {
      referrals: channel,
      discussedAtPanel: `${channel} AND c.first_panel_at IS NOT NULL`,
      adoptedAsChannelCase: `${channel} AND sp.case_id IS NOT NULL`,
      noFurtherAction: `${channel} AND c.outcome = '${CaseOutcome.NO_FURTHER_ACTION}'`,
      signposted: `${channel} AND c.outcome = '${CaseOutcome.SIGNPOSTED}'`,
      supportedThroughChannel: `${channel} AND sp.case_id IS NOT NULL AND c.stage IN ('${CaseStage.SUPPORT}', '${CaseStage.REVIEW}')`,
      closedAfterSupport: `${channel} AND c.outcome = '${CaseOutcome.CLOSED_AFTER_SUPPORT}'`,
    };
    const flowNames = MEASURES.filter((m) => m.timeAdditive).map((m) => m.name as keyof typeof flows);
    const stock = [openIn("yearFrom", "yearTo"), ...quarters.map((_, i) => openIn(`q${i}From`, `q${i}To`))];
    const sql = [
      `SELECT c.lead_agency_id AS authority, c.region AS region, ${quarter} AS quarter,`,
      CATEGORY_DIMENSIONS.map((d, i) => `${d.column} AS d${i}`).join(", ") + ",",
      [...flowNames.map((name, i) => `${sum(flows[name])} AS f${i}`), ...stock.map((s, i) => `${sum(s)} AS s${i}`)].join(", "),
      `FROM ${qualifiedTable(ds, Case)} c LEFT JOIN ${qualifiedTable(ds, SupportPlan)} sp ON sp.case_id = c.id`,
      `WHERE ${channel} OR ${stock[0]}`,
      `GROUP BY ${Array.from({ length: 3 + CATEGORY_DIMENSIONS.length }, (_, i) => i + 1).join(", ")}`,
    ].join("\n");
    const params: Record<string, Date> = { yearFrom: year.from, yearTo: year.to };
    quarters.forEach((q, i) => {
      params[`q${i}From`] = q.from;
      params[`q${i}To`] = q.to;
    });
    const [query, values] = ds.driver.escapeQueryWithParameters(sql, params);
    const raw = (await ds.query(query, values)) as Record<string, string | number | null>[];
    const flowIndex = MEASURES.map((m) => flowNames.indexOf(m.name as keyof typeof flows));
    return raw.map((r) => ({
      authority: String(r.authority),
      region: r.region === null ? null : String(r.region),
      quarter: Number(r.quarter),
      members: CATEGORY_DIMENSIONS.map((_, i) => (r[`d${i}`] === null ? null : String(r[`d${i}`]))),
      flows: flowIndex.map((i) => (i < 0 ? 0 : Number(r[`f${i}`]))),
      stock: stock.map((_, i) => Number(r[`s${i}`])),
    }));
  }

  private async medianBatch(keys: readonly MedianKey[]): Promise<Map<string, MedianResult>> {
    const ds = this.dataSource;
    const { period, columns, phaseOf } = keys[0]!;
    const params: Record<string, unknown> = { from: period.from, to: period.to };
    const phaseExpression = () => {
      const entries = [...phaseOf].filter(([, phase]) => phase !== null);
      if (entries.length === 0) return "NULL";
      entries.forEach(([authority, phase], i) => {
        params[`pa${i}`] = authority;
        params[`pp${i}`] = phase;
      });
      return `CASE c.lead_agency_id ${entries.map((_, i) => `WHEN :pa${i} THEN :pp${i}`).join(" ")} ELSE NULL END`;
    };
    const expressions = columns.map((column): string => {
      if (column === "authority") return "c.lead_agency_id";
      if (column === "region") return "c.region";
      if (column === "phase") return phaseExpression();
      return CATEGORY_DIMENSIONS.find((d) => d.key === column)!.column;
    });
    const filters = expressions.map((expression, i) => {
      const wanted = [...new Set(keys.map((k) => k.values[i] ?? null))];
      const named = wanted.filter((v): v is string => v !== null);
      params[`v${i}`] = named;
      const parts = [...(named.length > 0 ? [`${expression} IN (:...v${i})`] : []), ...(wanted.some((v) => v === null) ? [`${expression} IS NULL`] : [])];
      return `(${parts.join(" OR ")})`;
    });
    const days = (column: string) =>
      ds.options.type === "postgres"
        ? `FLOOR(EXTRACT(EPOCH FROM (${column} - c.referred_at)) / 86400)`
        : `CAST(ROUND((julianday(${column}) - julianday(c.referred_at)) * 86400) AS INTEGER) / 86400`;
    const groups = columns.map((_, i) => `g${i}`);
    const select = expressions.map((e, i) => `${e} AS g${i}`);
    const where = [`c.programme = '${Programme.CHANNEL}'`, "c.referred_at >= :from", "c.referred_at < :to", ...filters].join(" AND ");
    const part = (kind: string, column: string) =>
      `SELECT ${[...select, `'${kind}' AS kind`, `${days(column)} AS days`].join(", ")} FROM ${qualifiedTable(ds, Case)} c WHERE ${where} AND ${column} IS NOT NULL`;
    const partition = ["kind", ...groups].join(", ");
    const sql = [
      `WITH d AS (${part("S", "c.screened_at")} UNION ALL ${part("P", "c.first_panel_at")}),`,
      `r AS (SELECT d.*, ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY days) AS rn, COUNT(*) OVER (PARTITION BY ${partition}) AS n FROM d)`,
      `SELECT ${partition}, AVG(days) AS median, MAX(n) AS n FROM r WHERE rn = (n + 1) / 2 OR rn = (n + 2) / 2 GROUP BY ${partition}`,
    ].join("\n");
    const [query, values] = ds.driver.escapeQueryWithParameters(sql, params);
    const raw = (await ds.query(query, values)) as Record<string, string | number | null>[];
    const out = new Map<string, MedianResult>();
    for (const r of raw) {
      const key = valuesKey(groups.map((g) => (r[g] === null ? null : String(r[g]))));
      const result = out.get(key) ?? { screening: { days: null, population: 0 }, panel: { days: null, population: 0 } };
      const value = { days: Number(r.median), population: Number(r.n) };
      if (r.kind === "S") result.screening = value;
      else result.panel = value;
      out.set(key, result);
    }
    return out;
  }
}

interface Group {
  authority: string;
  region: string | null;
  quarter: number;
  members: (string | null)[];
  flows: number[];
  stock: number[];
}

export function valuesKey(values: readonly (string | null)[]): string {
  return JSON.stringify(values);
}

export function medianCacheKey(key: MedianKey): string {
  return `${key.period.label}|${key.columns.join(",")}|${valuesKey(key.values)}`;
}


function rate(numerator: CountValue, denominator: CountValue): RateValue {
  if (numerator.suppressed || denominator.suppressed) return { value: null, suppressed: true };
  if (!denominator.value) return { value: null, suppressed: false };
  return { value: Math.round((numerator.value! / denominator.value) * 10_000) / 10_000, suppressed: false };
}

/** Lead agencies the directory does not list as local authorities still count, under their cases' region. */
function withUnknownAuthorities(geography: Geography, groups: readonly Group[]): Geography {
  const known = new Set(geography.authorities.map((a) => a.id));
  const extra = new Map<string, string | null>();
  for (const g of groups) if (!known.has(g.authority) && !extra.has(g.authority)) extra.set(g.authority, g.region);
  if (extra.size === 0) return geography;
  return {
    ...geography,
    authorities: [...geography.authorities, ...[...extra].sort().map(([id, region]) => ({ id, region, phase: null }))],
  };
}

interface TablePlan {
  filterUnit: number;
  filterCodes: number[];
  filterLevel: GeoLevel;
  filterKey: string | null;
  rowUnits: number[];
  rowCodes: number[][];
  /** The categorical dimensions broken down by or filtered on. */
  crossed: number[];
}

function assertBy(by: readonly StatisticsDimension[]): void {
  if (new Set(by).size !== by.length) throw new BadUserInputError("by names a dimension twice", "by");
  if (by.filter((d) => GEO_DIMENSIONS.includes(d)).length > 1) {
    throw new BadUserInputError("by takes at most one of LOCAL_AUTHORITY, REGION and ROLLOUT_PHASE", "by");
  }
}

/** Which cells a request reads, or a BAD_USER_INPUT naming what is wrong. */
export function planTable(geo: GeoIndex, request: TableRequest): TablePlan {
  const { by, filter } = request;
  assertBy(by);
  const geoFilters = (
    [
      [GeoLevel.AUTHORITY, filter.localAuthorityId, "filter.localAuthorityId"],
      [GeoLevel.REGION, filter.region, "filter.region"],
      [GeoLevel.PHASE, filter.rolloutPhaseId, "filter.rolloutPhaseId"],
    ] as const
  ).filter(([, value]) => value !== undefined && value !== null);
  if (geoFilters.length > 1) throw new BadUserInputError("filter by at most one of localAuthorityId, region and rolloutPhaseId", "filter");
  let filterUnit = 0;
  let filterLevel = GeoLevel.ALL;
  let filterKey: string | null = null;
  if (geoFilters.length === 1) {
    const [level, key, field] = geoFilters[0]!;
    const unit = geo.unit(level, key!);
    if (unit === undefined) throw new BadUserInputError(`${field}: no ${level === GeoLevel.AUTHORITY ? "local authority" : level === GeoLevel.REGION ? "region" : "rollout phase"} ${JSON.stringify(key)}`, field);
    [filterUnit, filterLevel, filterKey] = [unit, level, key!];
  }
  const geoBy = by.find((d) => GEO_DIMENSIONS.includes(d));
  const byLevel = geoBy === undefined ? null : GEO_LEVEL[geoBy]!;
  let rowUnits: number[];
  if (byLevel === null || byLevel === filterLevel) rowUnits = [filterUnit];
  else if (filterLevel === GeoLevel.ALL) rowUnits = geo.unitsAt(byLevel);
  else if (byLevel === GeoLevel.AUTHORITY && filterLevel !== GeoLevel.AUTHORITY) rowUnits = geo.authoritiesIn(filterUnit);
  else {
    throw new BadUserInputError(
      `${geoBy} does not nest within the filter's ${filterLevel === GeoLevel.AUTHORITY ? "local authority" : filterLevel === GeoLevel.REGION ? "region" : "rollout phase"}: break a region or a phase down by LOCAL_AUTHORITY`,
      "by",
    );
  }
  const filterCodes = CATEGORY_DIMENSIONS.map(() => 0);
  CATEGORY_DIMENSIONS.forEach((d, i) => {
    const value = filter[d.key];
    if (value === undefined || value === null) return;
    const code = categoryCode(i, value);
    if (code < 0) throw new BadUserInputError(`filter.${d.key}: unknown ${JSON.stringify(value)}`, `filter.${d.key}`);
    filterCodes[i] = code;
  });
  const byCategories = CATEGORY_DIMENSIONS.map((d, i) => (by.includes(d.dimension) ? i : -1)).filter((i) => i >= 0);
  const crossed = new Set([...byCategories, ...filterCodes.flatMap((c, i) => (c > 0 ? [i] : []))]);
  const crossable = CATEGORY_DIMENSIONS.filter((d) => !d.solo).map((d) => d.dimension);
  if (crossed.size > MAX_CROSSED) {
    throw new BadUserInputError(`statistics cross at most two of ${crossable.join(", ")} (in by and filter together)`, "by");
  }
  const solo = [...crossed].filter((d) => CATEGORY_DIMENSIONS[d]!.solo);
  if (solo.length > 0 && crossed.size > 1) {
    throw new BadUserInputError(
      `${CATEGORY_DIMENSIONS[solo[0]!]!.dimension} is published on its own, as in the official release: not crossed with another category (in by and filter together), only with geography`,
      "by",
    );
  }
  const authorities = byLevel === GeoLevel.AUTHORITY || filterLevel === GeoLevel.AUTHORITY;
  if (authorities && crossed.size > AUTHORITY_MAX_CROSSED) {
    throw new BadUserInputError(`a local authority's statistics cross at most one of ${crossable.join(", ")}`, "by");
  }
  let rowCodes: number[][] = [filterCodes];
  for (const d of byCategories) {
    const members = filterCodes[d]! > 0 ? [filterCodes[d]!] : CATEGORY_DIMENSIONS[d]!.members.map((_, i) => i + 1);
    rowCodes = rowCodes.flatMap((codes) => members.map((m) => codes.map((c, i) => (i === d ? m : c))));
  }
  return { filterUnit, filterCodes, filterLevel, filterKey, rowUnits, rowCodes, crossed: [...crossed].sort((a, b) => a - b) };
}

/**
 * Board and oversight read the suppressed cube; a local authority's chair and coordinator read
 * their own authority unsuppressed (their cases are theirs already), where the policy says so.
 */
function disclosureMode(scope: RequestScope, plan: TablePlan): DisclosureControl {
  const { access } = scope;
  const own = plan.filterLevel === GeoLevel.AUTHORITY && plan.filterKey === access.agencyId;
  if (own && access.relationshipsGranting("aggregate").has(Relationship.LEAD)) {
    // Unsuppressed, a small cell of a breakdown tells what the policy may withhold from the
    // caller on each case (a coordinator does not see health detail): only breakdowns of what it
    // grants on the authority's own cases.
    const withheld = plan.crossed.map((d) => CATEGORY_DIMENSIONS[d]!).find((d) => !access.relationshipsGranting(d.category).has(Relationship.LEAD));
    if (withheld) {
      throw new ForbiddenError(`The sharing policy does not let you see ${withheld.category} data of your authority's cases, so neither its statistics by ${withheld.dimension}.`);
    }
    return DisclosureControl.OWN_AUTHORITY;
  }
  if (access.allowsAnywhere("aggregate")) return DisclosureControl.SUPPRESSED;
  throw new ForbiddenError(
    access.mayEverSee("aggregate")
      ? `The sharing policy lets you see the statistics of your own authority only: filter by localAuthorityId "${access.agencyId}".`
      : "The sharing policy does not let you see the Prevent statistics.",
  );
}
