import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { BoardDecision } from "../entities/board-decision.entity";
import { BoardMeeting } from "../entities/board-meeting.entity";
import type { GovernanceBoardsContext } from "../services";

@Resolver(() => BoardMeeting)
export class BoardMeetingResolver {
  @FieldResolver(() => [AgencyRef], { description: "Agencies present, ordered by id." })
  async attendees(@Root() meeting: BoardMeeting, @Ctx() ctx: GovernanceBoardsContext): Promise<AgencyRef[]> {
    const rows = await ctx.loaders.attendeesByMeeting.load(meeting.id);
    return rows.map((a) => ({ id: a.agencyId }));
  }

  @FieldResolver(() => [BoardDecision], { description: "Ordered by due date." })
  decisions(@Root() meeting: BoardMeeting, @Ctx() ctx: GovernanceBoardsContext): Promise<BoardDecision[]> {
    return ctx.loaders.decisionsByMeeting.load(meeting.id);
  }
}
