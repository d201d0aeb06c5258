import { BadUserInputError } from "../../../common/errors";
import { CaseOutcome, CaseStage } from "../../kit/enums";

/**
 * THE CASE LIFECYCLE: every move a case can make, in one table. A mutation names its action;
 * the service checks the case's current stage against `from` before changing anything. Actions
 * whose `to` is null keep the stage (work done within a stage).
 */
export interface Transition {
  action: CaseAction;
  /** The mutation that takes it. */
  mutation: string;
  from: readonly CaseStage[];
  to: CaseStage | null;
  /** The outcome a closing action records. */
  outcomes?: readonly CaseOutcome[];
  description: string;
}

export type CaseAction =
  | "ACCEPT_FOR_SCREENING"
  | "ADOPT_TO_PANEL"
  | "SCREEN_OUT"
  | "CHANGE_PANEL"
  | "RECORD_VAF"
  | "AGREE_SUPPORT_PLAN"
  | "CLOSE_AT_PANEL"
  | "SIX_MONTH_REVIEW"
  | "TWELVE_MONTH_REVIEW"
  | "CLOSE_AFTER_SUPPORT"
  | "WITHDRAW_CONSENT"
  | "TRANSFER"
  | "SET_DDP_CONDITIONS";

const { REFERRAL, SCREENING, PANEL, SUPPORT, REVIEW, CLOSED } = CaseStage;
const OPEN = [REFERRAL, SCREENING, PANEL, SUPPORT, REVIEW] as const;

export const TRANSITIONS: readonly Transition[] = [
  { action: "ACCEPT_FOR_SCREENING", mutation: "acceptForScreening", from: [REFERRAL], to: SCREENING, description: "CT policing takes a referral for screening." },
  { action: "ADOPT_TO_PANEL", mutation: "recordScreeningDecision", from: [SCREENING], to: PANEL, description: "Screening adopts the case to a Channel panel." },
  {
    action: "SCREEN_OUT",
    mutation: "recordScreeningDecision",
    from: [SCREENING],
    to: CLOSED,
    outcomes: [CaseOutcome.NO_FURTHER_ACTION, CaseOutcome.SIGNPOSTED],
    description: "Screening ends the case: no further action, or signposted to other services.",
  },
  { action: "CHANGE_PANEL", mutation: "addPanelMember / removePanelMember", from: [PANEL, SUPPORT, REVIEW], to: null, description: "The chair changes who sits on the panel." },
  { action: "RECORD_VAF", mutation: "recordVulnerabilityAssessment", from: [PANEL, SUPPORT, REVIEW], to: null, description: "The panel records a VAF assessment." },
  { action: "AGREE_SUPPORT_PLAN", mutation: "agreeSupportPlan", from: [PANEL], to: SUPPORT, description: "The panel agrees a support plan, with consent." },
  {
    action: "CLOSE_AT_PANEL",
    mutation: "closeCase",
    from: [PANEL],
    to: CLOSED,
    outcomes: [CaseOutcome.NO_FURTHER_ACTION, CaseOutcome.SIGNPOSTED, CaseOutcome.CONSENT_WITHDRAWN],
    description: "The panel closes the case without support.",
  },
  { action: "SIX_MONTH_REVIEW", mutation: "recordReview", from: [SUPPORT], to: REVIEW, description: "The six-month review is held." },
  { action: "TWELVE_MONTH_REVIEW", mutation: "recordReview", from: [REVIEW], to: REVIEW, description: "The twelve-month review is held." },
  {
    action: "CLOSE_AFTER_SUPPORT",
    mutation: "closeCase",
    from: [REVIEW],
    to: CLOSED,
    outcomes: [CaseOutcome.CLOSED_AFTER_SUPPORT],
    description: "The case closes after support, once the twelve-month review is held.",
  },
  {
    action: "WITHDRAW_CONSENT",
    mutation: "closeCase",
    from: [SUPPORT, REVIEW],
    to: CLOSED,
    outcomes: [CaseOutcome.CONSENT_WITHDRAWN],
    description: "The individual withdraws consent; Channel support ends.",
  },
  { action: "TRANSFER", mutation: "transferCase", from: OPEN, to: null, description: "The person moves: another local authority leads the case." },
  { action: "SET_DDP_CONDITIONS", mutation: "setDdpConditions", from: OPEN, to: null, description: "DDP conditions, MAPPA level and managing probation service are recorded." },
];

const BY_ACTION = new Map(TRANSITIONS.map((t) => [t.action, t]));

/** Where a case can go from a stage: the next stages and the mutations that take it there. */
export function allowedFrom(stage: CaseStage): { stages: CaseStage[]; mutations: string[] } {
  const moves = TRANSITIONS.filter((t) => t.from.includes(stage) && t.to !== null && t.to !== stage);
  return { stages: [...new Set(moves.map((t) => t.to!))], mutations: [...new Set(moves.map((t) => t.mutation))] };
}

/** The transition for `action` from `stage`, or BAD_USER_INPUT naming the stage and what it allows. */
export function transition(action: CaseAction, stage: CaseStage): Transition {
  const t = BY_ACTION.get(action)!;
  if (t.from.includes(stage)) return t;
  const allowed = allowedFrom(stage);
  const next = allowed.stages.length > 0 ? `it can move to ${allowed.stages.join(", ")} (${allowed.mutations.join(", ")})` : "it cannot move any further";
  throw new InvalidTransitionError(`A case at stage ${stage} cannot ${action.toLowerCase().replace(/_/g, " ")}: ${next}.`, stage, allowed.stages);
}

/** The transition that closes with `outcome` from `stage`, or BAD_USER_INPUT. */
export function closingTransition(stage: CaseStage, outcome: CaseOutcome): Transition {
  const t = TRANSITIONS.find((x) => x.outcomes?.includes(outcome) && x.from.includes(stage) && x.mutation === "closeCase");
  if (t) return t;
  const fromHere = TRANSITIONS.filter((x) => x.mutation === "closeCase" && x.from.includes(stage)).flatMap((x) => x.outcomes ?? []);
  if (fromHere.length > 0) {
    throw new BadUserInputError(`A case at stage ${stage} closes with ${fromHere.join(" or ")}, not ${outcome}.`, "outcome");
  }
  return transition("CLOSE_AT_PANEL", stage);
}

export class InvalidTransitionError extends BadUserInputError {
  constructor(message: string, currentStage: CaseStage, allowedNextStages: CaseStage[]) {
    super(message, "caseId");
    Object.assign(this.extensions, { currentStage, allowedNextStages });
  }
}
