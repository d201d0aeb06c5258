import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The governance-boards subgraph owns RolloutPhase; this subgraph contributes `statistics`. */
@Directive('@key(fields: "id")')
@ObjectType("RolloutPhase")
export class RolloutPhaseRef {
  @Field(() => ID)
  id: string;
}
