import type { BoardDecision } from "../entities/board-decision.entity";
import type { GovernanceBoardsContext } from "../services";

export function resolveBoardDecisionReference(
  reference: Pick<BoardDecision, "id">,
  ctx: GovernanceBoardsContext,
): Promise<BoardDecision | null> {
  return ctx.loaders.decision.load(reference.id);
}
