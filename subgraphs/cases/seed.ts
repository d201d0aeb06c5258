import { IsNull, Not, type DataSource } from "typeorm";
import { ageBandOf, ageInYears, ConsentToSupport, Ethnicity, MentalHealthConcern } from "../../common/domain";
import type { SeedCase, SeedPerson, SeedWorld } from "../../seed/world";
import { insertIgnoring } from "../kit/seeding";
import type { SeedProgress } from "../kit/subgraph";
import { CasePanelMember } from "./entities/case-panel-member.entity";
import { CaseReview } from "./entities/case-review.entity";
import { Case } from "./entities/case.entity";
import { CtRiskAssessment } from "./entities/ct-risk-assessment.entity";
import { DdpConditions } from "./entities/ddp-conditions.entity";
import { HealthInformation } from "./entities/health-information.entity";
import { SupportIntervention } from "./entities/support-intervention.entity";
import { SupportPlan } from "./entities/support-plan.entity";
import { VafFactor } from "./entities/vaf-factor.entity";
import { VulnerabilityAssessment } from "./entities/vulnerability-assessment.entity";

const instant = (iso: string): Date => new Date(iso);
const orNull = (iso: string | null): Date | null => (iso === null ? null : new Date(iso));
// Child ids derive from the case id, so a re-seed hits the same keys; the ordinal keeps id order = recorded order.
const ordinal = (i: number): string => String(i + 1).padStart(2, "0");

export const vafAssessmentId = (caseId: string): string => `${caseId}:vaf`;

function caseRow(c: SeedCase, people: ReadonlyMap<string, SeedPerson>): Case {
  const subject = people.get(c.subjectId);
  return {
    id: c.id,
    reference: c.reference,
    programme: c.programme,
    stage: c.stage,
    typeOfConcern: c.typeOfConcern,
    referringSector: c.referringSector,
    referredAt: instant(c.referredAt),
    referringAgencyId: c.referringAgencyId,
    leadAgencyId: c.leadAgencyId,
    subjectId: c.subjectId,
    region: c.region,
    ageBand: subject ? ageBandOf(ageInYears(subject.dateOfBirth, c.referredAt.slice(0, 10))) : null,
    gender: subject?.gender ?? null,
    consentToSupport: c.consentToSupport,
    mentalHealthConcern: c.mentalHealthConcern,
    ethnicity: c.ethnicity,
    screeningDecision: c.screening?.decision ?? null,
    screeningReason: c.screening?.reason ?? null,
    screenedAt: orNull(c.screening?.decidedAt ?? null),
    screenedByAgencyId: c.screening?.decidedByAgencyId ?? null,
    firstPanelAt: orNull(c.firstPanelAt),
    outcome: c.outcome,
    closedAt: orNull(c.closedAt),
    version: 1,
  };
}

/** Rows seeded before cases carried a region get it from the world (case i is the same whatever the total). */
async function backfillRegions(dataSource: DataSource, cases: readonly SeedCase[]): Promise<void> {
  const repository = dataSource.getRepository(Case);
  if ((await repository.count({ where: { region: IsNull() } })) === 0) return;
  const byRegion = new Map<string, string[]>();
  for (const c of cases) byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c.id]);
  for (const [region, ids] of byRegion) {
    for (let i = 0; i < ids.length; i += 500) {
      await repository
        .createQueryBuilder()
        .update()
        .set({ region: region as Case["region"] })
        .where("id IN (:...ids)", { ids: ids.slice(i, i + 500) })
        .andWhere("region IS NULL")
        .execute();
    }
  }
}

/** Rows seeded before cases carried an age band and gender get them from the world. */
async function backfillStatisticsAttributes(dataSource: DataSource, cases: readonly SeedCase[], people: ReadonlyMap<string, SeedPerson>): Promise<void> {
  const repository = dataSource.getRepository(Case);
  if ((await repository.count({ where: { ageBand: IsNull() } })) === 0) return;
  const groups = new Map<string, string[]>();
  for (const c of cases) {
    const row = caseRow(c, people);
    if (!row.ageBand || !row.gender) continue;
    const key = `${row.ageBand}|${row.gender}`;
    groups.set(key, [...(groups.get(key) ?? []), c.id]);
  }
  for (const [key, ids] of groups) {
    const [ageBand, gender] = key.split("|") as [Case["ageBand"], Case["gender"]];
    for (let i = 0; i < ids.length; i += 500) {
      await repository
        .createQueryBuilder()
        .update()
        .set({ ageBand, gender })
        .where("id IN (:...ids)", { ids: ids.slice(i, i + 500) })
        .andWhere("age_band IS NULL")
        .execute();
    }
  }
}

/**
 * The 2024/25 release's breakdowns for cases seeded before the cases carried them: the migration
 * marked every such row NOT_KNOWN; the world knows them. Only while no case has any of them known
 * (right after the migration), and only rows still as seeded (version 1) and NOT_KNOWN.
 */
async function backfillReleaseBreakdowns(dataSource: DataSource, cases: readonly SeedCase[]): Promise<void> {
  const repository = dataSource.getRepository(Case);
  const known = await repository.count({
    where: [{ consentToSupport: Not(ConsentToSupport.NOT_KNOWN) }, { mentalHealthConcern: Not(MentalHealthConcern.NOT_KNOWN) }, { ethnicity: Not(Ethnicity.NOT_KNOWN) }],
  });
  if (known > 0) return;
  const groups = new Map<string, string[]>();
  for (const c of cases) {
    if (c.consentToSupport === ConsentToSupport.NOT_KNOWN && c.mentalHealthConcern === MentalHealthConcern.NOT_KNOWN && c.ethnicity === Ethnicity.NOT_KNOWN) continue;
    const key = `${c.consentToSupport}|${c.mentalHealthConcern}|${c.ethnicity}`;
    groups.set(key, [...(groups.get(key) ?? []), c.id]);
  }
  for (const [key, ids] of groups) {
    const [consentToSupport, mentalHealthConcern, ethnicity] = key.split("|") as [ConsentToSupport, MentalHealthConcern, Ethnicity];
    for (let i = 0; i < ids.length; i += 500) {
      await repository
        .createQueryBuilder()
        .update()
        .set({ consentToSupport, mentalHealthConcern, ethnicity, version: () => "version" })
        .where("id IN (:...ids)", { ids: ids.slice(i, i + 500) })
        .andWhere("version = 1 AND consent_to_support = :nk AND mental_health_concern = :nk AND ethnicity = :nk", { nk: "NOT_KNOWN" })
        .execute();
    }
  }
}

/** Cases first, then their child rows: the child tables carry foreign keys to `cases`. */
export async function seedCases(dataSource: DataSource, world: SeedWorld, progress?: SeedProgress): Promise<void> {
  const cases = world.cases;
  const people = new Map(world.people.map((p) => [p.id, p]));
  await insertIgnoring(dataSource, Case, cases.map((c) => caseRow(c, people)), progress);
  await backfillRegions(dataSource, cases);
  await backfillStatisticsAttributes(dataSource, cases, people);
  await backfillReleaseBreakdowns(dataSource, cases);
  await insertIgnoring(
    dataSource,
    CasePanelMember,
    cases.flatMap((c) => [...new Set(c.panelMemberAgencyIds)].map((agencyId) => ({ caseId: c.id, agencyId }))),
    progress,
  );

  const assessed = cases.flatMap((c) => (c.vulnerabilityAssessment ? [{ caseId: c.id, vaf: c.vulnerabilityAssessment }] : []));
  await insertIgnoring(
    dataSource,
    VulnerabilityAssessment,
    assessed.map(({ caseId, vaf }) => ({
      id: vafAssessmentId(caseId),
      caseId,
      assessedAt: instant(vaf.assessedAt),
      assessedByAgencyId: vaf.assessedByAgencyId,
    })),
    progress,
  );
  await insertIgnoring(
    dataSource,
    VafFactor,
    assessed.flatMap(({ caseId, vaf }) =>
      vaf.factors.map((f, i) => ({
        id: `${vafAssessmentId(caseId)}:${ordinal(i)}`,
        assessmentId: vafAssessmentId(caseId),
        domain: f.domain,
        code: f.code,
        rating: f.rating,
        note: f.note,
      })),
    ),
    progress,
  );

  await insertIgnoring(
    dataSource,
    CtRiskAssessment,
    cases.flatMap((c) => {
      const ct = c.ctRiskAssessment;
      return ct ? [{ caseId: c.id, level: ct.level, summary: ct.summary, assessedAt: instant(ct.assessedAt), assessedByAgencyId: ct.assessedByAgencyId }] : [];
    }),
    progress,
  );
  await insertIgnoring(
    dataSource,
    HealthInformation,
    cases.flatMap((c) => {
      const h = c.healthInformation;
      return h ? [{ caseId: c.id, providedByAgencyId: h.providedByAgencyId, summary: h.summary, recordedAt: instant(h.recordedAt) }] : [];
    }),
    progress,
  );
  await insertIgnoring(
    dataSource,
    DdpConditions,
    cases.flatMap((c) => (c.ddpConditions ? [{ caseId: c.id, ...c.ddpConditions }] : [])),
    progress,
  );

  const planned = cases.flatMap((c) => (c.supportPlan ? [{ caseId: c.id, plan: c.supportPlan }] : []));
  await insertIgnoring(
    dataSource,
    SupportPlan,
    planned.map(({ caseId, plan }) => ({
      caseId,
      agreedAt: instant(plan.agreedAt),
      consentGiven: plan.consentGiven,
      parentalConsent: plan.parentalConsent,
    })),
    progress,
  );
  await insertIgnoring(
    dataSource,
    SupportIntervention,
    planned.flatMap(({ caseId, plan }) =>
      plan.interventions.map((intervention, i) => ({ id: `${caseId}:int:${ordinal(i)}`, caseId, ...intervention })),
    ),
    progress,
  );

  await insertIgnoring(
    dataSource,
    CaseReview,
    cases.flatMap((c) => c.reviews.map((r) => ({ ...r, caseId: c.id }))),
    progress,
  );
}
