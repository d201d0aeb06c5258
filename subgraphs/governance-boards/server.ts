import { defineSubgraph } from "../kit/subgraph";
import { BoardDecision } from "./entities/board-decision.entity";
import { BoardMeetingAttendee } from "./entities/board-meeting-attendee.entity";
import { BoardMeeting } from "./entities/board-meeting.entity";
import { BoardMember } from "./entities/board-member.entity";
import { GovernanceBoard } from "./entities/governance-board.entity";
import { QualityAssuranceReview } from "./entities/quality-assurance-review.entity";
import { RolloutPhaseMember } from "./entities/rollout-phase-member.entity";
import { RolloutPhase } from "./entities/rollout-phase.entity";
import { SelfAssessment } from "./entities/self-assessment.entity";
import { createGovernanceBoardsLoaders } from "./loaders";
import { QualityAssuranceSample } from "./entities/quality-assurance-sample.entity";
import { AddQualityAssuranceSamples1764200000000 } from "./migrations/1764200000000-add-quality-assurance-samples";
import { GovernanceWorkResolver } from "./resolvers/governance-work.resolver";
import { ACTIONS } from "../../common/policy/sharing-policy";
import { CreateGovernanceBoards1763900000000 } from "./migrations/1763900000000-create-governance-boards";
import { resolveAgencyReference } from "./resolvers/agency.reference";
import { AgencyResolver } from "./resolvers/agency.resolver";
import { resolveBoardDecisionReference } from "./resolvers/board-decision.reference";
import { BoardDecisionResolver } from "./resolvers/board-decision.resolver";
import { resolveBoardMeetingReference } from "./resolvers/board-meeting.reference";
import { BoardMeetingResolver } from "./resolvers/board-meeting.resolver";
import { BoardMemberResolver } from "./resolvers/board-member.resolver";
import { resolveGovernanceBoardReference } from "./resolvers/governance-board.reference";
import { GovernanceBoardResolver } from "./resolvers/governance-board.resolver";
import { resolveQualityAssuranceReviewReference } from "./resolvers/quality-assurance-review.reference";
import { QualityAssuranceReviewResolver } from "./resolvers/quality-assurance-review.resolver";
import { RolloutPhaseMembershipResolver } from "./resolvers/rollout-phase-membership.resolver";
import { resolveRolloutPhaseReference } from "./resolvers/rollout-phase.reference";
import { RolloutPhaseResolver } from "./resolvers/rollout-phase.resolver";
import { resolveSelfAssessmentReference } from "./resolvers/self-assessment.reference";
import { SelfAssessmentResolver } from "./resolvers/self-assessment.resolver";
import { seedGovernanceBoards } from "./seed";
import { createGovernanceBoardsServices } from "./services";

export const governanceBoardsSubgraph = defineSubgraph({
  name: "governance-boards",
  entities: [
    GovernanceBoard,
    BoardMember,
    BoardMeeting,
    BoardMeetingAttendee,
    BoardDecision,
    RolloutPhase,
    RolloutPhaseMember,
    QualityAssuranceReview,
    SelfAssessment,
    QualityAssuranceSample,
  ],
  migrations: [CreateGovernanceBoards1763900000000, AddQualityAssuranceSamples1764200000000],
  resolvers: [
    GovernanceBoardResolver,
    BoardMemberResolver,
    BoardMeetingResolver,
    BoardDecisionResolver,
    RolloutPhaseResolver,
    RolloutPhaseMembershipResolver,
    QualityAssuranceReviewResolver,
    SelfAssessmentResolver,
    AgencyResolver,
    GovernanceWorkResolver,
  ],
  serviceFields: ["Query.qualityAssuranceAccess"],
  actions: {
    "Mutation.recordBoardMeeting": ACTIONS.recordBoardBusiness,
    "Mutation.recordBoardDecision": ACTIONS.recordBoardBusiness,
    "Mutation.setBoardDecisionStatus": ACTIONS.recordBoardBusiness,
    "Mutation.moveAuthorityToPhase": ACTIONS.manageRollout,
    "Mutation.recordQualityAssuranceReview": ACTIONS.manageRollout,
    "Mutation.submitSelfAssessment": ACTIONS.submitSelfAssessment,
  },
  referenceResolvers: {
    GovernanceBoard: { __resolveReference: resolveGovernanceBoardReference },
    BoardMeeting: { __resolveReference: resolveBoardMeetingReference },
    BoardDecision: { __resolveReference: resolveBoardDecisionReference },
    RolloutPhase: { __resolveReference: resolveRolloutPhaseReference },
    QualityAssuranceReview: { __resolveReference: resolveQualityAssuranceReviewReference },
    SelfAssessment: { __resolveReference: resolveSelfAssessmentReference },
    Agency: { __resolveReference: resolveAgencyReference },
  },
  createServices: createGovernanceBoardsServices,
  createLoaders: createGovernanceBoardsLoaders,
  seed: seedGovernanceBoards,
});
