import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Practitioner } from "../entities/practitioner.entity";
import type { PeopleContext } from "../services";

@Resolver(() => Practitioner)
export class PractitionerResolver {
  @Query(() => Practitioner, { nullable: true })
  practitioner(@Arg("id", () => ID) id: string, @Ctx() ctx: PeopleContext): Promise<Practitioner | null> {
    return ctx.loaders.practitioner.load(id);
  }

  @Query(() => [Practitioner], { description: "Platform users, optionally of one agency." })
  practitioners(
    @Arg("agencyId", () => ID, { nullable: true }) agencyId: string | null,
    @Ctx() ctx: PeopleContext,
  ): Promise<Practitioner[]> {
    return ctx.services.practitioners.listByAgency(agencyId);
  }
}
