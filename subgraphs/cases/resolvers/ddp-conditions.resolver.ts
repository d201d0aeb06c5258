import { FieldResolver, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { DdpConditions } from "../entities/ddp-conditions.entity";

@Resolver(() => DdpConditions)
export class DdpConditionsResolver {
  @FieldResolver(() => AgencyRef, { nullable: true, description: "The probation service managing the conditions." })
  managingAgency(@Root() conditions: DdpConditions): AgencyRef {
    return { id: conditions.managingAgencyId };
  }
}
