import { FieldResolver, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { CtRiskAssessment } from "../entities/ct-risk-assessment.entity";

@Resolver(() => CtRiskAssessment)
export class CtRiskAssessmentResolver {
  @FieldResolver(() => AgencyRef, { nullable: true, description: "The CT policing unit that made the assessment." })
  assessedBy(@Root() assessment: CtRiskAssessment): AgencyRef {
    return { id: assessment.assessedByAgencyId };
  }
}
