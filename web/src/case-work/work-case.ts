import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { graphql } from "../generated";
import type { CaseForWorkQuery, CaseWorkAgenciesQuery } from "../generated/graphql";
import type { GraphQLErrorShape } from "../graphql/errors";
import { COMMISSIONING_LABELS, INTERVENTION_LABELS, OUTCOME_LABELS, REVIEW_LABELS, SCREENING_LABELS, STAGE_LABELS, VAF_RATING_LABELS, label, type Stage } from "../shell/labels";

/** The case as the case-work forms read it: what they change, and what a conflict may have changed. */
export const CaseForWork = graphql(`
  query CaseForWork($id: ID!) {
    case(id: $id) {
      id
      reference
      programme
      stage
      version
      outcome
      leadAgency {
        id
        name
      }
      panelMembers {
        id
        name
      }
      subject {
        id
        givenName
        familyName
        dateOfBirth
      }
      screening {
        decision
      }
      vulnerabilityAssessment {
        assessedAt
        factors {
          domain
          code
          rating
          note
        }
      }
      supportPlan {
        agreedAt
        consentGiven
        parentalConsent
        interventions {
          kind
          provider
          commissioningStatus
        }
      }
      reviews {
        id
        kind
        dueOn
        heldOn
      }
      ddpConditions {
        conditionType
        mappaLevel
        startsOn
        endsOn
        managingAgency {
          id
          name
        }
      }
    }
  }
`);

export const CaseWorkAgencies = graphql(`
  query CaseWorkAgencies {
    agencies {
      id
      name
      kind
    }
  }
`);

export type WorkCase = NonNullable<CaseForWorkQuery["case"]>;
export type WorkAgency = CaseWorkAgenciesQuery["agencies"][number];

/** What a form is given: the case as last read, the agencies, and how to save. */
export interface Work {
  current: WorkCase;
  agencies: readonly WorkAgency[];
  saving: boolean;
  /** The last save's errors (BAD_USER_INPUT, FORBIDDEN, ...), CONFLICT aside. */
  serverErrors: readonly GraphQLErrorShape[];
  /**
   * Saves: true when the change was made. On CONFLICT the case is read again and the page shows
   * what changed; `current` then has the new version, so saving again applies to it.
   */
  save<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<boolean>;
  /** After a successful save: back to the case, with a message. */
  finish(message: string): void;
}

/** A change someone else made between two readings of the case, in words. */
export interface Change {
  what: string;
  before: string;
  after: string;
}

const none = "None";
const list = (items: readonly string[]) => (items.length > 0 ? items.join(", ") : none);

/** What differs between the case the user started from and the case as it is now. */
export function changesBetween(before: WorkCase, after: WorkCase): Change[] {
  const changes: Change[] = [];
  const compare = (what: string, a: string, b: string) => {
    if (a !== b) changes.push({ what, before: a || none, after: b || none });
  };
  compare("Stage", STAGE_LABELS[before.stage as Stage] ?? before.stage ?? "", STAGE_LABELS[after.stage as Stage] ?? after.stage ?? "");
  compare("Outcome", label(OUTCOME_LABELS, before.outcome), label(OUTCOME_LABELS, after.outcome));
  compare("Lead agency", before.leadAgency?.name ?? "", after.leadAgency?.name ?? "");
  compare("Panel", list((before.panelMembers ?? []).map((m) => m.name)), list((after.panelMembers ?? []).map((m) => m.name)));
  compare("Screening decision", label(SCREENING_LABELS, before.screening?.decision), label(SCREENING_LABELS, after.screening?.decision));
  const vaf = (c: WorkCase) => (c.vulnerabilityAssessment?.factors ?? []).map((f) => `${f.code} (${label(VAF_RATING_LABELS, f.rating)})`);
  compare("Vulnerability assessment", list(vaf(before)), list(vaf(after)));
  const plan = (c: WorkCase) =>
    c.supportPlan ? list((c.supportPlan.interventions ?? []).map((i) => `${label(INTERVENTION_LABELS, i.kind)}: ${i.provider ?? ""} (${label(COMMISSIONING_LABELS, i.commissioningStatus)})`)) : "";
  compare("Support plan", plan(before), plan(after));
  const reviews = (c: WorkCase) => list((c.reviews ?? []).map((r) => `${label(REVIEW_LABELS, r.kind)}: ${r.heldOn ? `held ${r.heldOn}` : `due ${r.dueOn ?? ""}`}`));
  compare("Reviews", reviews(before), reviews(after));
  const ddp = (c: WorkCase) => (c.ddpConditions ? `${c.ddpConditions.conditionType ?? ""}, MAPPA ${c.ddpConditions.mappaLevel ?? ""}, from ${c.ddpConditions.startsOn ?? ""}${c.ddpConditions.endsOn ? ` to ${c.ddpConditions.endsOn}` : ""}, ${c.ddpConditions.managingAgency?.name ?? ""}` : "");
  compare("DDP conditions", ddp(before), ddp(after));
  return changes;
}
