import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { AccessProfile } from "../entities/access-profile.type";
import { Agency } from "../entities/agency.entity";
import { SharingAgreement } from "../entities/sharing-agreement.entity";
import type { AgenciesContext } from "../services";
import { isActive, today } from "../services/sharing-agreement.service";
import { CreateSharingAgreementInput, SharingAgreementsArgs } from "./sharing-agreement.input";

@Resolver(() => SharingAgreement)
export class SharingAgreementResolver {
  @Query(() => [SharingAgreement], { description: "Information-sharing agreements, newest first." })
  sharingAgreements(@Args() args: SharingAgreementsArgs, @Ctx() ctx: AgenciesContext): Promise<SharingAgreement[]> {
    return ctx.services.agreements.list(args);
  }

  @Query(() => SharingAgreement, { nullable: true })
  sharingAgreement(@Arg("id", () => ID) id: string, @Ctx() ctx: AgenciesContext): Promise<SharingAgreement | null> {
    return ctx.loaders.agreement.load(id);
  }

  @Mutation(() => SharingAgreement, {
    nullable: true,
    description: "Records an agreement; parties see its categories of each other's cases within a minute.",
  })
  createSharingAgreement(@Arg("input", () => CreateSharingAgreementInput) input: CreateSharingAgreementInput, @Ctx() ctx: AgenciesContext): Promise<SharingAgreement> {
    return ctx.services.agreements.create(input, ctx.access);
  }

  @Mutation(() => SharingAgreement, { nullable: true, description: "Ends an agreement today; sharing under it stops within a minute." })
  endSharingAgreement(
    @Arg("id", () => ID) id: string,
    @Arg("reason", { description: "Why it ends, 3 to 500 characters." }) reason: string,
    @Ctx() ctx: AgenciesContext,
  ): Promise<SharingAgreement> {
    return ctx.services.agreements.end(id, reason, ctx.access);
  }

  /** For the gateway only (service token): the agency's kind, region and agreement grants. */
  @Directive("@inaccessible")
  @Query(() => AccessProfile, { nullable: true })
  async accessProfile(@Arg("agencyId", () => ID) agencyId: string, @Ctx() ctx: AgenciesContext): Promise<AccessProfile | null> {
    const agency = await ctx.loaders.agency.load(agencyId);
    if (!agency) return null;
    return { agencyId: agency.id, kind: agency.kind, region: agency.region, grants: await ctx.services.agreements.grantsOf(agency.id) };
  }

  @FieldResolver(() => [Agency])
  async parties(@Root() agreement: SharingAgreement, @Ctx() ctx: AgenciesContext): Promise<Agency[]> {
    const parties = await ctx.loaders.partiesByAgreement.load(agreement.id);
    const agencies = await ctx.loaders.agency.loadMany(parties.map((p) => p.agencyId));
    return agencies.filter((a): a is Agency => a !== null && !(a instanceof Error));
  }

  @FieldResolver(() => Boolean, { description: "In force today: started, not past its end date, not ended." })
  active(@Root() agreement: SharingAgreement): boolean {
    return isActive(agreement, today());
  }
}
