import { FieldResolver, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { RolloutPhaseMember } from "../entities/rollout-phase-member.entity";

@Resolver(() => RolloutPhaseMember)
export class RolloutPhaseMembershipResolver {
  @FieldResolver(() => AgencyRef)
  agency(@Root() member: RolloutPhaseMember): AgencyRef {
    return { id: member.agencyId };
  }
}
