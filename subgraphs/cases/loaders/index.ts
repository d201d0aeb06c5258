import type DataLoader from "dataloader";
import { groupedLoader, uniqueLoader } from "../../kit/loaders";
import type { Case } from "../entities/case.entity";
import { assertPageSize } from "../services/case.service";
import type { CasesServices } from "../services";

export function createCasesLoaders(services: CasesServices) {
  const { cases, assessments, support } = services;
  const ledByAgency = new Map<number, DataLoader<string, Case[]>>();
  return {
    case: uniqueLoader((ids: readonly string[]) => cases.findByIds(ids), (c) => c.id),
    caseByReference: uniqueLoader((references: readonly string[]) => cases.findByReferences(references), (c) => c.reference),
    casesBySubject: groupedLoader((subjectIds: readonly string[]) => cases.bySubjects(subjectIds), (c) => c.subjectId),
    /** The newest `first` cases per agency: one loader (so one batch) per page size asked for. */
    casesLedByAgency(first: number): DataLoader<string, Case[]> {
      assertPageSize(first);
      let loader = ledByAgency.get(first);
      if (!loader) {
        loader = groupedLoader((agencyIds: readonly string[]) => cases.ledByAgencies(agencyIds, first), (c) => c.leadAgencyId);
        ledByAgency.set(first, loader);
      }
      return loader;
    },
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
  };
}
export type CasesLoaders = ReturnType<typeof createCasesLoaders>;
