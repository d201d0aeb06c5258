import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { CasesContext } from "../services";
import { CaseConnection } from "./case.connection";

@Resolver(() => CaseConnection)
export class CaseConnectionResolver {
  @FieldResolver(() => Int, { description: "All cases matching the filter; a separate count, run only when selected." })
  totalCount(@Root() connection: CaseConnection, @Ctx() ctx: CasesContext): Promise<number> {
    return ctx.services.cases.count(connection.filter, ctx.access);
  }
}
