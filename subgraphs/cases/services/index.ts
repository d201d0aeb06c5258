import type { DataSource } from "typeorm";
import { DEFAULT_SERVICE_OPTIONS, type ServiceOptions } from "../../kit/subgraph";
import { PeerGeography } from "../statistics/geography";
import { StatisticsRenewal } from "../statistics/renewal";
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
  const renewal = new StatisticsRenewal(dataSource, () => statistics.invalidate());
  const statistics = new StatisticsService(dataSource, settings, new PeerGeography(settings.cacheSeconds * 1000), () => renewal.ready());
  return {
    cases,
    assessments: new AssessmentService(dataSource),
    support: new SupportService(dataSource),
    caseAccess,
    // Case work renews the statistics this process serves, and tells the other replicas to.
    casework: new CaseworkService(dataSource, caseAccess, cases, () => {
      statistics.invalidate();
      renewal.announce();
    }),
    statistics,
    /** Stops listening for the other replicas' case work (the subgraph calls it when it stops). */
    close: () => renewal.close(),
  };
}
export type CasesServices = ReturnType<typeof createCasesServices>;
export type CasesContext = SubgraphContext<CasesServices, CasesLoaders>;
