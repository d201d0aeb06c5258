import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { SelfAssessment } from "../entities/self-assessment.entity";
import type { GovernanceBoardsContext } from "../services";
import { SelfAssessmentsArgs, validateSelfAssessmentsArgs } from "./self-assessment.args";

@Resolver(() => SelfAssessment)
export class SelfAssessmentResolver {
  @Query(() => [SelfAssessment], {
    description: "Local-authority self-assessments, optionally of one agency and one period; by agency, newest period first.",
  })
  selfAssessments(@Args() args: SelfAssessmentsArgs, @Ctx() ctx: GovernanceBoardsContext): Promise<SelfAssessment[]> {
    validateSelfAssessmentsArgs(args);
    return ctx.services.selfAssessments.list(args);
  }

  @FieldResolver(() => AgencyRef, { description: "The local authority that assessed itself." })
  agency(@Root() assessment: SelfAssessment): AgencyRef {
    return { id: assessment.agencyId };
  }
}
