import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { DecisionStatus } from "../../kit/enums";
import { LocalDate } from "../../kit/scalars";
import { BoardMeeting } from "./board-meeting.entity";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A decision or action recorded at a board meeting, owned by one agency." })
@Entity({ name: "board_decisions" })
@Index("idx_board_decisions_meeting", ["meetingId"])
export class BoardDecision {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Column({ name: "meeting_id", type: "varchar", length: 64 })
  @ForeignKey(() => BoardMeeting, { name: "fk_board_decisions_meeting" })
  meetingId: string;

  @Field()
  @Column({ type: "text" })
  summary: string;

  // Exposed as `owner: Agency!` (board-decision.resolver.ts).
  @Column({ name: "owner_agency_id", type: "varchar", length: 64 })
  ownerAgencyId: string;

  @Field(() => LocalDate)
  @Column({ name: "due_on", type: "varchar", length: 10 })
  dueOn: string;

  @Field(() => DecisionStatus)
  @Column({ type: "varchar", length: 32 })
  status: DecisionStatus;
}
