import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The people subgraph owns Person; this subgraph contributes `cases` (person.resolver.ts). */
@Directive('@key(fields: "id")')
@ObjectType("Person")
export class PersonRef {
  @Field(() => ID)
  id: string;
}
