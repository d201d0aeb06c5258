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
import { createCasesLoaders } from "./loaders";
import { CreateCases1763900000000 } from "./migrations/1763900000000-create-cases";
import { resolveAgencyReference } from "./resolvers/agency.reference";
import { AgencyCasesResolver } from "./resolvers/agency.resolver";
import { CaseConnectionResolver } from "./resolvers/case-connection.resolver";
import { resolveCaseReference } from "./resolvers/case.reference";
import { CaseResolver } from "./resolvers/case.resolver";
import { CtRiskAssessmentResolver } from "./resolvers/ct-risk-assessment.resolver";
import { DdpConditionsResolver } from "./resolvers/ddp-conditions.resolver";
import { HealthInformationResolver } from "./resolvers/health-information.resolver";
import { resolvePersonReference } from "./resolvers/person.reference";
import { PersonCasesResolver } from "./resolvers/person.resolver";
import { SupportPlanResolver } from "./resolvers/support-plan.resolver";
import { VulnerabilityAssessmentResolver } from "./resolvers/vulnerability-assessment.resolver";
import { seedCases } from "./seed";
import { createCasesServices } from "./services";

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
  migrations: [CreateCases1763900000000],
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
  ],
  referenceResolvers: {
    Case: { __resolveReference: resolveCaseReference },
    Agency: { __resolveReference: resolveAgencyReference },
    Person: { __resolveReference: resolvePersonReference },
  },
  createServices: createCasesServices,
  createLoaders: createCasesLoaders,
  seed: seedCases,
});
