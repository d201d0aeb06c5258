import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { Agency } from "../entities/agency.entity";
import type { AgenciesContext } from "../services";
import { AgenciesArgs } from "./agency.args";

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: "Partner agencies, optionally by region and kind, ordered by name." })
  agencies(@Args() args: AgenciesArgs, @Ctx() ctx: AgenciesContext): Promise<Agency[]> {
    return ctx.services.agencies.list(args);
  }

  @Query(() => Agency, { nullable: true })
  agency(@Arg("id", () => ID) id: string, @Ctx() ctx: AgenciesContext): Promise<Agency | null> {
    return ctx.loaders.agency.load(id);
  }
}
