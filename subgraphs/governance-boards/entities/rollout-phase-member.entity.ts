import { Field, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { LocalDate } from "../../kit/scalars";
import { RolloutPhase } from "./rollout-phase.entity";

/** A value type: a local authority's place in a phase. `agency` is resolved in rollout-phase-membership.resolver.ts. */
@ObjectType("RolloutPhaseMembership", { description: "A local authority's membership of a rollout phase." })
@Entity({ name: "rollout_phase_members" })
// An authority takes on Channel case management once: it belongs to one phase only.
@Index("uq_rollout_phase_members_agency", ["agencyId"], { unique: true })
export class RolloutPhaseMember {
  @PrimaryColumn({ name: "phase_id", type: "varchar", length: 64 })
  @ForeignKey(() => RolloutPhase, { name: "fk_rollout_phase_members_phase", onDelete: "CASCADE" })
  phaseId: string;

  @PrimaryColumn({ name: "agency_id", type: "varchar", length: 64 })
  agencyId: string;

  @Field(() => LocalDate)
  @Column({ name: "joined_on", type: "varchar", length: 10 })
  joinedOn: string;
}
