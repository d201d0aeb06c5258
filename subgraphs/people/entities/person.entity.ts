import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Gender } from "../../kit/enums";
import { LocalDate } from "../../kit/scalars";

/**
 * Every identity field requires the attestations of the subgraphs that know who relates to the
 * person (cases: lead, panel, ...; immigration-contacts: the SPOC asked): the gateway fetches
 * them first and passes them in the entity representation. See common/auth/attestation.ts.
 */
const REQUIRES_ATTESTATION = '@requires(fields: "caseAccess immigrationAccess")';

@Directive('@key(fields: "id")')
@ObjectType({ description: "The subject of a referral. Every field but the id is personal data." })
@Entity({ name: "persons" })
@Index("idx_persons_family_name", ["familyName", "givenName"])
export class Person {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Directive(REQUIRES_ATTESTATION)
  @Field({ nullable: true })
  @Column({ name: "given_name", type: "varchar", length: 100 })
  givenName: string;

  @Directive(REQUIRES_ATTESTATION)
  @Field({ nullable: true })
  @Column({ name: "family_name", type: "varchar", length: 100 })
  familyName: string;

  @Directive(REQUIRES_ATTESTATION)
  @Field(() => LocalDate, { nullable: true })
  @Column({ name: "date_of_birth", type: "varchar", length: 10 })
  dateOfBirth: string;

  @Directive(REQUIRES_ATTESTATION)
  @Field(() => Gender, { nullable: true })
  @Column({ type: "varchar", length: 32 })
  gender: Gender;

  @Directive(REQUIRES_ATTESTATION)
  @Field({ nullable: true })
  @Column({ type: "varchar", length: 10 })
  postcode: string;

  @Directive(REQUIRES_ATTESTATION)
  @Field({ nullable: true })
  @Column({ type: "varchar", length: 100 })
  town: string;

  /** Attestation from the cases subgraph (not a column). */
  @Directive("@external")
  @Field(() => String, { nullable: true })
  caseAccess?: string | null;

  /** Attestation from the immigration-contacts subgraph (not a column). */
  @Directive("@external")
  @Field(() => String, { nullable: true })
  immigrationAccess?: string | null;
}
