import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { QualityAssuranceReview } from "../entities/quality-assurance-review.entity";
import { RolloutPhaseMember } from "../entities/rollout-phase-member.entity";
import { RolloutPhase } from "../entities/rollout-phase.entity";
import type { GovernanceBoardsContext } from "../services";

@Resolver(() => RolloutPhase)
export class RolloutPhaseResolver {
  @Query(() => [RolloutPhase], { description: "The phases of the Dovetail rollout, in order." })
  async rolloutPhases(@Ctx() ctx: GovernanceBoardsContext): Promise<RolloutPhase[]> {
    const phases = await ctx.services.phases.list();
    // Nested `phase` fields (e.g. of QA reviews) then need no statement of their own.
    for (const phase of phases) ctx.loaders.phase.prime(phase.id, phase);
    return phases;
  }

  @Query(() => RolloutPhase, { nullable: true })
  rolloutPhase(@Arg("id", () => ID) id: string, @Ctx() ctx: GovernanceBoardsContext): Promise<RolloutPhase | null> {
    return ctx.loaders.phase.load(id);
  }

  @FieldResolver(() => [AgencyRef], { description: "The local authorities in the phase, ordered by id." })
  async agencies(@Root() phase: RolloutPhase, @Ctx() ctx: GovernanceBoardsContext): Promise<AgencyRef[]> {
    const members = await ctx.loaders.membersByPhase.load(phase.id);
    return members.map((m) => ({ id: m.agencyId }));
  }

  @FieldResolver(() => [RolloutPhaseMember], { description: "The local authorities in the phase with the date each joined, ordered by agency id." })
  memberships(@Root() phase: RolloutPhase, @Ctx() ctx: GovernanceBoardsContext): Promise<RolloutPhaseMember[]> {
    return ctx.loaders.membersByPhase.load(phase.id);
  }

  @FieldResolver(() => [QualityAssuranceReview], { description: "Newest first." })
  qualityAssuranceReviews(@Root() phase: RolloutPhase, @Ctx() ctx: GovernanceBoardsContext): Promise<QualityAssuranceReview[]> {
    return ctx.loaders.qualityAssuranceReviewsByPhase.load(phase.id);
  }
}
