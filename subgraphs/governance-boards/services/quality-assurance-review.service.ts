import { In, type DataSource, type Repository } from "typeorm";
import { QualityAssuranceReview } from "../entities/quality-assurance-review.entity";

export class QualityAssuranceReviewService {
  private readonly reviews: Repository<QualityAssuranceReview>;

  constructor(dataSource: DataSource) {
    this.reviews = dataSource.getRepository(QualityAssuranceReview);
  }

  findByIds(ids: readonly string[]): Promise<QualityAssuranceReview[]> {
    return this.reviews.findBy({ id: In([...ids]) });
  }

  /** Newest first. */
  reviewsOfPhases(phaseIds: readonly string[]): Promise<QualityAssuranceReview[]> {
    return this.reviews.find({ where: { phaseId: In([...phaseIds]) }, order: { reviewedOn: "DESC", id: "ASC" } });
  }
}
