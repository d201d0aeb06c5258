import type { DataSource } from "typeorm";
import type { SubgraphContext } from "../../kit/context.type";
import type { CasesLoaders } from "../loaders";
import { AssessmentService } from "./assessment.service";
import { CaseAccessService } from "./case-access.service";
import { CaseworkService } from "./casework.service";
import { CaseService } from "./case.service";
import { SupportService } from "./support.service";

export function createCasesServices(dataSource: DataSource) {
  const cases = new CaseService(dataSource);
  const caseAccess = new CaseAccessService(dataSource);
  return {
    cases,
    assessments: new AssessmentService(dataSource),
    support: new SupportService(dataSource),
    caseAccess,
    casework: new CaseworkService(dataSource, caseAccess, cases),
  };
}
export type CasesServices = ReturnType<typeof createCasesServices>;
export type CasesContext = SubgraphContext<CasesServices, CasesLoaders>;
