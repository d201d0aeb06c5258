import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { Case } from "../entities/case.entity";
import type { CasesContext } from "../services";

@Resolver(() => AgencyRef)
export class AgencyCasesResolver {
  @FieldResolver(() => [Case], { nullable: true, description: "The cases this agency leads that you may see, newest referral first." })
  cases(
    @Root() agency: AgencyRef,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "How many, 0 to 100." }) first: number | null,
    @Ctx() ctx: CasesContext,
  ): Promise<Case[]> {
    return ctx.loaders.casesLedByAgency(first ?? 20).load(agency.id);
  }
}
