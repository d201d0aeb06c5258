import type { Role } from "../auth/roles";

/**
 * Which case-work steps to offer, from the lifecycle (docs/case-lifecycle.md): the stage, the
 * user's roles and their agency's relationship to the case. A courtesy only: the cases subgraph
 * checks all of it again and its refusal is what the user sees if this list is wrong.
 */

export type ActionSlug = "accept-for-screening" | "screening-decision" | "panel" | "vaf" | "support-plan" | "review" | "close" | "transfer" | "ddp-conditions";

export interface WorkFacts {
  stage: string | null;
  programme: string | null;
  leadAgencyId: string | null;
  ddpManagerId: string | null;
}

export interface Action {
  slug: ActionSlug;
  text: string;
}

const CHAIR: readonly Role[] = ["CHANNEL_CHAIR"];
const CASE_WORKERS: readonly Role[] = ["CHANNEL_CHAIR", "CASE_OFFICER", "PREVENT_COORDINATOR"];
const OPEN = ["REFERRAL", "SCREENING", "PANEL", "SUPPORT", "REVIEW"];
const AT_PANEL = ["PANEL", "SUPPORT", "REVIEW"];

export const ACTION_TITLES: Record<ActionSlug, string> = {
  "accept-for-screening": "Accept for screening",
  "screening-decision": "Record the screening decision",
  panel: "Change the panel",
  vaf: "Record a vulnerability assessment",
  "support-plan": "Agree a support plan",
  review: "Record a review",
  close: "Close the case",
  transfer: "Transfer the case",
  "ddp-conditions": "Set DDP conditions",
};

export function availableActions(facts: WorkFacts, me: { roles: readonly Role[]; agencyId: string }): Action[] {
  const has = (roles: readonly Role[]) => me.roles.some((r) => roles.includes(r));
  const lead = facts.leadAgencyId !== null && facts.leadAgencyId === me.agencyId;
  const stage = facts.stage ?? "";
  const offer: ActionSlug[] = [];
  if (stage === "REFERRAL" && has(["CT_OFFICER"])) offer.push("accept-for-screening");
  if (stage === "SCREENING" && has(["CT_OFFICER"])) offer.push("screening-decision");
  if (lead && AT_PANEL.includes(stage) && has(CASE_WORKERS)) offer.push("vaf");
  if (lead && stage === "PANEL" && has(CHAIR)) offer.push("support-plan");
  if (lead && (stage === "SUPPORT" || stage === "REVIEW") && has(CASE_WORKERS)) offer.push("review");
  if (lead && AT_PANEL.includes(stage) && has(CHAIR)) offer.push("panel");
  if (facts.programme === "DDP" && OPEN.includes(stage) && ((lead && has(CASE_WORKERS)) || (has(["OFFENDER_MANAGER"]) && facts.ddpManagerId === me.agencyId))) offer.push("ddp-conditions");
  if (lead && AT_PANEL.includes(stage) && has(CHAIR)) offer.push("close");
  if (lead && OPEN.includes(stage) && has(CHAIR)) offer.push("transfer");
  return offer.map((slug) => ({ slug, text: ACTION_TITLES[slug] }));
}

export const isActionSlug = (value: string): value is ActionSlug => value in ACTION_TITLES;
