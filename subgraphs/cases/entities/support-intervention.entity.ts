import { Field, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { CommissioningStatus, InterventionKind } from "../../kit/enums";
import { SupportPlan } from "./support-plan.entity";

@ObjectType({ description: "One intervention of a support plan and how far its commissioning has got." })
@Entity({ name: "support_interventions" })
@Index("idx_support_interventions_case", ["caseId"])
export class SupportIntervention {
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Column({ name: "case_id", type: "varchar", length: 36 })
  @ForeignKey(() => SupportPlan, { name: "fk_support_interventions_plan", onDelete: "CASCADE" })
  caseId: string;

  @Field(() => InterventionKind, { nullable: true })
  @Column({ type: "varchar", length: 32 })
  kind: InterventionKind;

  @Field({ nullable: true, description: "Who delivers it: an intervention provider or a partner agency." })
  @Column({ type: "varchar", length: 200 })
  provider: string;

  @Field(() => CommissioningStatus, { nullable: true })
  @Column({ name: "commissioning_status", type: "varchar", length: 32 })
  commissioningStatus: CommissioningStatus;
}
