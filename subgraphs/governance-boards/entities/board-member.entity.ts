import { Field, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, PrimaryColumn } from "typeorm";
import { BoardMemberRole } from "../../kit/enums";
import { GovernanceBoard } from "./governance-board.entity";

/** A value type: an agency's seat on a board. `agency` is resolved in board-member.resolver.ts. */
@ObjectType({ description: "An agency's seat on a governance board." })
@Entity({ name: "board_members" })
export class BoardMember {
  @PrimaryColumn({ name: "board_id", type: "varchar", length: 64 })
  @ForeignKey(() => GovernanceBoard, { name: "fk_board_members_board", onDelete: "CASCADE" })
  boardId: string;

  @PrimaryColumn({ name: "agency_id", type: "varchar", length: 64 })
  agencyId: string;

  @Field(() => BoardMemberRole)
  @Column({ type: "varchar", length: 32 })
  role: BoardMemberRole;
}
