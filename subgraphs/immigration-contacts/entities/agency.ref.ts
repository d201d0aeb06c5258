import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The agencies subgraph owns Agency; this subgraph only points at it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Agency")
export class AgencyRef {
  @Field(() => ID)
  id: string;
}
