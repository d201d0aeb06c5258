import type { DataSource } from "typeorm";
import type { SubgraphContext } from "../../kit/context.type";
import type { GovernanceBoardsLoaders } from "../loaders";
import { GovernanceBoardService } from "./governance-board.service";
import { QualityAssuranceReviewService } from "./quality-assurance-review.service";
import { RolloutPhaseService } from "./rollout-phase.service";
import { SelfAssessmentService } from "./self-assessment.service";
import { GovernanceWorkService } from "./governance-work.service";

export function createGovernanceBoardsServices(dataSource: DataSource) {
  return {
    boards: new GovernanceBoardService(dataSource),
    phases: new RolloutPhaseService(dataSource),
    qualityAssuranceReviews: new QualityAssuranceReviewService(dataSource),
    selfAssessments: new SelfAssessmentService(dataSource),
    work: new GovernanceWorkService(dataSource),
  };
}
export type GovernanceBoardsServices = ReturnType<typeof createGovernanceBoardsServices>;
export type GovernanceBoardsContext = SubgraphContext<GovernanceBoardsServices, GovernanceBoardsLoaders>;
