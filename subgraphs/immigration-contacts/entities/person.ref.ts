import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The people subgraph owns Person; this subgraph adds `immigrationStatus` (person.resolver.ts). */
@Directive('@key(fields: "id")')
@ObjectType("Person")
export class PersonRef {
  @Field(() => ID)
  id: string;
}
