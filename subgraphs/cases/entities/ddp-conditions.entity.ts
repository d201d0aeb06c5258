import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { DdpConditionType } from "../../kit/enums";
import { LocalDate } from "../../kit/scalars";
import { Case } from "./case.entity";

@ObjectType({ description: "Criminal data: the court-approved conditions a DDP case runs under." })
@Entity({ name: "ddp_conditions" })
@Index("idx_ddp_conditions_managing_agency", ["managingAgencyId"])
export class DdpConditions {
  @PrimaryColumn({ name: "case_id", type: "varchar", length: 36 })
  @ForeignKey(() => Case, { name: "fk_ddp_conditions_case", onDelete: "CASCADE" })
  caseId: string;

  @Field(() => DdpConditionType, { nullable: true })
  @Column({ name: "condition_type", type: "varchar", length: 32 })
  conditionType: DdpConditionType;

  @Field(() => Int, { nullable: true, description: "MAPPA management level, 1 to 3." })
  @Column({ name: "mappa_level", type: "integer" })
  mappaLevel: number;

  /** Exposed as `managingAgency` (ddp-conditions.resolver.ts). */
  @Column({ name: "managing_agency_id", type: "varchar", length: 64 })
  managingAgencyId: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ name: "starts_on", type: "varchar", length: 10 })
  startsOn: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ name: "ends_on", type: "varchar", length: 10, nullable: true })
  endsOn: string | null;
}
