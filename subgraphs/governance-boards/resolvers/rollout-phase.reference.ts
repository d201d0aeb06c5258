import type { RolloutPhase } from "../entities/rollout-phase.entity";
import type { GovernanceBoardsContext } from "../services";

export function resolveRolloutPhaseReference(
  reference: Pick<RolloutPhase, "id">,
  ctx: GovernanceBoardsContext,
): Promise<RolloutPhase | null> {
  return ctx.loaders.phase.load(reference.id);
}
