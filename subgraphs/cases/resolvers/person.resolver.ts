import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Case } from "../entities/case.entity";
import { PersonRef } from "../entities/person.ref";
import type { CasesContext } from "../services";

@Resolver(() => PersonRef)
export class PersonCasesResolver {
  @FieldResolver(() => [Case], { description: "Every case about this individual, newest referral first." })
  cases(@Root() person: PersonRef, @Ctx() ctx: CasesContext): Promise<Case[]> {
    return ctx.loaders.casesBySubject.load(person.id);
  }
}
