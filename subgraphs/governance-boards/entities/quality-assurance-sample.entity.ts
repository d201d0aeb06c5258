import { Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { QualityAssuranceReview } from "./quality-assurance-review.entity";

/** A case a quality-assurance review samples. Not exposed: the reviewer reaches it through the cases subgraph, for the review's window. */
@Entity({ name: "quality_assurance_samples" })
@Index("idx_quality_assurance_samples_case", ["caseId"])
export class QualityAssuranceSample {
  @PrimaryColumn({ name: "review_id", type: "varchar", length: 64 })
  @ForeignKey(() => QualityAssuranceReview, { name: "fk_quality_assurance_samples_review", onDelete: "CASCADE" })
  reviewId: string;

  @PrimaryColumn({ name: "case_id", type: "varchar", length: 36 })
  caseId: string;
}
