import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { CaseOutcome } from "../../kit/enums";
import { Case } from "../entities/case.entity";
import type { CasesContext } from "../services";
import {
  DdpConditionsInput,
  ReferCaseInput,
  ReviewInput,
  ScreeningDecisionInput,
  SupportPlanInput,
  VulnerabilityAssessmentInput,
} from "./casework.input";

const VERSION = { description: "The version you last read: a stale one answers CONFLICT and changes nothing." };

/**
 * The lifecycle's mutations (services/lifecycle.ts). Domain failures are errors with stable codes,
 * like everywhere in this API: BAD_USER_INPUT (an invalid transition names the current stage and
 * the allowed next ones), CONFLICT (stale version), FORBIDDEN, NOT_FOUND, PURPOSE_REQUIRED.
 */
@Resolver(() => Case)
export class CaseworkResolver {
  @Mutation(() => Case, { nullable: true, description: "Refers a concern about a person: a new case at REFERRAL, your agency the referrer." })
  referCase(@Arg("input", () => ReferCaseInput) input: ReferCaseInput, @Ctx() ctx: CasesContext): Promise<Case> {
    return ctx.services.casework.refer(ctx, input);
  }

  @Mutation(() => Case, { nullable: true, description: "CT policing takes a referral for screening (REFERRAL to SCREENING)." })
  acceptForScreening(@Arg("caseId", () => ID) caseId: string, @Arg("version", () => Int, VERSION) version: number, @Ctx() ctx: CasesContext): Promise<Case> {
    return ctx.services.casework.acceptForScreening(ctx, caseId, version);
  }

  @Mutation(() => Case, { nullable: true, description: "Adopts to panel (to PANEL), or closes with no further action or signposting." })
  recordScreeningDecision(@Arg("input", () => ScreeningDecisionInput) input: ScreeningDecisionInput, @Ctx() ctx: CasesContext): Promise<Case> {
    return ctx.services.casework.screen(ctx, input.caseId, input.version, input);
  }

  @Mutation(() => Case, { nullable: true, description: "Adds an agency to the case's panel." })
  addPanelMember(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("agencyId", () => ID) agencyId: string,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    return ctx.services.casework.changePanel(ctx, caseId, version, agencyId, true);
  }

  @Mutation(() => Case, { nullable: true, description: "Removes an agency from the case's panel (not the lead authority)." })
  removePanelMember(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("agencyId", () => ID) agencyId: string,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    return ctx.services.casework.changePanel(ctx, caseId, version, agencyId, false);
  }

  @Mutation(() => Case, { nullable: true, description: "Records a VAF assessment: factors under engagement, intent and capability." })
  recordVulnerabilityAssessment(@Arg("input", () => VulnerabilityAssessmentInput) input: VulnerabilityAssessmentInput, @Ctx() ctx: CasesContext): Promise<Case> {
    return ctx.services.casework.recordVaf(ctx, input.caseId, input.version, input);
  }

  @Mutation(() => Case, { nullable: true, description: "Agrees a support plan with consent (PANEL to SUPPORT); the six-month review falls due." })
  agreeSupportPlan(@Arg("input", () => SupportPlanInput) input: SupportPlanInput, @Ctx() ctx: CasesContext): Promise<Case> {
    return ctx.services.casework.agreeSupportPlan(ctx, input.caseId, input.version, input);
  }

  @Mutation(() => Case, { nullable: true, description: "Records the six-month (SUPPORT to REVIEW) or twelve-month review." })
  recordReview(@Arg("input", () => ReviewInput) input: ReviewInput, @Ctx() ctx: CasesContext): Promise<Case> {
    return ctx.services.casework.recordReview(ctx, input.caseId, input.version, input);
  }

  @Mutation(() => Case, { nullable: true, description: "Closes the case with an outcome the stage allows." })
  closeCase(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("outcome", () => CaseOutcome) outcome: CaseOutcome,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    return ctx.services.casework.close(ctx, caseId, version, outcome);
  }

  @Mutation(() => Case, { nullable: true, description: "Moves the case to another local authority when the person moves." })
  transferCase(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("toAgencyId", () => ID) toAgencyId: string,
    @Arg("reason", { description: "3 to 500 characters." }) reason: string,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    return ctx.services.casework.transfer(ctx, caseId, version, toAgencyId, reason);
  }

  @Mutation(() => Case, { nullable: true, description: "Records a DDP case's conditions, MAPPA level and managing probation service." })
  setDdpConditions(@Arg("input", () => DdpConditionsInput) input: DdpConditionsInput, @Ctx() ctx: CasesContext): Promise<Case> {
    return ctx.services.casework.setDdpConditions(ctx, input.caseId, input.version, input);
  }
}
