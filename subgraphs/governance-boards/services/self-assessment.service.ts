import { In, type DataSource, type FindOptionsWhere, type Repository } from "typeorm";
import { SelfAssessment } from "../entities/self-assessment.entity";

export class SelfAssessmentService {
  private readonly assessments: Repository<SelfAssessment>;

  constructor(dataSource: DataSource) {
    this.assessments = dataSource.getRepository(SelfAssessment);
  }

  /** By agency, then newest period first. */
  list(filter: { agencyId?: string | null; period?: string | null }): Promise<SelfAssessment[]> {
    const where: FindOptionsWhere<SelfAssessment> = {};
    if (filter.agencyId) where.agencyId = filter.agencyId;
    if (filter.period) where.period = filter.period;
    return this.assessments.find({ where, order: { agencyId: "ASC", period: "DESC", id: "ASC" } });
  }

  findByIds(ids: readonly string[]): Promise<SelfAssessment[]> {
    return this.assessments.findBy({ id: In([...ids]) });
  }

  /** Newest period first. */
  assessmentsOfAgencies(agencyIds: readonly string[]): Promise<SelfAssessment[]> {
    return this.assessments.find({ where: { agencyId: In([...agencyIds]) }, order: { period: "DESC", id: "ASC" } });
  }
}
