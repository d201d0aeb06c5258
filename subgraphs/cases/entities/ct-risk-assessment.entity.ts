import { Field, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { CtRiskLevel } from "../../kit/enums";
import { Case } from "./case.entity";

@ObjectType({ description: "Restricted: counter-terrorism policing's assessment of the risk a case presents." })
@Entity({ name: "ct_risk_assessments" })
@Index("idx_ct_risk_assessments_assessed_by", ["assessedByAgencyId"])
export class CtRiskAssessment {
  @PrimaryColumn({ name: "case_id", type: "varchar", length: 36 })
  @ForeignKey(() => Case, { name: "fk_ct_risk_assessments_case", onDelete: "CASCADE" })
  caseId: string;

  @Field(() => CtRiskLevel, { nullable: true })
  @Column({ type: "varchar", length: 32 })
  level: CtRiskLevel;

  @Field({ nullable: true })
  @Column({ type: "text" })
  summary: string;

  @Field(() => Date, { nullable: true })
  @Column({ name: "assessed_at" })
  assessedAt: Date;

  /** Exposed as `assessedBy` (ct-risk-assessment.resolver.ts). */
  @Column({ name: "assessed_by_agency_id", type: "varchar", length: 64 })
  assessedByAgencyId: string;
}
