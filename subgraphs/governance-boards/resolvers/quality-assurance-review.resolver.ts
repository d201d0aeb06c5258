import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { QualityAssuranceReview } from "../entities/quality-assurance-review.entity";
import { RolloutPhase } from "../entities/rollout-phase.entity";
import type { GovernanceBoardsContext } from "../services";
import { present } from "./present";

@Resolver(() => QualityAssuranceReview)
export class QualityAssuranceReviewResolver {
  @FieldResolver(() => RolloutPhase)
  async phase(@Root() review: QualityAssuranceReview, @Ctx() ctx: GovernanceBoardsContext): Promise<RolloutPhase> {
    return present(await ctx.loaders.phase.load(review.phaseId), `rollout phase ${review.phaseId}`);
  }

  @FieldResolver(() => AgencyRef, { description: "The local authority reviewed." })
  agency(@Root() review: QualityAssuranceReview): AgencyRef {
    return { id: review.agencyId };
  }

  @FieldResolver(() => AgencyRef, { description: "The agency that carried out the review." })
  reviewer(@Root() review: QualityAssuranceReview): AgencyRef {
    return { id: review.reviewerAgencyId };
  }
}
