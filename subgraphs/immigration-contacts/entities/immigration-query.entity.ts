import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { ImmigrationQueryStatus } from "../../kit/enums";
import { ImmigrationContact } from "./immigration-contact.entity";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A question about a referred individual's immigration status, put by a panel to an immigration SPOC." })
@Entity({ name: "immigration_queries" })
@Index("idx_immigration_queries_case", ["caseId"])
@Index("idx_immigration_queries_contact", ["contactId"])
@Index("idx_immigration_queries_subject", ["subjectId"])
export class ImmigrationQuery {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  // The id columns below are exposed as stubs or loaded relations (immigration-query.resolver.ts).
  @Column({ name: "case_id", type: "varchar", length: 36 })
  caseId: string;

  @Column({ name: "subject_id", type: "varchar", length: 36 })
  subjectId: string;

  @Column({ name: "raised_by_practitioner_id", type: "varchar", length: 64 })
  raisedByPractitionerId: string;

  @Column({ name: "raised_by_agency_id", type: "varchar", length: 64 })
  raisedByAgencyId: string;

  @Column({ name: "contact_id", type: "varchar", length: 64 })
  @ForeignKey(() => ImmigrationContact, { name: "fk_immigration_queries_contact" })
  contactId: string;

  @Field({ nullable: true })
  @Column({ type: "text" })
  question: string;

  @Field(() => ImmigrationQueryStatus, { nullable: true })
  @Column({ type: "varchar", length: 32 })
  status: ImmigrationQueryStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  answer: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "raised_at" })
  raisedAt: Date;

  @Field(() => Date, { nullable: true })
  // `Date | null` reflects as Object: name the constructor, which maps like an inferred Date.
  @Column({ name: "answered_at", type: Date, nullable: true })
  answeredAt: Date | null;
}
