import { Field, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, PrimaryColumn } from "typeorm";
import { Case } from "./case.entity";

@ObjectType({ description: "The support package the panel agreed with the individual." })
@Entity({ name: "support_plans" })
export class SupportPlan {
  @PrimaryColumn({ name: "case_id", type: "varchar", length: 36 })
  @ForeignKey(() => Case, { name: "fk_support_plans_case", onDelete: "CASCADE" })
  caseId: string;

  @Field(() => Date, { nullable: true })
  @Column({ name: "agreed_at" })
  agreedAt: Date;

  @Field({ nullable: true, description: "Channel is voluntary: whether the individual consented (false once withdrawn)." })
  @Column({ name: "consent_given", type: "boolean" })
  consentGiven: boolean;

  @Field(() => Boolean, { nullable: true, description: "Only for a subject under 18: whether a parent or guardian consented." })
  @Column({ name: "parental_consent", type: "boolean", nullable: true })
  parentalConsent: boolean | null;
}
