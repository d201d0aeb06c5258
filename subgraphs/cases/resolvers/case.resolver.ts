import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { AgencyRef } from "../entities/agency.ref";
import { CaseReview } from "../entities/case-review.entity";
import { Case } from "../entities/case.entity";
import { CtRiskAssessment } from "../entities/ct-risk-assessment.entity";
import { DdpConditions } from "../entities/ddp-conditions.entity";
import { HealthInformation } from "../entities/health-information.entity";
import { PersonRef } from "../entities/person.ref";
import { Screening } from "../entities/screening.type";
import { SupportPlan } from "../entities/support-plan.entity";
import { VulnerabilityAssessment } from "../entities/vulnerability-assessment.entity";
import type { CasesContext } from "../services";
import { CasesArgs } from "./case.args";
import { CaseConnection } from "./case.connection";

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CaseConnection, {
    nullable: true,
    description: "The cases you may see (those your agency relates to), newest referral first, a page at a time.",
  })
  async cases(@Args() args: CasesArgs, @Ctx() ctx: CasesContext): Promise<CaseConnection> {
    const page = await ctx.services.cases.page({ ...args, first: args.first ?? 20 }, ctx.access);
    await ctx.loaders.withRelationships(page.edges.map((e) => e.node));
    return CaseConnection.of(page, args.filter);
  }

  @Query(() => Case, { name: "case", nullable: true })
  caseById(@Arg("id", () => ID) id: string, @Ctx() ctx: CasesContext): Promise<Case | null> {
    return ctx.loaders.case.load(id);
  }

  @Query(() => Case, { nullable: true })
  caseByReference(@Arg("reference") reference: string, @Ctx() ctx: CasesContext): Promise<Case | null> {
    return ctx.loaders.caseByReference.load(reference);
  }

  @FieldResolver(() => AgencyRef, { nullable: true, description: "The local authority (or probation, for DDP) managing the case." })
  leadAgency(@Root() c: Case): AgencyRef {
    return { id: c.leadAgencyId };
  }

  @FieldResolver(() => AgencyRef, { nullable: true })
  referringAgency(@Root() c: Case): AgencyRef {
    return { id: c.referringAgencyId };
  }

  @FieldResolver(() => [AgencyRef], { nullable: true, description: "The agencies sitting on the case's panel." })
  async panelMembers(@Root() c: Case, @Ctx() ctx: CasesContext): Promise<AgencyRef[]> {
    const members = await ctx.loaders.panelMembersByCase.load(c.id);
    return members.map((m) => ({ id: m.agencyId }));
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: "Personal data: the referred individual." })
  subject(@Root() c: Case): PersonRef {
    return { id: c.subjectId };
  }

  @FieldResolver(() => Screening, { nullable: true, description: "Null until CT policing has screened the referral." })
  screening(@Root() c: Case): Screening | null {
    if (c.screeningDecision === null) return null;
    return {
      caseId: c.id,
      decision: c.screeningDecision,
      reason: c.screeningReason,
      decidedAt: c.screenedAt,
      decidedBy: c.screenedByAgencyId === null ? null : { id: c.screenedByAgencyId },
    };
  }

  @FieldResolver(() => VulnerabilityAssessment, { nullable: true, description: "The latest VAF assessment." })
  vulnerabilityAssessment(@Root() c: Case, @Ctx() ctx: CasesContext): Promise<VulnerabilityAssessment | null> {
    return ctx.loaders.vulnerabilityAssessmentByCase.load(c.id);
  }

  @FieldResolver(() => CtRiskAssessment, { nullable: true })
  ctRiskAssessment(@Root() c: Case, @Ctx() ctx: CasesContext): Promise<CtRiskAssessment | null> {
    return ctx.loaders.ctRiskAssessmentByCase.load(c.id);
  }

  @FieldResolver(() => HealthInformation, { nullable: true })
  healthInformation(@Root() c: Case, @Ctx() ctx: CasesContext): Promise<HealthInformation | null> {
    return ctx.loaders.healthInformationByCase.load(c.id);
  }

  @FieldResolver(() => DdpConditions, { nullable: true, description: "DDP cases only." })
  ddpConditions(@Root() c: Case, @Ctx() ctx: CasesContext): Promise<DdpConditions | null> {
    return ctx.loaders.ddpConditionsByCase.load(c.id);
  }

  @FieldResolver(() => SupportPlan, { nullable: true })
  supportPlan(@Root() c: Case, @Ctx() ctx: CasesContext): Promise<SupportPlan | null> {
    return ctx.loaders.supportPlanByCase.load(c.id);
  }

  @FieldResolver(() => [CaseReview], { nullable: true, description: "Reviews by due date." })
  reviews(@Root() c: Case, @Ctx() ctx: CasesContext): Promise<CaseReview[]> {
    return ctx.loaders.reviewsByCase.load(c.id);
  }
}
