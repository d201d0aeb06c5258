import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { AgencyKind, Region } from "../../kit/enums";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A partner organisation: local authority, police, health, probation, ..." })
@Entity({ name: "agencies" })
@Index("idx_agencies_region_kind", ["region", "kind"])
export class Agency {
  @Field(() => ID, { description: "Stable slug, e.g. `kirklees` or `ctp-north-west`." })
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => AgencyKind)
  @Column({ type: "varchar", length: 32 })
  kind: AgencyKind;

  @Field(() => Region)
  @Column({ type: "varchar", length: 32 })
  region: Region;
}
