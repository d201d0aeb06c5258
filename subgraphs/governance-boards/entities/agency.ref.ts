import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The agencies subgraph owns Agency; this subgraph contributes its Dovetail phase and its
 * self-assessments (agency.resolver.ts).
 */
@Directive('@key(fields: "id")')
@ObjectType("Agency")
export class AgencyRef {
  @Field(() => ID)
  id: string;
}
