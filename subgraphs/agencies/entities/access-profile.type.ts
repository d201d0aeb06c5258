import { Directive, Field, ID, ObjectType } from "type-graphql";
import { AgencyKind, Region } from "../../kit/enums";

/** What an active agreement lets the agency see of one partner's cases. Internal to the platform. */
@Directive("@inaccessible")
@ObjectType({ description: "Internal: one partner and the policy categories an agreement shares." })
export class AccessGrant {
  @Field(() => ID)
  partnerAgencyId: string;

  @Field(() => [String])
  categories: string[];
}

/**
 * What the gateway needs to know about a caller's agency to evaluate the sharing policy: its
 * kind, region and active agreements. Resolved once per request (cached briefly) and signed into
 * the internal token, so every subgraph applies the same agreements.
 */
@Directive("@inaccessible")
@ObjectType({ description: "Internal: an agency's kind, region and active agreement grants." })
export class AccessProfile {
  @Field(() => ID)
  agencyId: string;

  @Field(() => AgencyKind)
  kind: AgencyKind;

  @Field(() => Region)
  region: Region;

  @Field(() => [AccessGrant])
  grants: AccessGrant[];
}
