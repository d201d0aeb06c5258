import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A board that oversees the Dovetail rollout, e.g. the Dovetail Governance Board." })
@Entity({ name: "governance_boards" })
export class GovernanceBoard {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field()
  @Column({ type: "text" })
  description: string;
}
