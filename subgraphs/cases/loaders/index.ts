import DataLoader from "dataloader";
import { NO_RELATIONSHIP, unionOfRelationships, type RowRelationships } from "../../../common/policy/access";
import type { RequestScope } from "../../kit/context.type";
import { groupedLoader, uniqueLoader } from "../../kit/loaders";
import type { Case } from "../entities/case.entity";
import { relationshipsToCase } from "../services/case-access.service";
import { assertPageSize } from "../services/case.service";
import type { CasesServices } from "../services";
import { medianCacheKey, type MedianKey, type MedianResult } from "../statistics/statistics.service";

export function createCasesLoaders(services: CasesServices, scope: RequestScope) {
  const { cases, assessments, support, caseAccess } = services;
  const { access } = scope;
  const ledByAgency = new Map<number, DataLoader<string, Case[]>>();
  /** Relationships already read in this request: the shield's row rules then decide at once. */
  const knownCases = new Map<string, RowRelationships>();
  const knownPeople = new Map<string, RowRelationships>();
  /** The caller's relationships to each case (for field rules); none for a case they cannot see. */
  const caseRelationships = uniqueLoader(
    async (caseIds: readonly string[]) =>
      (await caseAccess.factsOfCases(caseIds, access)).map((facts) => {
        const rels = relationshipsToCase(facts, access);
        knownCases.set(facts.id, rels);
        return { id: facts.id, rels };
      }),
    (r) => r.id,
  );
  /**
   * Every field of a case is under a row rule: the relationships to the cases a read returns are
   * fetched with it (one batch, as the rules would fetch them), before their fields resolve.
   */
  const withRelationships = async <T extends Case | null>(rows: T[]): Promise<T[]> => {
    const ids = rows.filter((r): r is NonNullable<T> => r !== null).map((r) => r.id);
    if (ids.length > 0) await caseRelationships.loadMany(ids);
    return rows;
  };
  return {
    knownCases,
    knownPeople,
    withRelationships,
    // Row loaders apply need-to-know in SQL: an unrelated case is as absent as a missing one.
    case: uniqueLoader(async (ids: readonly string[]) => withRelationships(await cases.findByIds(ids, access)), (c) => c.id),
    caseByReference: uniqueLoader(async (references: readonly string[]) => withRelationships(await cases.findByReferences(references, access)), (c) => c.reference),
    casesBySubject: groupedLoader(async (subjectIds: readonly string[]) => withRelationships(await cases.bySubjects(subjectIds, access)), (c) => c.subjectId),
    /** The newest `first` visible cases per agency: one loader (so one batch) per page size asked for. */
    casesLedByAgency(first: number): DataLoader<string, Case[]> {
      assertPageSize(first);
      let loader = ledByAgency.get(first);
      if (!loader) {
        loader = groupedLoader(async (agencyIds: readonly string[]) => withRelationships(await cases.ledByAgencies(agencyIds, first, access)), (c) => c.leadAgencyId);
        ledByAgency.set(first, loader);
      }
      return loader;
    },
    caseRelationships,
    /** The caller's relationships to each person: to any of their cases. */
    personRelationships: groupedLoader(
      async (subjectIds: readonly string[]) =>
        (await caseAccess.factsOfSubjects(subjectIds, access)).map((facts) => ({ subjectId: facts.subjectId, rels: relationshipsToCase(facts, access) })),
      (r) => r.subjectId,
    ),
    panelMembersByCase: groupedLoader((caseIds: readonly string[]) => cases.panelMembersOf(caseIds), (m) => m.caseId),
    vulnerabilityAssessmentByCase: uniqueLoader(
      (caseIds: readonly string[]) => assessments.latestVulnerabilityAssessmentsOf(caseIds),
      (a) => a.caseId,
    ),
    factorsByAssessment: groupedLoader((ids: readonly string[]) => assessments.factorsOf(ids), (f) => f.assessmentId),
    ctRiskAssessmentByCase: uniqueLoader((caseIds: readonly string[]) => assessments.ctRiskAssessmentsOf(caseIds), (a) => a.caseId),
    healthInformationByCase: uniqueLoader((caseIds: readonly string[]) => assessments.healthInformationOf(caseIds), (h) => h.caseId),
    ddpConditionsByCase: uniqueLoader((caseIds: readonly string[]) => support.ddpConditionsOf(caseIds), (d) => d.caseId),
    supportPlanByCase: uniqueLoader((caseIds: readonly string[]) => support.supportPlansOf(caseIds), (p) => p.caseId),
    interventionsByCase: groupedLoader((caseIds: readonly string[]) => support.interventionsOf(caseIds), (i) => i.caseId),
    reviewsByCase: groupedLoader((caseIds: readonly string[]) => support.reviewsOf(caseIds), (r) => r.caseId),
    /** Medians of statistics cells: one statement per period and breakdown, however many cells. */
    statisticsMedians: new DataLoader<MedianKey, MedianResult, string>((keys) => services.statistics.medians(keys), { cacheKeyFn: medianCacheKey }),
  };
}
export type CasesLoaders = ReturnType<typeof createCasesLoaders>;

/** Relationships of the caller to the case with this id (none if they have none); at once when already read. */
export function relationshipsOfCase(loaders: CasesLoaders, caseId: string): RowRelationships | Promise<RowRelationships> {
  return loaders.knownCases.get(caseId) ?? loaders.caseRelationships.load(caseId).then((r) => r?.rels ?? NO_RELATIONSHIP);
}

export function relationshipsOfPerson(loaders: CasesLoaders, personId: string): RowRelationships | Promise<RowRelationships> {
  const known = loaders.knownPeople.get(personId);
  if (known) return known;
  return loaders.personRelationships.load(personId).then((all) => {
    const rels = unionOfRelationships(
      all.map((r) => r.rels),
      { type: "Person", id: personId, subjectId: personId },
    );
    loaders.knownPeople.set(personId, rels);
    return rels;
  });
}
