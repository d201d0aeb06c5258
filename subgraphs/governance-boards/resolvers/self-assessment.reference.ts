import type { SelfAssessment } from "../entities/self-assessment.entity";
import type { GovernanceBoardsContext } from "../services";

export function resolveSelfAssessmentReference(
  reference: Pick<SelfAssessment, "id">,
  ctx: GovernanceBoardsContext,
): Promise<SelfAssessment | null> {
  return ctx.loaders.selfAssessment.load(reference.id);
}
