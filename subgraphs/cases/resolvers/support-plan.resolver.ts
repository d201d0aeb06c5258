import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { SupportIntervention } from "../entities/support-intervention.entity";
import { SupportPlan } from "../entities/support-plan.entity";
import type { CasesContext } from "../services";

@Resolver(() => SupportPlan)
export class SupportPlanResolver {
  @FieldResolver(() => [SupportIntervention], { nullable: true })
  interventions(@Root() plan: SupportPlan, @Ctx() ctx: CasesContext): Promise<SupportIntervention[]> {
    return ctx.loaders.interventionsByCase.load(plan.caseId);
  }
}
