import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { SharedDataCategory } from "../../kit/enums";
import { LocalDate } from "../../kit/scalars";

/**
 * An information-sharing agreement between agencies: while active, each party may see the
 * categories it names of the cases another party leads. Ended, never deleted.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An information-sharing agreement between partner agencies: parties, data categories, legal basis and validity." })
@Entity({ name: "sharing_agreements" })
export class SharingAgreement {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field({ description: "The lawful basis for sharing, e.g. the statute and section relied on." })
  @Column({ name: "legal_basis", type: "varchar", length: 500 })
  legalBasis: string;

  @Field(() => [SharedDataCategory], { description: "What each party may see of the cases another party leads." })
  @Column({ type: "simple-array" })
  categories: SharedDataCategory[];

  @Field(() => LocalDate, { description: "First day the agreement applies." })
  @Column({ name: "valid_from", type: "varchar", length: 10 })
  validFrom: string;

  @Field(() => LocalDate, { nullable: true, description: "Last day the agreement applies; null for open-ended." })
  @Column({ name: "valid_to", type: "varchar", length: 10, nullable: true })
  validTo: string | null;

  @Field(() => Date)
  @Column({ name: "created_at" })
  createdAt: Date;

  @Field({ description: "The user who created it." })
  @Column({ name: "created_by", type: "varchar", length: 200 })
  createdBy: string;

  @Field(() => Date, { nullable: true })
  @Column({ name: "ended_at", type: Date, nullable: true })
  endedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "ended_by", type: "varchar", length: 200, nullable: true })
  endedBy: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "end_reason", type: "varchar", length: 500, nullable: true })
  endReason: string | null;
}
