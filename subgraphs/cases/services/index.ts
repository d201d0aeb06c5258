import type { DataSource } from "typeorm";
import type { SubgraphContext } from "../../kit/context.type";
import type { CasesLoaders } from "../loaders";
import { AssessmentService } from "./assessment.service";
import { CaseService } from "./case.service";
import { SupportService } from "./support.service";

export function createCasesServices(dataSource: DataSource) {
  return {
    cases: new CaseService(dataSource),
    assessments: new AssessmentService(dataSource),
    support: new SupportService(dataSource),
  };
}
export type CasesServices = ReturnType<typeof createCasesServices>;
export type CasesContext = SubgraphContext<CasesServices, CasesLoaders>;
