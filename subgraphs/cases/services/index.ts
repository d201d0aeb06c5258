import type { DataSource } from "typeorm";
import type { SubgraphContext } from "../../kit/context.type";
import type { CasesLoaders } from "../loaders";
import { AssessmentService } from "./assessment.service";
import { CaseAccessService } from "./case-access.service";
import { CaseService } from "./case.service";
import { SupportService } from "./support.service";

export function createCasesServices(dataSource: DataSource) {
  return {
    cases: new CaseService(dataSource),
    assessments: new AssessmentService(dataSource),
    support: new SupportService(dataSource),
    caseAccess: new CaseAccessService(dataSource),
  };
}
export type CasesServices = ReturnType<typeof createCasesServices>;
export type CasesContext = SubgraphContext<CasesServices, CasesLoaders>;
