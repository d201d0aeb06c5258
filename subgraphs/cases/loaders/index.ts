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
  return {
    // Row loaders apply need-to-know in SQL: an unrelated case is as absent as a missing one.
    case: uniqueLoader((ids: readonly string[]) => cases.findByIds(ids, access), (c) => c.id),
    caseByReference: uniqueLoader((references: readonly string[]) => cases.findByReferences(references, access), (c) => c.reference),
    casesBySubject: groupedLoader((subjectIds: readonly string[]) => cases.bySubjects(subjectIds, access), (c) => c.subjectId),
    /** The newest `first` visible cases per agency: one loader (so one batch) per page size asked for. */
    casesLedByAgency(first: number): DataLoader<string, Case[]> {
      assertPageSize(first);
      let loader = ledByAgency.get(first);
      if (!loader) {
        loader = groupedLoader((agencyIds: readonly string[]) => cases.ledByAgencies(agencyIds, first, access), (c) => c.leadAgencyId);
        ledByAgency.set(first, loader);
      }
      return loader;
    },
    /** The caller's relationships to each case (for field rules); none for a case they cannot see. */
    caseRelationships: uniqueLoader(
      async (caseIds: readonly string[]) =>
        (await caseAccess.factsOfCases(caseIds, access)).map((facts) => ({ id: facts.id, rels: relationshipsToCase(facts, access) })),
      (r) => r.id,
    ),
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

/** Relationships of the caller to the case with this id (none if they have none). */
export async function relationshipsOfCase(loaders: CasesLoaders, caseId: string): Promise<RowRelationships> {
  return (await loaders.caseRelationships.load(caseId))?.rels ?? NO_RELATIONSHIP;
}

export async function relationshipsOfPerson(loaders: CasesLoaders, personId: string): Promise<RowRelationships> {
  return unionOfRelationships(
    (await loaders.personRelationships.load(personId)).map((r) => r.rels),
    { type: "Person", id: personId, subjectId: personId },
  );
}
