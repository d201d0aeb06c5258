import type { GovernanceBoard } from "../entities/governance-board.entity";
import type { GovernanceBoardsContext } from "../services";

export function resolveGovernanceBoardReference(
  reference: Pick<GovernanceBoard, "id">,
  ctx: GovernanceBoardsContext,
): Promise<GovernanceBoard | null> {
  return ctx.loaders.board.load(reference.id);
}
