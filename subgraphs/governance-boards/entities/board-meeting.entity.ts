import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { LocalDate } from "../../kit/scalars";
import { GovernanceBoard } from "./governance-board.entity";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A meeting of a governance board." })
@Entity({ name: "board_meetings" })
@Index("idx_board_meetings_board_held_on", ["boardId", "heldOn"])
export class BoardMeeting {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Column({ name: "board_id", type: "varchar", length: 64 })
  @ForeignKey(() => GovernanceBoard, { name: "fk_board_meetings_board" })
  boardId: string;

  @Field(() => LocalDate)
  @Column({ name: "held_on", type: "varchar", length: 10 })
  heldOn: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;
}
