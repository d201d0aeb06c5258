import type { QualityAssuranceReview } from "../entities/quality-assurance-review.entity";
import type { GovernanceBoardsContext } from "../services";

export function resolveQualityAssuranceReviewReference(
  reference: Pick<QualityAssuranceReview, "id">,
  ctx: GovernanceBoardsContext,
): Promise<QualityAssuranceReview | null> {
  return ctx.loaders.qualityAssuranceReview.load(reference.id);
}
