import { randomUUID } from "node:crypto";
import { Arg, Ctx, Directive, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Gender } from "../../kit/enums";
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
}

/** Peer calls only (a referral in the cases subgraph): register a person, check one exists. */
@Resolver()
export class PersonRegistryResolver {
  @Directive("@inaccessible")
  @Mutation(() => ID, { description: "Internal: registers a person referred for the first time; returns their id." })
  async registerPerson(@Arg("input", () => PersonRegistrationInput) input: PersonRegistrationInput, @Ctx() ctx: PeopleContext): Promise<string> {
    const person: Person = { id: randomUUID(), ...input };
    await ctx.services.persons.insert(person);
    for (const field of ["givenName", "familyName", "dateOfBirth", "gender", "postcode", "town"]) {
      ctx.audit.note("COLLECTION", { type: "Person", id: person.id, subjectId: person.id }, `Person.${field}`);
    }
    return person.id;
  }

  @Directive("@inaccessible")
  @Query(() => PersonFacts, { description: "Internal: whether a person exists, and whether a minor on a date." })
  async personFacts(@Arg("id", () => ID) id: string, @Arg("on", () => LocalDate) on: string, @Ctx() ctx: PeopleContext): Promise<PersonFacts> {
    const person = await ctx.loaders.person.load(id);
    if (!person) return { exists: false, minor: false };
    const [y, m, d] = person.dateOfBirth.split("-").map(Number) as [number, number, number];
    const eighteenth = `${String(y + 18).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    return { exists: true, minor: on < eighteenth };
  }
}
