import { defineSubgraph } from "../kit/subgraph";
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
import { createCasesLoaders, relationshipsOfCase, relationshipsOfPerson } from "./loaders";
import { CreateCases1763900000000 } from "./migrations/1763900000000-create-cases";
import { AddCaseRegion1764000000000 } from "./migrations/1764000000000-add-case-region";
import { AddCaseStatisticsAttributes1764300000000 } from "./migrations/1764300000000-add-case-statistics-attributes";
import { AddNeedToKnowIndexes1764500000000 } from "./migrations/1764500000000-add-need-to-know-indexes";
import { AddCaseReleaseBreakdowns1765000000000 } from "./migrations/1765000000000-add-case-release-breakdowns";
import { resolveAgencyReference } from "./resolvers/agency.reference";
import { AgencyCasesResolver } from "./resolvers/agency.resolver";
import { CaseConnectionResolver } from "./resolvers/case-connection.resolver";
import { resolveCaseReference } from "./resolvers/case.reference";
import { CaseResolver } from "./resolvers/case.resolver";
import { CaseworkResolver } from "./resolvers/casework.resolver";
import { CaseSampleResolver } from "./resolvers/case-sample.resolver";
import { caseWorkAction } from "../../common/policy/sharing-policy";
import { CtRiskAssessmentResolver } from "./resolvers/ct-risk-assessment.resolver";
import { DdpConditionsResolver } from "./resolvers/ddp-conditions.resolver";
import { HealthInformationResolver } from "./resolvers/health-information.resolver";
import { resolvePersonReference } from "./resolvers/person.reference";
import { PersonCasesResolver } from "./resolvers/person.resolver";
import { SupportPlanResolver } from "./resolvers/support-plan.resolver";
import { VulnerabilityAssessmentResolver } from "./resolvers/vulnerability-assessment.resolver";
import { AgencyStatisticsResolver, RolloutPhaseStatisticsResolver, StatisticsResolver, StatisticsRowResolver } from "./resolvers/statistics.resolver";
import type { RolloutPhaseRef } from "./entities/rollout-phase.ref";
import { seedCases } from "./seed";
import { createCasesServices, type CasesContext } from "./services";
import type { PersonRef } from "./entities/person.ref";
import type { Screening } from "./entities/screening.type";
import { NO_RELATIONSHIP } from "../../common/policy/access";

export const casesSubgraph = defineSubgraph({
  name: "cases",
  entities: [
    Case,
    CasePanelMember,
    VulnerabilityAssessment,
    VafFactor,
    CtRiskAssessment,
    HealthInformation,
    DdpConditions,
    SupportPlan,
    SupportIntervention,
    CaseReview,
  ],
  migrations: [CreateCases1763900000000, AddCaseRegion1764000000000, AddCaseStatisticsAttributes1764300000000, AddNeedToKnowIndexes1764500000000, AddCaseReleaseBreakdowns1765000000000],
  resolvers: [
    CaseResolver,
    CaseConnectionResolver,
    VulnerabilityAssessmentResolver,
    CtRiskAssessmentResolver,
    HealthInformationResolver,
    DdpConditionsResolver,
    SupportPlanResolver,
    AgencyCasesResolver,
    PersonCasesResolver,
    CaseworkResolver,
    CaseSampleResolver,
    StatisticsResolver,
    AgencyStatisticsResolver,
    RolloutPhaseStatisticsResolver,
    StatisticsRowResolver,
  ],
  peerFields: ["Query.drawCaseSample"],
  actions: {
    "Mutation.referCase": caseWorkAction("refer-case", ["REFER"], "Any partner may refer."),
    "Mutation.acceptForScreening": caseWorkAction("screen-case", ["ACCEPT_FOR_SCREENING"], "CT policing screens."),
    "Mutation.recordScreeningDecision": caseWorkAction("screen-case", ["ADOPT_TO_PANEL", "SCREEN_OUT"], "CT policing screens."),
    "Mutation.addPanelMember": caseWorkAction("change-panel", ["CHANGE_PANEL"], "The Channel Chair changes the panel."),
    "Mutation.removePanelMember": caseWorkAction("change-panel", ["CHANGE_PANEL"], "The Channel Chair changes the panel."),
    "Mutation.recordVulnerabilityAssessment": caseWorkAction("record-vaf", ["RECORD_VAF"], "The lead authority assesses."),
    "Mutation.agreeSupportPlan": caseWorkAction("agree-support", ["AGREE_SUPPORT_PLAN"], "The Channel Chair agrees support."),
    "Mutation.recordReview": caseWorkAction("record-review", ["SIX_MONTH_REVIEW", "TWELVE_MONTH_REVIEW"], "The lead authority reviews."),
    "Mutation.closeCase": caseWorkAction("close-case", ["CLOSE_AT_PANEL", "CLOSE_AFTER_SUPPORT", "WITHDRAW_CONSENT"], "The Channel Chair closes."),
    "Mutation.transferCase": caseWorkAction("transfer-case", ["TRANSFER"], "The Channel Chair transfers."),
    "Mutation.setDdpConditions": caseWorkAction("set-ddp-conditions", ["SET_DDP_CONDITIONS"], "The lead authority or the managing probation service."),
  },
  referenceResolvers: {
    Case: { __resolveReference: resolveCaseReference },
    Agency: { __resolveReference: resolveAgencyReference },
    Person: { __resolveReference: resolvePersonReference },
    // Governance vouches for the phase; `statistics` reads the cube.
    RolloutPhase: { __resolveReference: (reference: Pick<RolloutPhaseRef, "id">) => ({ id: reference.id }) },
  },
  // Every type tied to a case is a row under need-to-know: the caller's relationships to its case decide.
  rowAccess: {
    Case: (c: Case, ctx: CasesContext) => relationshipsOfCase(ctx.loaders, c.id),
    Screening: (s: Screening, ctx: CasesContext) => relationshipsOfCase(ctx.loaders, s.caseId),
    VulnerabilityAssessment: (a: VulnerabilityAssessment, ctx: CasesContext) => relationshipsOfCase(ctx.loaders, a.caseId),
    VafFactor: (f: VafFactor, ctx: CasesContext) => (f.caseId ? relationshipsOfCase(ctx.loaders, f.caseId) : NO_RELATIONSHIP),
    CtRiskAssessment: (a: CtRiskAssessment, ctx: CasesContext) => relationshipsOfCase(ctx.loaders, a.caseId),
    HealthInformation: (h: HealthInformation, ctx: CasesContext) => relationshipsOfCase(ctx.loaders, h.caseId),
    DdpConditions: (d: DdpConditions, ctx: CasesContext) => relationshipsOfCase(ctx.loaders, d.caseId),
    SupportPlan: (p: SupportPlan, ctx: CasesContext) => relationshipsOfCase(ctx.loaders, p.caseId),
    SupportIntervention: (i: SupportIntervention, ctx: CasesContext) => relationshipsOfCase(ctx.loaders, i.caseId),
    CaseReview: (r: CaseReview, ctx: CasesContext) => relationshipsOfCase(ctx.loaders, r.caseId),
    Person: (p: PersonRef, ctx: CasesContext) => relationshipsOfPerson(ctx.loaders, p.id),
  },
  createServices: createCasesServices,
  createLoaders: createCasesLoaders,
  seed: seedCases,
});
