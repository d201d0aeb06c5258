import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Region } from "../../kit/enums";

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "A named immigration-enforcement single point of contact (SPOC) for a region, whom Channel Chairs ask about the immigration status of a referred individual. Work contact details: reference data.",
})
@Entity({ name: "immigration_contacts" })
@Index("idx_immigration_contacts_region", ["region"])
export class ImmigrationContact {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => Region)
  @Column({ type: "varchar", length: 32 })
  region: Region;

  @Field({ description: "Work e-mail address." })
  @Column({ type: "varchar", length: 200 })
  email: string;

  @Field({ description: "Work telephone number." })
  @Column({ type: "varchar", length: 32 })
  phone: string;

  /** Exposed as `agency` (immigration-contact.resolver.ts). */
  @Column({ name: "agency_id", type: "varchar", length: 64 })
  agencyId: string;

  /** The platform user who answers for this contact, if they have an account. Not exposed yet. */
  @Column({ name: "practitioner_id", type: "varchar", length: 64, nullable: true })
  practitionerId: string | null;
}
