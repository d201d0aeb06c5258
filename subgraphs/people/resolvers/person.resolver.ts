import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Person } from "../entities/person.entity";
import type { PeopleContext } from "../services";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  person(@Arg("id", () => ID) id: string, @Ctx() ctx: PeopleContext): Promise<Person | null> {
    return ctx.loaders.person.load(id);
  }
}
