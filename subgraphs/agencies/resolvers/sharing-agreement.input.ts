import { ArgsType, Field, ID, InputType } from "type-graphql";
import { SharedDataCategory } from "../../kit/enums";
import { LocalDate } from "../../kit/scalars";

@InputType({ description: "A new information-sharing agreement." })
export class CreateSharingAgreementInput {
  @Field({ description: "3 to 200 characters." })
  title: string;

  @Field({ description: "The lawful basis relied on, 3 to 500 characters." })
  legalBasis: string;

  @Field(() => [ID], { description: "At least two different agencies; a coordinator's own agency must be one." })
  partyAgencyIds: string[];

  @Field(() => [SharedDataCategory], { description: "What each party may see of the cases another party leads." })
  categories: SharedDataCategory[];

  @Field(() => LocalDate)
  validFrom: string;

  @Field(() => LocalDate, { nullable: true, description: "Omit for an open-ended agreement." })
  validTo?: string | null;
}

@ArgsType()
export class SharingAgreementsArgs {
  @Field(() => ID, { nullable: true, description: "Only agreements this agency is a party to." })
  agencyId?: string | null;

  @Field({ defaultValue: false, description: "Only agreements in force today." })
  activeOnly: boolean;
}
