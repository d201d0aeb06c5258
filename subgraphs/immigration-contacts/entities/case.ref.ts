import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The cases subgraph owns Case; this subgraph adds `immigrationQueries` (case.resolver.ts). */
@Directive('@key(fields: "id")')
@ObjectType("Case")
export class CaseRef {
  @Field(() => ID)
  id: string;
}
