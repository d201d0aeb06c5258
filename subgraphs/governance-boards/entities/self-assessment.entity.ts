import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { AssuranceRating } from "../../kit/enums";
import { LocalDate } from "../../kit/scalars";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A local authority's self-assessment against the standards of the Channel toolkit." })
@Entity({ name: "self_assessments" })
@Index("idx_self_assessments_agency_period", ["agencyId", "period"])
@Index("idx_self_assessments_period", ["period"])
export class SelfAssessment {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  // Exposed as `agency: Agency!` (self-assessment.resolver.ts).
  @Column({ name: "agency_id", type: "varchar", length: 64 })
  agencyId: string;

  @Field({ description: "The reporting period, e.g. `2019/20`." })
  @Column({ type: "varchar", length: 16 })
  period: string;

  @Field(() => LocalDate)
  @Column({ name: "submitted_on", type: "varchar", length: 10 })
  submittedOn: string;

  @Field(() => Int)
  @Column({ name: "standards_met", type: "integer" })
  standardsMet: number;

  @Field(() => Int)
  @Column({ name: "standards_total", type: "integer" })
  standardsTotal: number;

  @Field(() => AssuranceRating)
  @Column({ type: "varchar", length: 32 })
  rating: AssuranceRating;

  @Field()
  @Column({ type: "text" })
  summary: string;
}
