import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { RolloutPhase } from "../entities/rollout-phase.entity";
import { SelfAssessment } from "../entities/self-assessment.entity";
import type { GovernanceBoardsContext } from "../services";

@Resolver(() => AgencyRef)
export class AgencyResolver {
  @FieldResolver(() => RolloutPhase, {
    nullable: true,
    description: "The Dovetail phase in which the agency took on Channel case management; null if it has not joined one.",
  })
  async dovetailPhase(@Root() agency: AgencyRef, @Ctx() ctx: GovernanceBoardsContext): Promise<RolloutPhase | null> {
    const membership = await ctx.loaders.membershipByAgency.load(agency.id);
    return membership ? ctx.loaders.phase.load(membership.phaseId) : null;
  }

  @FieldResolver(() => [SelfAssessment], { description: "The agency's self-assessments, newest period first." })
  selfAssessments(@Root() agency: AgencyRef, @Ctx() ctx: GovernanceBoardsContext): Promise<SelfAssessment[]> {
    return ctx.loaders.selfAssessmentsByAgency.load(agency.id);
  }
}
