import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { ReviewKind } from "../../kit/enums";
import { LocalDate } from "../../kit/scalars";
import { Case } from "./case.entity";

@ObjectType({ description: "A panel review of a supported case, typically at six and twelve months." })
@Entity({ name: "case_reviews" })
@Index("idx_case_reviews_case", ["caseId"])
export class CaseReview {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Column({ name: "case_id", type: "varchar", length: 36 })
  @ForeignKey(() => Case, { name: "fk_case_reviews_case", onDelete: "CASCADE" })
  caseId: string;

  @Field(() => ReviewKind, { nullable: true })
  @Column({ type: "varchar", length: 32 })
  kind: ReviewKind;

  @Field(() => LocalDate, { nullable: true })
  @Column({ name: "due_on", type: "varchar", length: 10 })
  dueOn: string;

  @Field(() => LocalDate, { nullable: true, description: "Null until the review is held." })
  @Column({ name: "held_on", type: "varchar", length: 10, nullable: true })
  heldOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  summary: string | null;
}
