import { FieldResolver, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { BoardDecision } from "../entities/board-decision.entity";

@Resolver(() => BoardDecision)
export class BoardDecisionResolver {
  @FieldResolver(() => AgencyRef, { description: "The agency that owns the action." })
  owner(@Root() decision: BoardDecision): AgencyRef {
    return { id: decision.ownerAgencyId };
  }
}
