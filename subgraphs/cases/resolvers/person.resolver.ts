import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Case } from "../entities/case.entity";
import { PersonRef } from "../entities/person.ref";
import { relationshipsOfPerson } from "../loaders";
import type { CasesContext } from "../services";

@Resolver(() => PersonRef)
export class PersonCasesResolver {
  /**
   * Served here, not by people: only this subgraph knows who relates to a person (through their
   * cases), so an unrelated person answers null exactly as a missing one does.
   */
  @Query(() => PersonRef, { nullable: true, description: "A referred individual you relate to through one of their cases." })
  async person(@Arg("id", () => ID) id: string, @Ctx() ctx: CasesContext): Promise<PersonRef | null> {
    const rels = await relationshipsOfPerson(ctx.loaders, id);
    return ctx.access.allows("personal", rels) ? { id } : null;
  }

  @FieldResolver(() => [Case], { nullable: true, description: "The cases about this individual you may see, newest referral first." })
  cases(@Root() person: PersonRef, @Ctx() ctx: CasesContext): Promise<Case[]> {
    return ctx.loaders.casesBySubject.load(person.id);
  }

  /** Attests to the people subgraph what this caller may see of the person (see common/auth/attestation.ts). */
  @Directive("@inaccessible")
  @FieldResolver(() => String, { nullable: true, description: "Internal: relationship attestation for the people subgraph." })
  async caseAccess(@Root() person: PersonRef, @Ctx() ctx: CasesContext): Promise<string | null> {
    const rels = await relationshipsOfPerson(ctx.loaders, person.id);
    return ctx.attestor.attest(ctx.txn, "Person", person.id, ctx.access.allows("personal", rels) ? ["personal"] : []);
  }
}
