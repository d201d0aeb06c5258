import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CaseRef } from "../entities/case.ref";
import { ImmigrationQuery } from "../entities/immigration-query.entity";
import type { ImmigrationContactsContext } from "../services";

@Resolver(() => CaseRef)
export class CaseImmigrationResolver {
  @FieldResolver(() => [ImmigrationQuery], { nullable: true, description: "The immigration queries on this case you raised or were asked, newest first." })
  immigrationQueries(@Root() caseRef: CaseRef, @Ctx() ctx: ImmigrationContactsContext): Promise<ImmigrationQuery[]> {
    return ctx.loaders.queriesByCase.load(caseRef.id);
  }
}
