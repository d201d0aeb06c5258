import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { PractitionerRole } from "../../kit/enums";
import { AgencyRef } from "./agency.ref";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A user of the platform, working for a partner agency." })
@Entity({ name: "practitioners" })
@Index("idx_practitioners_agency", ["agencyId"])
export class Practitioner {
  @Field(() => ID, { description: "Stable identifier; the seeded personas use their slug." })
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field({ description: "Work e-mail address." })
  @Column({ type: "varchar", length: 200 })
  email: string;

  @Column({ name: "agency_id", type: "varchar", length: 64 })
  agencyId: string;

  @Field(() => AgencyRef)
  agency(): AgencyRef {
    return { id: this.agencyId };
  }

  @Field(() => [PractitionerRole])
  @Column({ type: "simple-array" })
  roles: PractitionerRole[];
}
