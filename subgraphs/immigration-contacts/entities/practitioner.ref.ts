import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The people subgraph owns Practitioner; this subgraph only points at it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Practitioner")
export class PractitionerRef {
  @Field(() => ID)
  id: string;
}
