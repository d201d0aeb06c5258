import { Field, ID, InputType } from "type-graphql";
import { CaseStage, Programme, TypeOfConcern } from "../../kit/enums";
import type { CaseQueryFilter } from "../services/case.service";

@InputType({ description: "Narrows `cases`; every condition given must hold." })
export class CaseFilter implements CaseQueryFilter {
  @Field(() => CaseStage, { nullable: true })
  stage?: CaseStage | null;

  @Field(() => [CaseStage], { nullable: true, description: "Any of these stages (an empty list matches nothing)." })
  stages?: CaseStage[] | null;

  @Field(() => Programme, { nullable: true })
  programme?: Programme | null;

  @Field(() => TypeOfConcern, { nullable: true })
  typeOfConcern?: TypeOfConcern | null;

  @Field(() => ID, { nullable: true })
  leadAgencyId?: string | null;

  @Field(() => ID, { nullable: true })
  referringAgencyId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only cases on whose panel this agency sits." })
  panelMemberAgencyId?: string | null;

  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => Date, { nullable: true, description: "Referred at or after this instant." })
  referredFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Referred before this instant." })
  referredTo?: Date | null;
}
