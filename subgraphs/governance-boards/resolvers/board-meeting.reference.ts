import type { BoardMeeting } from "../entities/board-meeting.entity";
import type { GovernanceBoardsContext } from "../services";

export function resolveBoardMeetingReference(
  reference: Pick<BoardMeeting, "id">,
  ctx: GovernanceBoardsContext,
): Promise<BoardMeeting | null> {
  return ctx.loaders.meeting.load(reference.id);
}
