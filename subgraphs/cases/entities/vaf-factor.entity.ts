import { Field, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { VafDomain, VafRating } from "../../kit/enums";
import { VulnerabilityAssessment } from "./vulnerability-assessment.entity";

@ObjectType({ description: "One factor of a VAF assessment, under engagement, intent or capability." })
@Entity({ name: "vaf_factors" })
@Index("idx_vaf_factors_assessment", ["assessmentId"])
export class VafFactor {
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Column({ name: "assessment_id", type: "varchar", length: 64 })
  @ForeignKey(() => VulnerabilityAssessment, { name: "fk_vaf_factors_assessment", onDelete: "CASCADE" })
  assessmentId: string;

  /** Set by the resolver that lists factors (not a column): need-to-know checks relate the caller to this case. */
  caseId?: string;

  @Field(() => VafDomain, { nullable: true })
  @Column({ type: "varchar", length: 32 })
  domain: VafDomain;

  @Field({ nullable: true, description: "The factor, e.g. `need-for-identity` or `capability-to-cause-harm`." })
  @Column({ type: "varchar", length: 64 })
  code: string;

  @Field(() => VafRating, { nullable: true })
  @Column({ type: "varchar", length: 32 })
  rating: VafRating;

  @Field({ nullable: true })
  @Column({ type: "text" })
  note: string;
}
