import { In, type DataSource, type Repository } from "typeorm";
import { RolloutPhaseMember } from "../entities/rollout-phase-member.entity";
import { RolloutPhase } from "../entities/rollout-phase.entity";

export class RolloutPhaseService {
  private readonly phases: Repository<RolloutPhase>;
  private readonly members: Repository<RolloutPhaseMember>;

  constructor(dataSource: DataSource) {
    this.phases = dataSource.getRepository(RolloutPhase);
    this.members = dataSource.getRepository(RolloutPhaseMember);
  }

  list(): Promise<RolloutPhase[]> {
    return this.phases.find({ order: { ordinal: "ASC", id: "ASC" } });
  }

  findByIds(ids: readonly string[]): Promise<RolloutPhase[]> {
    return this.phases.findBy({ id: In([...ids]) });
  }

  membersOfPhases(phaseIds: readonly string[]): Promise<RolloutPhaseMember[]> {
    return this.members.find({ where: { phaseId: In([...phaseIds]) }, order: { agencyId: "ASC" } });
  }

  /** At most one row per agency (unique index on agency_id). */
  membershipsOfAgencies(agencyIds: readonly string[]): Promise<RolloutPhaseMember[]> {
    return this.members.findBy({ agencyId: In([...agencyIds]) });
  }
}
