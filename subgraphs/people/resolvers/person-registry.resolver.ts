import { randomUUID } from "node:crypto";
import { Arg, Ctx, Directive, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { AgeBand, Gender, ageBandOf, ageInYears } from "../../kit/enums";
import { LocalDate } from "../../kit/scalars";
import { Person } from "../entities/person.entity";
import type { PeopleContext } from "../services";

@Directive("@inaccessible")
@InputType({ description: "Internal: a person to register (validated by the caller, the cases subgraph)." })
export class PersonRegistrationInput {
  @Field()
  givenName: string;

  @Field()
  familyName: string;

  @Field(() => LocalDate)
  dateOfBirth: string;

  @Field(() => Gender)
  gender: Gender;

  @Field()
  postcode: string;

  @Field()
  town: string;
}

@Directive("@inaccessible")
@ObjectType({ description: "Internal: what another subgraph may know of a person without seeing them." })
export class PersonFacts {
  @Field()
  exists: boolean;

  @Field({ description: "Under 18 on the date asked." })
  minor: boolean;

  @Field(() => AgeBand, { nullable: true, description: "The statistics' age band on the date asked." })
  ageBand: AgeBand | null;

  @Field(() => Gender, { nullable: true })
  gender: Gender | null;
}

/** Peer calls only (a referral in the cases subgraph): register a person, check one exists. */
@Resolver()
export class PersonRegistryResolver {
  @Directive("@inaccessible")
  @Mutation(() => ID, { description: "Internal: registers a person referred for the first time; returns their id." })
  async registerPerson(@Arg("input", () => PersonRegistrationInput) input: PersonRegistrationInput, @Ctx() ctx: PeopleContext): Promise<string> {
    const person: Person = { id: randomUUID(), ...input };
    await ctx.services.persons.register(ctx, person);
    return person.id;
  }

  @Directive("@inaccessible")
  @Query(() => PersonFacts, { description: "Internal: whether a person exists, and whether a minor on a date." })
  async personFacts(@Arg("id", () => ID) id: string, @Arg("on", () => LocalDate) on: string, @Ctx() ctx: PeopleContext): Promise<PersonFacts> {
    const person = await ctx.loaders.person.load(id);
    if (!person) return { exists: false, minor: false, ageBand: null, gender: null };
    const age = ageInYears(person.dateOfBirth, on);
    return { exists: true, minor: age < 18, ageBand: ageBandOf(age), gender: person.gender };
  }
}
