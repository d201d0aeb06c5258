import { Field, ObjectType } from "type-graphql";
import { Case } from "../entities/case.entity";
import type { CaseQueryFilter, CasePage } from "../services/case.service";

@ObjectType({ description: "A case and its position in the list." })
export class CaseEdge {
  @Field({ description: "Opaque; pass it as `after` to continue after this case." })
  cursor: string;

  @Field(() => Case)
  node: Case;
}

@ObjectType()
export class CasePageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** `totalCount` is a field resolver (case-connection.resolver.ts): counted only when asked for. */
@ObjectType({ description: "A page of cases, newest referral first." })
export class CaseConnection {
  @Field(() => [CaseEdge])
  edges: CaseEdge[];

  @Field(() => CasePageInfo)
  pageInfo: CasePageInfo;

  /** The filter the page was read with, for `totalCount`. */
  filter: CaseQueryFilter | null;

  static of(page: CasePage, filter: CaseQueryFilter | null | undefined): CaseConnection {
    const connection = new CaseConnection();
    connection.edges = page.edges;
    connection.pageInfo = { hasNextPage: page.hasNextPage, endCursor: page.edges.at(-1)?.cursor ?? null };
    connection.filter = filter ?? null;
    return connection;
  }
}
