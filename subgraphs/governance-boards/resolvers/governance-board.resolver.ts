import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { BoardMeeting } from "../entities/board-meeting.entity";
import { BoardMember } from "../entities/board-member.entity";
import { GovernanceBoard } from "../entities/governance-board.entity";
import type { GovernanceBoardsContext } from "../services";

@Resolver(() => GovernanceBoard)
export class GovernanceBoardResolver {
  @Query(() => [GovernanceBoard], { description: "Governance boards, ordered by name." })
  async governanceBoards(@Ctx() ctx: GovernanceBoardsContext): Promise<GovernanceBoard[]> {
    const boards = await ctx.services.boards.list();
    for (const board of boards) ctx.loaders.board.prime(board.id, board);
    return boards;
  }

  @Query(() => GovernanceBoard, { nullable: true })
  governanceBoard(@Arg("id", () => ID) id: string, @Ctx() ctx: GovernanceBoardsContext): Promise<GovernanceBoard | null> {
    return ctx.loaders.board.load(id);
  }

  @FieldResolver(() => [BoardMember], { description: "Member agencies, ordered by agency id." })
  members(@Root() board: GovernanceBoard, @Ctx() ctx: GovernanceBoardsContext): Promise<BoardMember[]> {
    return ctx.loaders.membersByBoard.load(board.id);
  }

  @FieldResolver(() => [BoardMeeting], { description: "Newest first." })
  meetings(@Root() board: GovernanceBoard, @Ctx() ctx: GovernanceBoardsContext): Promise<BoardMeeting[]> {
    return ctx.loaders.meetingsByBoard.load(board.id);
  }
}
