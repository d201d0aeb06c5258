import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { RolloutPhaseRef } from "../entities/rollout-phase.ref";
import { PreventStatistics, StatisticMedian, StatisticsFilter, StatisticsRow } from "../entities/statistics.type";
import { DisclosureControl, StatisticsDimension } from "../statistics/dimensions";
import { parsePeriod } from "../statistics/period";
import type { TableData } from "../statistics/statistics.service";
import type { CasesContext } from "../services";

const PERIOD = { description: "A financial year (`2018-19`) or a quarter of one (`2018-19 Q1`)." };
const BY = { nullable: true, defaultValue: [], description: "At most one geographic dimension and two others (CONSENT_TO_SUPPORT, MENTAL_HEALTH_CONCERN and ETHNICITY with no other)." };

@Resolver()
export class StatisticsResolver {
  @Query(() => PreventStatistics, {
    nullable: true,
    description:
      "The Prevent statistics for a period: referrals, panels, adoptions and outcomes, broken down as asked. Governance Board and Home Office oversight see them suppressed; a local authority's Channel Chair and Prevent coordinator see their own authority's unsuppressed.",
  })
  async preventStatistics(
    @Arg("period", PERIOD) period: string,
    @Arg("by", () => [StatisticsDimension], BY) by: StatisticsDimension[],
    @Arg("filter", () => StatisticsFilter, { nullable: true }) filter: StatisticsFilter | null,
    @Ctx() ctx: CasesContext,
  ): Promise<PreventStatistics | null> {
    return present(await ctx.services.statistics.table(ctx, { period: parsePeriod(period), by: by ?? [], filter: filter ?? {} }));
  }
}

@Resolver(() => AgencyRef)
export class AgencyStatisticsResolver {
  @FieldResolver(() => PreventStatistics, { nullable: true, description: "This local authority's Prevent statistics (null for an agency that is not one)." })
  async statistics(
    @Root() agency: AgencyRef,
    @Arg("period", PERIOD) period: string,
    @Arg("by", () => [StatisticsDimension], BY) by: StatisticsDimension[],
    @Ctx() ctx: CasesContext,
  ): Promise<PreventStatistics | null> {
    const p = parsePeriod(period);
    if (!(await ctx.services.statistics.isAuthority(ctx, p, agency.id))) return null;
    return present(await ctx.services.statistics.table(ctx, { period: p, by: by ?? [], filter: { localAuthorityId: agency.id } }));
  }
}

@Resolver(() => RolloutPhaseRef)
export class RolloutPhaseStatisticsResolver {
  @FieldResolver(() => PreventStatistics, { nullable: true, description: "The Prevent statistics of the phase's authorities (as members today)." })
  async statistics(
    @Root() phase: RolloutPhaseRef,
    @Arg("period", PERIOD) period: string,
    @Arg("by", () => [StatisticsDimension], BY) by: StatisticsDimension[],
    @Ctx() ctx: CasesContext,
  ): Promise<PreventStatistics | null> {
    const p = parsePeriod(period);
    if (!(await ctx.services.statistics.isPhase(ctx, p, phase.id))) return null;
    return present(await ctx.services.statistics.table(ctx, { period: p, by: by ?? [], filter: { rolloutPhaseId: phase.id } }));
  }
}

@Resolver(() => StatisticsRow)
export class StatisticsRowResolver {
  @FieldResolver(() => StatisticMedian, { description: "Median days from referral to CT policing's screening decision, for the cell's referrals." })
  async medianDaysToScreeningDecision(@Root() row: StatisticsRow, @Ctx() ctx: CasesContext): Promise<StatisticMedian> {
    const { screening } = await ctx.loaders.statisticsMedians.load(row.medianKey);
    return median(row, screening, row.referrals.suppressed);
  }

  @FieldResolver(() => StatisticMedian, { description: "Median days from referral to the first Channel panel, for the cell's referrals discussed at one." })
  async medianDaysToFirstPanel(@Root() row: StatisticsRow, @Ctx() ctx: CasesContext): Promise<StatisticMedian> {
    const { panel } = await ctx.loaders.statisticsMedians.load(row.medianKey);
    return median(row, panel, row.discussedAtPanel.suppressed);
  }
}

function median(row: StatisticsRow, value: { days: number | null; population: number }, countSuppressed: boolean): StatisticMedian {
  if (row.mode === DisclosureControl.OWN_AUTHORITY) return { days: value.days, suppressed: false };
  // A median of fewer cases than the threshold describes individuals; one over a suppressed count would bound it.
  if (countSuppressed || (value.population > 0 && value.population < row.threshold)) return { days: null, suppressed: true };
  return { days: value.days, suppressed: false };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

function present(table: TableData): PreventStatistics {
  const row = (r: TableData["rows"][number]): StatisticsRow => ({
    localAuthority: r.localAuthorityId === null ? null : { id: r.localAuthorityId },
    region: r.region as StatisticsRow["region"],
    rolloutPhase: r.rolloutPhaseId === null ? null : { id: r.rolloutPhaseId },
    referringSector: r.referringSector as StatisticsRow["referringSector"],
    typeOfConcern: r.typeOfConcern as StatisticsRow["typeOfConcern"],
    ageBand: r.ageBand as StatisticsRow["ageBand"],
    gender: r.gender as StatisticsRow["gender"],
    consentToSupport: r.consentToSupport as StatisticsRow["consentToSupport"],
    mentalHealthConcern: r.mentalHealthConcern as StatisticsRow["mentalHealthConcern"],
    ethnicity: r.ethnicity as StatisticsRow["ethnicity"],
    ...r.counts,
    panelRate: r.panelRate,
    adoptionRate: r.adoptionRate,
    medianKey: r.medianKey,
    mode: r.mode,
    threshold: r.threshold,
  });
  return {
    period: table.period.label,
    periodStart: day(table.period.from),
    periodEnd: day(new Date(table.period.to.getTime() - 86_400_000)),
    provisional: table.period.to.getTime() > Date.now(),
    by: table.by,
    disclosureControl: table.mode,
    suppressionThreshold: table.threshold,
    computedAt: table.computedAt,
    total: row(table.total),
    rows: table.rows.map(row),
  };
}
