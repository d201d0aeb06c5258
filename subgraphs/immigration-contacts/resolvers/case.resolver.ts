import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CaseRef } from "../entities/case.ref";
import { ImmigrationQuery } from "../entities/immigration-query.entity";
import type { ImmigrationContactsContext } from "../services";

@Resolver(() => CaseRef)
export class CaseImmigrationResolver {
  @FieldResolver(() => [ImmigrationQuery], { description: "Immigration queries raised on this case, newest first." })
  immigrationQueries(@Root() caseRef: CaseRef, @Ctx() ctx: ImmigrationContactsContext): Promise<ImmigrationQuery[]> {
    return ctx.loaders.queriesByCase.load(caseRef.id);
  }
}
