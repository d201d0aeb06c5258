import type { DataSource } from "typeorm";
import { DEFAULT_SERVICE_OPTIONS, type ServiceOptions } from "../../kit/subgraph";
import { PeerGeography } from "../statistics/geography";
import { StatisticsService } from "../statistics/statistics.service";
import type { SubgraphContext } from "../../kit/context.type";
import type { CasesLoaders } from "../loaders";
import { AssessmentService } from "./assessment.service";
import { CaseAccessService } from "./case-access.service";
import { CaseworkService } from "./casework.service";
import { CaseService } from "./case.service";
import { SupportService } from "./support.service";

export function createCasesServices(dataSource: DataSource, options: ServiceOptions = DEFAULT_SERVICE_OPTIONS) {
  const cases = new CaseService(dataSource);
  const caseAccess = new CaseAccessService(dataSource);
  const { statistics: settings } = options;
  const statistics = new StatisticsService(dataSource, settings, new PeerGeography(settings.cacheSeconds * 1000));
  return {
    cases,
    assessments: new AssessmentService(dataSource),
    support: new SupportService(dataSource),
    caseAccess,
    // Case work renews the statistics this process serves.
    casework: new CaseworkService(dataSource, caseAccess, cases, () => statistics.invalidate()),
    statistics,
  };
}
export type CasesServices = ReturnType<typeof createCasesServices>;
export type CasesContext = SubgraphContext<CasesServices, CasesLoaders>;
