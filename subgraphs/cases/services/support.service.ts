import { In, type DataSource, type Repository } from "typeorm";
import { CaseReview } from "../entities/case-review.entity";
import { DdpConditions } from "../entities/ddp-conditions.entity";
import { SupportIntervention } from "../entities/support-intervention.entity";
import { SupportPlan } from "../entities/support-plan.entity";

/** What follows the panel: DDP conditions, the support plan and its interventions, reviews. */
export class SupportService {
  private readonly ddp: Repository<DdpConditions>;
  private readonly plans: Repository<SupportPlan>;
  private readonly interventions: Repository<SupportIntervention>;
  private readonly reviews: Repository<CaseReview>;

  constructor(dataSource: DataSource) {
    this.ddp = dataSource.getRepository(DdpConditions);
    this.plans = dataSource.getRepository(SupportPlan);
    this.interventions = dataSource.getRepository(SupportIntervention);
    this.reviews = dataSource.getRepository(CaseReview);
  }

  ddpConditionsOf(caseIds: readonly string[]): Promise<DdpConditions[]> {
    return this.ddp.findBy({ caseId: In([...caseIds]) });
  }

  supportPlansOf(caseIds: readonly string[]): Promise<SupportPlan[]> {
    return this.plans.findBy({ caseId: In([...caseIds]) });
  }

  /** Interventions in recorded order (their ids carry a zero-padded ordinal). */
  interventionsOf(caseIds: readonly string[]): Promise<SupportIntervention[]> {
    return this.interventions.find({ where: { caseId: In([...caseIds]) }, order: { caseId: "ASC", id: "ASC" } });
  }

  /** Reviews by due date. */
  reviewsOf(caseIds: readonly string[]): Promise<CaseReview[]> {
    return this.reviews.find({ where: { caseId: In([...caseIds]) }, order: { caseId: "ASC", dueOn: "ASC", id: "ASC" } });
  }
}
