import { FieldResolver, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { HealthInformation } from "../entities/health-information.entity";

@Resolver(() => HealthInformation)
export class HealthInformationResolver {
  @FieldResolver(() => AgencyRef, { nullable: true, description: "The health partner that shared it." })
  providedBy(@Root() information: HealthInformation): AgencyRef {
    return { id: information.providedByAgencyId };
  }
}
