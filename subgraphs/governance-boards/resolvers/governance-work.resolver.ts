import { Arg, Ctx, Directive, Field, ID, InputType, Int, Mutation, Query, Resolver } from "type-graphql";
import { AssuranceRating, DecisionStatus } from "../../kit/enums";
import { LocalDate } from "../../kit/scalars";
import { BoardDecision } from "../entities/board-decision.entity";
import { BoardMeeting } from "../entities/board-meeting.entity";
import { QualityAssuranceReview } from "../entities/quality-assurance-review.entity";
import { RolloutPhaseMember } from "../entities/rollout-phase-member.entity";
import { SelfAssessment } from "../entities/self-assessment.entity";
import type { GovernanceBoardsContext } from "../services";

@InputType()
export class BoardMeetingInput {
  @Field(() => ID)
  boardId: string;

  @Field(() => LocalDate)
  heldOn: string;

  @Field({ description: "3 to 200 characters." })
  title: string;

  @Field(() => [ID], { description: "1 to 50 agencies." })
  attendeeAgencyIds: string[];
}

@InputType()
export class BoardDecisionInput {
  @Field(() => ID)
  meetingId: string;

  @Field({ description: "3 to 2000 characters." })
  summary: string;

  @Field(() => ID)
  ownerAgencyId: string;

  @Field(() => LocalDate, { description: "Not before the meeting." })
  dueOn: string;
}

@InputType()
export class QualityAssuranceReviewInput {
  @Field(() => ID)
  phaseId: string;

  @Field(() => ID, { description: "The local authority reviewed." })
  agencyId: string;

  @Field(() => LocalDate)
  reviewedOn: string;

  @Field(() => AssuranceRating)
  rating: AssuranceRating;

  @Field({ description: "3 to 2000 characters." })
  summary: string;

  @Field(() => Int, { description: "1 to 50: cases the authority leads are drawn at random; your agency may see them within the access window." })
  sampleSize: number;

  @Field(() => LocalDate)
  accessFrom: string;

  @Field(() => LocalDate, { description: "At most 90 days after accessFrom." })
  accessTo: string;
}

@InputType()
export class SelfAssessmentInput {
  @Field({ description: "A financial year such as `2019/20`." })
  period: string;

  @Field(() => Int)
  standardsMet: number;

  @Field(() => Int)
  standardsTotal: number;

  @Field(() => AssuranceRating)
  rating: AssuranceRating;

  @Field({ description: "3 to 2000 characters." })
  summary: string;
}

@Resolver()
export class GovernanceWorkResolver {
  @Mutation(() => BoardMeeting, { nullable: true, description: "Records a board meeting and who attended." })
  recordBoardMeeting(@Arg("input", () => BoardMeetingInput) input: BoardMeetingInput, @Ctx() ctx: GovernanceBoardsContext): Promise<BoardMeeting> {
    return ctx.services.work.recordMeeting(ctx, input);
  }

  @Mutation(() => BoardDecision, { nullable: true, description: "Records a decision of a meeting, with its owner and due date." })
  recordBoardDecision(@Arg("input", () => BoardDecisionInput) input: BoardDecisionInput, @Ctx() ctx: GovernanceBoardsContext): Promise<BoardDecision> {
    return ctx.services.work.recordDecision(ctx, input);
  }

  @Mutation(() => BoardDecision, { nullable: true, description: "Marks an open decision completed or cancelled." })
  setBoardDecisionStatus(
    @Arg("decisionId", () => ID) decisionId: string,
    @Arg("status", () => DecisionStatus) status: DecisionStatus,
    @Ctx() ctx: GovernanceBoardsContext,
  ): Promise<BoardDecision> {
    return ctx.services.work.setDecisionStatus(ctx, decisionId, status);
  }

  @Mutation(() => RolloutPhaseMember, { nullable: true, description: "Moves a local authority into a rollout phase (first, or a later one)." })
  moveAuthorityToPhase(
    @Arg("agencyId", () => ID) agencyId: string,
    @Arg("phaseId", () => ID) phaseId: string,
    @Arg("joinedOn", () => LocalDate) joinedOn: string,
    @Ctx() ctx: GovernanceBoardsContext,
  ): Promise<RolloutPhaseMember> {
    return ctx.services.work.moveToPhase(ctx, agencyId, phaseId, joinedOn);
  }

  @Mutation(() => QualityAssuranceReview, { nullable: true, description: "Records a quality-assurance review of sampled cases; your agency reviews them within the window." })
  recordQualityAssuranceReview(@Arg("input", () => QualityAssuranceReviewInput) input: QualityAssuranceReviewInput, @Ctx() ctx: GovernanceBoardsContext): Promise<QualityAssuranceReview> {
    return ctx.services.work.recordReview(ctx, input);
  }

  @Mutation(() => SelfAssessment, { nullable: true, description: "Your authority's self-assessment return for a period." })
  submitSelfAssessment(@Arg("input", () => SelfAssessmentInput) input: SelfAssessmentInput, @Ctx() ctx: GovernanceBoardsContext): Promise<SelfAssessment> {
    return ctx.services.work.submitSelfAssessment(ctx, input);
  }

  /** For the gateway only (service token): the cases an agency's reviewers may see today. */
  @Directive("@inaccessible")
  @Query(() => [ID], { description: "Internal: cases sampled by the agency's quality-assurance reviews, within their windows." })
  qualityAssuranceAccess(@Arg("agencyId", () => ID) agencyId: string, @Arg("on", () => LocalDate) on: string, @Ctx() ctx: GovernanceBoardsContext): Promise<string[]> {
    return ctx.services.work.sampledCasesFor(agencyId, on);
  }
}
