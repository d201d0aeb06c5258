import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { LocalDate } from "../../kit/scalars";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A phase of the Dovetail rollout: the pilot sites, the North West regional model, ..." })
@Entity({ name: "rollout_phases" })
export class RolloutPhase {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => Int, { description: "1 for the pilot, then in rollout order." })
  @Column({ type: "integer" })
  ordinal: number;

  @Field()
  @Column({ type: "text" })
  description: string;

  @Field(() => LocalDate)
  @Column({ name: "starts_on", type: "varchar", length: 10 })
  startsOn: string;

  @Field(() => LocalDate, { nullable: true, description: "Null while the phase is still open." })
  @Column({ name: "ends_on", type: "varchar", length: 10, nullable: true })
  endsOn: string | null;
}
