import { Field, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { Case } from "./case.entity";

@ObjectType({ description: "Special category data: what a health partner shared with the panel." })
@Entity({ name: "health_information" })
@Index("idx_health_information_provided_by", ["providedByAgencyId"])
export class HealthInformation {
  @PrimaryColumn({ name: "case_id", type: "varchar", length: 36 })
  @ForeignKey(() => Case, { name: "fk_health_information_case", onDelete: "CASCADE" })
  caseId: string;

  /** Exposed as `providedBy` (health-information.resolver.ts). */
  @Column({ name: "provided_by_agency_id", type: "varchar", length: 64 })
  providedByAgencyId: string;

  @Field({ nullable: true })
  @Column({ type: "text" })
  summary: string;

  @Field(() => Date, { nullable: true })
  @Column({ name: "recorded_at" })
  recordedAt: Date;
}
