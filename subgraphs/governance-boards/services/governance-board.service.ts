import { In, type DataSource, type Repository } from "typeorm";
import { BoardDecision } from "../entities/board-decision.entity";
import { BoardMeetingAttendee } from "../entities/board-meeting-attendee.entity";
import { BoardMeeting } from "../entities/board-meeting.entity";
import { BoardMember } from "../entities/board-member.entity";
import { GovernanceBoard } from "../entities/governance-board.entity";

/** Boards and what hangs off them: members, meetings, attendees, decisions. */
export class GovernanceBoardService {
  private readonly boards: Repository<GovernanceBoard>;
  private readonly members: Repository<BoardMember>;
  private readonly meetings: Repository<BoardMeeting>;
  private readonly attendees: Repository<BoardMeetingAttendee>;
  private readonly decisions: Repository<BoardDecision>;

  constructor(dataSource: DataSource) {
    this.boards = dataSource.getRepository(GovernanceBoard);
    this.members = dataSource.getRepository(BoardMember);
    this.meetings = dataSource.getRepository(BoardMeeting);
    this.attendees = dataSource.getRepository(BoardMeetingAttendee);
    this.decisions = dataSource.getRepository(BoardDecision);
  }

  list(): Promise<GovernanceBoard[]> {
    return this.boards.find({ order: { name: "ASC", id: "ASC" } });
  }

  findByIds(ids: readonly string[]): Promise<GovernanceBoard[]> {
    return this.boards.findBy({ id: In([...ids]) });
  }

  membersOfBoards(boardIds: readonly string[]): Promise<BoardMember[]> {
    return this.members.find({ where: { boardId: In([...boardIds]) }, order: { agencyId: "ASC" } });
  }

  findMeetingsByIds(ids: readonly string[]): Promise<BoardMeeting[]> {
    return this.meetings.findBy({ id: In([...ids]) });
  }

  /** Newest first. */
  meetingsOfBoards(boardIds: readonly string[]): Promise<BoardMeeting[]> {
    return this.meetings.find({ where: { boardId: In([...boardIds]) }, order: { heldOn: "DESC", id: "DESC" } });
  }

  attendeesOfMeetings(meetingIds: readonly string[]): Promise<BoardMeetingAttendee[]> {
    return this.attendees.find({ where: { meetingId: In([...meetingIds]) }, order: { agencyId: "ASC" } });
  }

  findDecisionsByIds(ids: readonly string[]): Promise<BoardDecision[]> {
    return this.decisions.findBy({ id: In([...ids]) });
  }

  decisionsOfMeetings(meetingIds: readonly string[]): Promise<BoardDecision[]> {
    return this.decisions.find({ where: { meetingId: In([...meetingIds]) }, order: { dueOn: "ASC", id: "ASC" } });
  }
}
