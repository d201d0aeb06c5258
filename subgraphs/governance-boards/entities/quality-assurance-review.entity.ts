import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { AssuranceRating } from "../../kit/enums";
import { LocalDate } from "../../kit/scalars";
import { RolloutPhase } from "./rollout-phase.entity";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A Channel quality-assurance review of a local authority's case management in a phase." })
@Entity({ name: "quality_assurance_reviews" })
@Index("idx_quality_assurance_reviews_phase", ["phaseId"])
@Index("idx_quality_assurance_reviews_agency", ["agencyId"])
export class QualityAssuranceReview {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  // phaseId, agencyId and reviewerAgencyId are exposed as phase, agency and reviewer (quality-assurance-review.resolver.ts).
  @Column({ name: "phase_id", type: "varchar", length: 64 })
  @ForeignKey(() => RolloutPhase, { name: "fk_quality_assurance_reviews_phase" })
  phaseId: string;

  @Column({ name: "agency_id", type: "varchar", length: 64 })
  agencyId: string;

  @Column({ name: "reviewer_agency_id", type: "varchar", length: 64 })
  reviewerAgencyId: string;

  @Field(() => LocalDate)
  @Column({ name: "reviewed_on", type: "varchar", length: 10 })
  reviewedOn: string;

  @Field(() => Int, { description: "How many case files the reviewers sampled." })
  @Column({ name: "sample_size", type: "integer" })
  sampleSize: number;

  @Field(() => AssuranceRating)
  @Column({ type: "varchar", length: 32 })
  rating: AssuranceRating;

  @Field()
  @Column({ type: "text" })
  summary: string;

  @Field(() => LocalDate, { nullable: true, description: "First day the reviewer may see the sampled cases." })
  @Column({ name: "access_from", type: "varchar", length: 10, nullable: true })
  accessFrom: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Last day the reviewer may see the sampled cases." })
  @Column({ name: "access_to", type: "varchar", length: 10, nullable: true })
  accessTo: string | null;
}
