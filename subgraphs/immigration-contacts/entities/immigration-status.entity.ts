import { Field, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, PrimaryColumn } from "typeorm";
import { ImmigrationStatusKind } from "../../kit/enums";
import { ImmigrationQuery } from "./immigration-query.entity";

/** Restricted data: a person's immigration status as last answered by a SPOC. A value type, not an entity. */
@ObjectType({ description: "A person's immigration status as recorded from the answer to an immigration query." })
@Entity({ name: "immigration_statuses" })
export class ImmigrationStatus {
  @PrimaryColumn({ name: "person_id", type: "varchar", length: 36 })
  personId: string;

  @Field(() => ImmigrationStatusKind, { nullable: true })
  @Column({ type: "varchar", length: 32 })
  status: ImmigrationStatusKind;

  @Field(() => Date, { nullable: true })
  @Column({ name: "recorded_at" })
  recordedAt: Date;

  @Column({ name: "source_query_id", type: "varchar", length: 64 })
  @ForeignKey(() => ImmigrationQuery, { name: "fk_immigration_statuses_source_query" })
  sourceQueryId: string;
}
