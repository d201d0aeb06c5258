import { In, type DataSource, type Repository } from "typeorm";
import { CtRiskAssessment } from "../entities/ct-risk-assessment.entity";
import { HealthInformation } from "../entities/health-information.entity";
import { VafFactor } from "../entities/vaf-factor.entity";
import { VulnerabilityAssessment } from "../entities/vulnerability-assessment.entity";
import { firstPerGroup } from "./ranked";

/** The panel's assessments of a case: VAF, CT risk and health information. */
export class AssessmentService {
  private readonly vulnerability: Repository<VulnerabilityAssessment>;
  private readonly factors: Repository<VafFactor>;
  private readonly ctRisk: Repository<CtRiskAssessment>;
  private readonly health: Repository<HealthInformation>;

  constructor(dataSource: DataSource) {
    this.vulnerability = dataSource.getRepository(VulnerabilityAssessment);
    this.factors = dataSource.getRepository(VafFactor);
    this.ctRisk = dataSource.getRepository(CtRiskAssessment);
    this.health = dataSource.getRepository(HealthInformation);
  }

  /** The latest VAF assessment of each case (at most one per case). */
  latestVulnerabilityAssessmentsOf(caseIds: readonly string[]): Promise<VulnerabilityAssessment[]> {
    return firstPerGroup(this.vulnerability, "va", {
      groupBy: "caseId",
      keys: caseIds,
      orderBy: [
        ["assessedAt", "DESC"],
        ["id", "DESC"],
      ],
      limit: 1,
    }).getMany();
  }

  /** Factors in recorded order (their ids carry a zero-padded ordinal). */
  factorsOf(assessmentIds: readonly string[]): Promise<VafFactor[]> {
    return this.factors.find({ where: { assessmentId: In([...assessmentIds]) }, order: { assessmentId: "ASC", id: "ASC" } });
  }

  ctRiskAssessmentsOf(caseIds: readonly string[]): Promise<CtRiskAssessment[]> {
    return this.ctRisk.findBy({ caseId: In([...caseIds]) });
  }

  healthInformationOf(caseIds: readonly string[]): Promise<HealthInformation[]> {
    return this.health.findBy({ caseId: In([...caseIds]) });
  }
}
