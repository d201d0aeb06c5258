import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import type { DataSource, EntityManager } from "typeorm";
import {
  AgencyKind,
  ageBandOf,
  ageInYears,
  CaseOutcome,
  CaseStage,
  type CommissioningStatus,
  ConsentToSupport,
  type DdpConditionType,
  Ethnicity,
  type Gender,
  type InterventionKind,
  MentalHealthConcern,
  Programme,
  type ReferringSector,
  ReviewKind,
  ScreeningDecision,
  type TypeOfConcern,
  type VafDomain,
  type VafRating,
} from "../../../common/domain";
import { BadUserInputError, ErrorCode, ForbiddenError, NotFoundError, PurposeRequiredError } from "../../../common/errors";
import { mayDoCaseWork } from "../../../common/policy/sharing-policy";
import { PURPOSE_HINT } from "../../../common/policy/purpose";
import type { Relationship } from "../../../common/policy/vocabulary";
import { recordedTransaction, type ChangeAction, type ChangeRecorder } from "../../kit/audit/recorded-transaction";
import type { RequestScope } from "../../kit/context.type";
import { CasePanelMember } from "../entities/case-panel-member.entity";
import { CaseReview } from "../entities/case-review.entity";
import { Case } from "../entities/case.entity";
import { DdpConditions } from "../entities/ddp-conditions.entity";
import { SupportIntervention } from "../entities/support-intervention.entity";
import { SupportPlan } from "../entities/support-plan.entity";
import { VafFactor } from "../entities/vaf-factor.entity";
import { VulnerabilityAssessment } from "../entities/vulnerability-assessment.entity";
import { relationshipsToCase, type CaseAccessService } from "./case-access.service";
import type { CaseService } from "./case.service";
import { closingTransition, transition, type CaseAction, type Transition } from "./lifecycle";

/** A stale `version`: someone changed the case since the client read it. Nothing was changed. */
export class ConflictError extends GraphQLError {
  constructor(caseId: string, currentVersion: number) {
    super(`Case ${caseId} has changed since you read it (it is now at version ${currentVersion}): read it again and retry.`, {
      extensions: { code: ErrorCode.CONFLICT, field: "version", currentVersion },
    });
  }
}

export interface NewPerson {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  gender: Gender;
  postcode: string;
  town: string;
}

export interface Referral {
  leadAgencyId: string;
  programme: Programme;
  typeOfConcern: TypeOfConcern;
  referringSector: ReferringSector;
  subjectId?: string | null;
  newSubject?: NewPerson | null;
  ethnicity?: Ethnicity | null;
  mentalHealthConcern?: MentalHealthConcern | null;
}

export interface ScreeningInput {
  decision: ScreeningDecision;
  reason: string;
}

export interface VafInput {
  factors: { domain: VafDomain; code: string; rating: VafRating; note: string }[];
  consentToSupport?: ConsentToSupport | null;
  mentalHealthConcern?: MentalHealthConcern | null;
  ethnicity?: Ethnicity | null;
}

export interface SupportPlanInput {
  consentGiven: boolean;
  parentalConsent?: boolean | null;
  interventions: { kind: InterventionKind; provider: string; commissioningStatus: CommissioningStatus }[];
}

export interface ReviewInput {
  kind: ReviewKind;
  heldOn: string;
  summary: string;
}

export interface DdpInput {
  conditionType: DdpConditionType;
  mappaLevel: number;
  startsOn: string;
  endsOn?: string | null;
  managingAgencyId: string;
}

interface AgencyFacts {
  id: string;
  kind: AgencyKind;
  region: string;
}

const CODE = /^[a-z][a-z0-9-]{0,63}$/;
const today = (now: Date) => now.toISOString().slice(0, 10);
const ordinal = (i: number) => String(i + 1).padStart(2, "0");

function text(value: string, field: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) throw new BadUserInputError(`${field} must be ${min} to ${max} characters`, field);
  return trimmed;
}

/** A member of a vocabulary, or null when not given; BAD_USER_INPUT naming the field otherwise. */
function memberOf<T extends string>(vocabulary: Record<string, T>, value: string | null | undefined, field: string): T | null {
  if (value === undefined || value === null) return null;
  const members = Object.values(vocabulary);
  if (!members.includes(value as T)) throw new BadUserInputError(`${field} must be one of ${members.join(", ")}`, field);
  return value as T;
}

/** The release's breakdowns given to a mutation: what to set on the case, and the fields collected. */
function breakdowns(values: { consentToSupport?: ConsentToSupport | null; mentalHealthConcern?: MentalHealthConcern | null; ethnicity?: Ethnicity | null }): { set: Partial<Case>; fields: string[] } {
  const set: Partial<Case> = {};
  const consentToSupport = memberOf(ConsentToSupport, values.consentToSupport, "input.consentToSupport");
  const mentalHealthConcern = memberOf(MentalHealthConcern, values.mentalHealthConcern, "input.mentalHealthConcern");
  const ethnicity = memberOf(Ethnicity, values.ethnicity, "input.ethnicity");
  if (consentToSupport) set.consentToSupport = consentToSupport;
  if (mentalHealthConcern) set.mentalHealthConcern = mentalHealthConcern;
  if (ethnicity) set.ethnicity = ethnicity;
  return { set, fields: Object.keys(set).map((k) => `Case.${k}`) };
}

function notInFuture(date: string, field: string, now: Date): void {
  if (date > today(now)) throw new BadUserInputError(`${field} cannot be in the future`, field);
}

/**
 * Changes to cases, each a step of the lifecycle table: checked against the caller's role and
 * relationship to the case, the case's stage and the version the caller last saw, written in one
 * transaction guarded by that version (so of two racing changes exactly one wins), with its
 * record in the subgraph's audit chain as collection or alteration (committed together).
 */
export class CaseworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly cases: CaseService,
    /** Called after every change that landed. */
    private readonly changed: () => void = () => undefined,
  ) {}

  async refer(scope: RequestScope, input: Referral, now = new Date()): Promise<Case> {
    this.requirePurpose(scope);
    const principal = scope.access.principal;
    if (!mayDoCaseWork("REFER", principal, new Set())) throw new ForbiddenError("Your roles do not allow you to refer a case.");
    if ((input.subjectId == null) === (input.newSubject == null)) {
      throw new BadUserInputError("Give either subjectId (a person already known) or newSubject (a new person), not both", "input.subjectId");
    }
    // Consent is sought at the panel, not at referral.
    const collected = breakdowns({ ethnicity: input.ethnicity, mentalHealthConcern: input.mentalHealthConcern });
    const lead = await this.agency(scope, input.leadAgencyId, "input.leadAgencyId");
    if (lead.kind !== AgencyKind.LOCAL_AUTHORITY) throw new BadUserInputError("The lead agency must be a local authority", "input.leadAgencyId");
    let subjectId: string;
    let stats: { ageBand: Case["ageBand"]; gender: Case["gender"] };
    if (input.newSubject) {
      const p = input.newSubject;
      const person = {
        givenName: text(p.givenName, "input.newSubject.givenName", 1, 100),
        familyName: text(p.familyName, "input.newSubject.familyName", 1, 100),
        dateOfBirth: p.dateOfBirth,
        gender: p.gender,
        postcode: text(p.postcode, "input.newSubject.postcode", 2, 10).toUpperCase(),
        town: text(p.town, "input.newSubject.town", 1, 100),
      };
      notInFuture(person.dateOfBirth, "input.newSubject.dateOfBirth", now);
      if (person.dateOfBirth < "1900-01-01") throw new BadUserInputError("input.newSubject.dateOfBirth is implausibly early", "input.newSubject.dateOfBirth");
      subjectId = (await scope.peers.query<{ registerPerson: string }>("people", "mutation Register($input: PersonRegistrationInput!) { registerPerson(input: $input) }", { input: person })).registerPerson;
      stats = { ageBand: ageBandOf(ageInYears(person.dateOfBirth, today(now))), gender: person.gender };
    } else {
      subjectId = input.subjectId!.trim();
      const facts = await this.personFacts(scope, subjectId, now);
      if (!facts.exists) throw new BadUserInputError(`No person ${subjectId}`, "input.subjectId");
      stats = { ageBand: facts.ageBand, gender: facts.gender };
    }

    const year = now.getUTCFullYear();
    const prefix = `${input.programme === Programme.DDP ? "DDP" : "CH"}-${year}-`;
    for (let attempt = 0; ; attempt++) {
      const id = randomUUID();
      try {
        const kase = await recordedTransaction(this.dataSource, scope, async (m, changes) => {
          const last = await m
            .getRepository(Case)
            .createQueryBuilder("c")
            .select("c.reference", "reference")
            .where("c.reference LIKE :prefix", { prefix: `${prefix}%` })
            .orderBy("c.reference", "DESC")
            .limit(1)
            .getRawOne<{ reference: string }>();
          const next = last ? Number(last.reference.slice(prefix.length)) + 1 : 1;
          const row: Case = {
            id,
            reference: `${prefix}${String(next).padStart(5, "0")}`,
            programme: input.programme,
            stage: CaseStage.REFERRAL,
            typeOfConcern: input.typeOfConcern,
            referringSector: input.referringSector,
            referredAt: now,
            referringAgencyId: principal.agencyId,
            leadAgencyId: lead.id,
            subjectId,
            region: lead.region as Case["region"],
            ...stats,
            consentToSupport: ConsentToSupport.NOT_KNOWN,
            mentalHealthConcern: collected.set.mentalHealthConcern ?? MentalHealthConcern.NOT_KNOWN,
            ethnicity: collected.set.ethnicity ?? Ethnicity.NOT_KNOWN,
            screeningDecision: null,
            screeningReason: null,
            screenedAt: null,
            screenedByAgencyId: null,
            firstPanelAt: null,
            outcome: null,
            closedAt: null,
            version: 1,
          };
          await m.insert(Case, row);
          this.record(changes, "COLLECTION", row, [
            "Case.reference",
            "Case.programme",
            "Case.stage",
            "Case.typeOfConcern",
            "Case.referringSector",
            "Case.referredAt",
            "Case.leadAgency",
            "Case.referringAgency",
            "Case.subject",
            ...collected.fields,
          ]);
          return row;
        });
        this.changed();
        return kase;
      } catch (err) {
        // Two referrals numbered at once: the unique reference lets one through; number again.
        if (attempt < 4 && /unique|duplicate/i.test((err as Error).message)) continue;
        throw err;
      }
    }
  }

  acceptForScreening(scope: RequestScope, caseId: string, version: number): Promise<Case> {
    return this.change(scope, caseId, version, "ACCEPT_FOR_SCREENING", async () => ({ set: { stage: CaseStage.SCREENING }, fields: ["Case.stage"] }));
  }

  async screen(scope: RequestScope, caseId: string, version: number, input: ScreeningInput, now = new Date()): Promise<Case> {
    const reason = text(input.reason, "input.reason", 3, 2000);
    const adopted = input.decision === ScreeningDecision.ADOPTED_TO_PANEL;
    return this.change(scope, caseId, version, adopted ? "ADOPT_TO_PANEL" : "SCREEN_OUT", async (m, kase) => {
      const screening = { screeningDecision: input.decision, screeningReason: reason, screenedAt: now, screenedByAgencyId: scope.access.agencyId };
      if (adopted) {
        // The lead authority and the screening unit sit on every panel.
        await this.addMembers(m, kase.id, [kase.leadAgencyId, scope.access.agencyId]);
        return { set: { ...screening }, fields: ["Case.stage", "Screening.decision", "Screening.reason", "Screening.decidedAt", "Screening.decidedBy", "Case.panelMembers"] };
      }
      const outcome = input.decision === ScreeningDecision.NO_FURTHER_ACTION ? CaseOutcome.NO_FURTHER_ACTION : CaseOutcome.SIGNPOSTED;
      return {
        set: { ...screening, outcome, closedAt: now },
        fields: ["Case.stage", "Case.outcome", "Case.closedAt", "Screening.decision", "Screening.reason", "Screening.decidedAt", "Screening.decidedBy"],
      };
    });
  }

  async changePanel(scope: RequestScope, caseId: string, version: number, agencyId: string, add: boolean): Promise<Case> {
    const agency = await this.agency(scope, agencyId, "agencyId");
    return this.change(scope, caseId, version, "CHANGE_PANEL", async (m, kase) => {
      const members = await m.getRepository(CasePanelMember).findBy({ caseId: kase.id });
      const present = members.some((pm) => pm.agencyId === agency.id);
      if (add) {
        if (present) throw new BadUserInputError(`${agency.id} already sits on this panel`, "agencyId");
        await this.addMembers(m, kase.id, [agency.id]);
      } else {
        if (!present) throw new BadUserInputError(`${agency.id} does not sit on this panel`, "agencyId");
        if (agency.id === kase.leadAgencyId) throw new BadUserInputError("The lead authority chairs the panel and cannot leave it", "agencyId");
        await m.delete(CasePanelMember, { caseId: kase.id, agencyId: agency.id });
      }
      return { set: {}, fields: ["Case.panelMembers"] };
    });
  }

  async recordVaf(scope: RequestScope, caseId: string, version: number, input: VafInput, now = new Date()): Promise<Case> {
    if (input.factors.length < 1 || input.factors.length > 40) throw new BadUserInputError("Give 1 to 40 factors", "input.factors");
    const codes = new Set<string>();
    input.factors.forEach((f, i) => {
      if (!CODE.test(f.code)) throw new BadUserInputError("A factor code is lower-case words joined by hyphens, e.g. need-for-identity", `input.factors.${i}.code`);
      if (codes.has(f.code)) throw new BadUserInputError(`Factor ${f.code} is given twice`, `input.factors.${i}.code`);
      codes.add(f.code);
      text(f.note, `input.factors.${i}.note`, 1, 2000);
    });
    const collected = breakdowns(input);
    return this.change(scope, caseId, version, "RECORD_VAF", async (m, kase) => {
      if (collected.set.consentToSupport && collected.set.consentToSupport !== ConsentToSupport.GIVEN && (await m.getRepository(SupportPlan).findOneBy({ caseId: kase.id })) !== null) {
        throw new BadUserInputError("Consent was given when the support plan was agreed; if the individual withdraws it, close the case with CONSENT_WITHDRAWN", "input.consentToSupport");
      }
      const id = `${kase.id}:vaf:${now.getTime()}`;
      await m.insert(VulnerabilityAssessment, { id, caseId: kase.id, assessedAt: now, assessedByAgencyId: scope.access.agencyId });
      await m.insert(
        VafFactor,
        input.factors.map((f, i) => ({ id: `${id}:${ordinal(i)}`, assessmentId: id, domain: f.domain, code: f.code, rating: f.rating, note: f.note.trim() })),
      );
      const fields = ["VulnerabilityAssessment.assessedAt", "VulnerabilityAssessment.assessedBy", "VulnerabilityAssessment.factors", ...collected.fields];
      return kase.firstPanelAt === null ? { set: { ...collected.set, firstPanelAt: now }, fields: [...fields, "Case.firstPanelAt"] } : { set: collected.set, fields };
    });
  }

  async agreeSupportPlan(scope: RequestScope, caseId: string, version: number, input: SupportPlanInput, now = new Date()): Promise<Case> {
    if (input.interventions.length < 1 || input.interventions.length > 20) throw new BadUserInputError("Give 1 to 20 interventions", "input.interventions");
    input.interventions.forEach((x, i) => text(x.provider, `input.interventions.${i}.provider`, 2, 200));
    // Channel is voluntary: no plan without the individual's consent (and a parent's for a child).
    if (!input.consentGiven) throw new BadUserInputError("Support can only be agreed with the individual's consent; close the case instead", "input.consentGiven");
    return this.change(scope, caseId, version, "AGREE_SUPPORT_PLAN", async (m, kase) => {
      const minor = (await this.personFacts(scope, kase.subjectId, now)).minor;
      if (minor && input.parentalConsent !== true) throw new BadUserInputError("The subject is under 18: a parent or guardian must consent", "input.parentalConsent");
      if (!minor && input.parentalConsent != null) throw new BadUserInputError("Parental consent applies only to a subject under 18", "input.parentalConsent");
      await m.insert(SupportPlan, { caseId: kase.id, agreedAt: now, consentGiven: true, parentalConsent: minor ? true : null });
      await m.insert(
        SupportIntervention,
        input.interventions.map((x, i) => ({ id: `${kase.id}:int:${ordinal(i)}`, caseId: kase.id, kind: x.kind, provider: x.provider.trim(), commissioningStatus: x.commissioningStatus })),
      );
      const due = new Date(now.getTime() + 182 * 86_400_000).toISOString().slice(0, 10);
      await m.insert(CaseReview, { id: `${kase.id}:rev:1`, caseId: kase.id, kind: ReviewKind.SIX_MONTH, dueOn: due, heldOn: null, summary: null });
      return {
        set: { consentToSupport: ConsentToSupport.GIVEN },
        fields: ["Case.stage", "Case.consentToSupport", "SupportPlan.agreedAt", "SupportPlan.consentGiven", "SupportPlan.parentalConsent", "SupportPlan.interventions", "Case.reviews"],
      };
    });
  }

  async recordReview(scope: RequestScope, caseId: string, version: number, input: ReviewInput, now = new Date()): Promise<Case> {
    const summary = text(input.summary, "input.summary", 3, 2000);
    notInFuture(input.heldOn, "input.heldOn", now);
    const action: CaseAction = input.kind === ReviewKind.SIX_MONTH ? "SIX_MONTH_REVIEW" : "TWELVE_MONTH_REVIEW";
    return this.change(scope, caseId, version, action, async (m, kase) => {
      const plan = await m.getRepository(SupportPlan).findOneBy({ caseId: kase.id });
      if (plan && input.heldOn < plan.agreedAt.toISOString().slice(0, 10)) throw new BadUserInputError("A review cannot be held before the support plan was agreed", "input.heldOn");
      const reviews = m.getRepository(CaseReview);
      const existing = await reviews.findOneBy({ caseId: kase.id, kind: input.kind });
      if (existing?.heldOn) throw new BadUserInputError(`The ${input.kind.toLowerCase().replace("_", "-")} review is already held`, "input.kind");
      const id = existing?.id ?? `${kase.id}:rev:${input.kind === ReviewKind.SIX_MONTH ? 1 : 2}`;
      const dueOn = existing?.dueOn ?? input.heldOn;
      await reviews.save({ id, caseId: kase.id, kind: input.kind, dueOn, heldOn: input.heldOn, summary });
      if (input.kind === ReviewKind.SIX_MONTH && plan && !(await reviews.findOneBy({ caseId: kase.id, kind: ReviewKind.TWELVE_MONTH }))) {
        const due = new Date(plan.agreedAt.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
        await reviews.insert({ id: `${kase.id}:rev:2`, caseId: kase.id, kind: ReviewKind.TWELVE_MONTH, dueOn: due, heldOn: null, summary: null });
      }
      return { set: {}, fields: ["Case.stage", "Case.reviews", "CaseReview.heldOn", "CaseReview.summary"] };
    });
  }

  async close(scope: RequestScope, caseId: string, version: number, outcome: CaseOutcome, now = new Date()): Promise<Case> {
    const candidates: CaseAction[] = outcome === CaseOutcome.CLOSED_AFTER_SUPPORT ? ["CLOSE_AFTER_SUPPORT"] : ["CLOSE_AT_PANEL", "WITHDRAW_CONSENT"];
    return this.change(
      scope,
      caseId,
      version,
      { candidates, pick: (stage) => closingTransition(stage, outcome) },
      async (m, kase, t) => {
        if (t.action === "CLOSE_AFTER_SUPPORT") {
          const twelve = await m.getRepository(CaseReview).findOneBy({ caseId: kase.id, kind: ReviewKind.TWELVE_MONTH });
          if (!twelve?.heldOn) throw new BadUserInputError("Hold the twelve-month review before closing after support", "outcome");
        }
        // Closed at the panel for want of consent: the individual did not give it. (Withdrawn
        // during support, it had been given: the outcome says it was withdrawn.)
        if (t.action === "CLOSE_AT_PANEL" && outcome === CaseOutcome.CONSENT_WITHDRAWN) {
          return { set: { outcome, closedAt: now, consentToSupport: ConsentToSupport.NOT_GIVEN }, fields: ["Case.stage", "Case.outcome", "Case.closedAt", "Case.consentToSupport"] };
        }
        return { set: { outcome, closedAt: now }, fields: ["Case.stage", "Case.outcome", "Case.closedAt"] };
      },
    );
  }

  async transfer(scope: RequestScope, caseId: string, version: number, toAgencyId: string, reason: string): Promise<Case> {
    text(reason, "reason", 3, 500);
    const to = await this.agency(scope, toAgencyId, "toAgencyId");
    if (to.kind !== AgencyKind.LOCAL_AUTHORITY) throw new BadUserInputError("A case can only move to another local authority", "toAgencyId");
    return this.change(scope, caseId, version, "TRANSFER", async (m, kase) => {
      if (to.id === kase.leadAgencyId) throw new BadUserInputError("The case is already led by that authority", "toAgencyId");
      const members = m.getRepository(CasePanelMember);
      if (await members.findOneBy({ caseId: kase.id, agencyId: kase.leadAgencyId })) {
        await m.delete(CasePanelMember, { caseId: kase.id, agencyId: kase.leadAgencyId });
        await this.addMembers(m, kase.id, [to.id]);
      }
      return { set: { leadAgencyId: to.id, region: to.region as Case["region"] }, fields: ["Case.leadAgency", "Case.panelMembers"] };
    });
  }

  async setDdpConditions(scope: RequestScope, caseId: string, version: number, input: DdpInput): Promise<Case> {
    if (!Number.isInteger(input.mappaLevel) || input.mappaLevel < 1 || input.mappaLevel > 3) throw new BadUserInputError("MAPPA level is 1, 2 or 3", "input.mappaLevel");
    if (input.endsOn != null && input.endsOn < input.startsOn) throw new BadUserInputError("endsOn must not be before startsOn", "input.endsOn");
    const manager = await this.agency(scope, input.managingAgencyId, "input.managingAgencyId");
    if (manager.kind !== AgencyKind.PROBATION) throw new BadUserInputError("DDP conditions are managed by a probation service", "input.managingAgencyId");
    return this.change(scope, caseId, version, "SET_DDP_CONDITIONS", async (m, kase) => {
      if (kase.programme !== Programme.DDP) throw new BadUserInputError("Only DDP cases have conditions", "caseId");
      await m.getRepository(DdpConditions).save({
        caseId: kase.id,
        conditionType: input.conditionType,
        mappaLevel: input.mappaLevel,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        managingAgencyId: manager.id,
      });
      return { set: {}, fields: ["DdpConditions.conditionType", "DdpConditions.mappaLevel", "DdpConditions.startsOn", "DdpConditions.endsOn", "DdpConditions.managingAgency"] };
    });
  }

  /**
   * One step of the lifecycle: the case as the caller may see it, their right to take the
   * action, the version they saw, the stage it allows; then the change, guarded by the version.
   */
  private async change(
    scope: RequestScope,
    caseId: string,
    version: number,
    action: CaseAction | { candidates: CaseAction[]; pick: (stage: CaseStage) => Transition },
    work: (m: EntityManager, kase: Case, t: Transition) => Promise<{ set: Partial<Case>; fields: string[] }>,
  ): Promise<Case> {
    this.requirePurpose(scope);
    if (!Number.isInteger(version) || version < 1) throw new BadUserInputError("version must be the case's version as you last read it", "version");
    const kase = await this.visibleCase(scope, caseId);
    const [facts] = await this.access.factsOfCases([kase.id], scope.access);
    const rels = relationshipsToCase(facts!, scope.access).kinds as ReadonlySet<Relationship>;
    const forbidden = (what: string) => new ForbiddenError(`The sharing policy does not let you ${what.toLowerCase().replace(/_/g, " ")} on this case.`);
    // Who may act comes first, then whether the caller saw the case as it is, then what its stage allows.
    const candidates = typeof action === "string" ? [action] : action.candidates;
    if (!candidates.some((a) => mayDoCaseWork(a, scope.access.principal, rels))) throw forbidden(candidates[0]!);
    if (kase.version !== version) throw new ConflictError(kase.id, kase.version);
    const t = typeof action === "string" ? transition(action, kase.stage) : action.pick(kase.stage);
    if (!mayDoCaseWork(t.action, scope.access.principal, rels)) throw forbidden(t.action);
    const updated = await recordedTransaction(this.dataSource, scope, async (m, changes) => {
      // The version guards the write, and is claimed first: of two changes racing from one
      // version, one updates the row (and holds it until it commits); the other finds the version
      // gone and answers CONFLICT before its own work (inserts that would collide) runs.
      const claimed = await m
        .createQueryBuilder()
        .update(Case)
        .set({ version: () => "version + 1" })
        .where("id = :id AND version = :version", { id: kase.id, version })
        .execute();
      if (claimed.affected !== 1) {
        const now = await m.getRepository(Case).findOneBy({ id: kase.id });
        throw new ConflictError(kase.id, now?.version ?? version + 1);
      }
      const result = await work(m, kase, t);
      const set: Partial<Case> = { ...result.set, ...(t.to !== null ? { stage: t.to } : {}) };
      if (t.outcomes && !set.outcome) set.outcome = t.outcomes[0]!;
      // The version was counted once above: this update keeps it (typeorm would count it again).
      if (Object.keys(set).length > 0) await m.createQueryBuilder().update(Case).set({ ...set, version: () => "version" }).where("id = :id", { id: kase.id }).execute();
      const row = (await m.getRepository(Case).findOneByOrFail({ id: kase.id })) as Case;
      this.record(changes, "ALTERATION", row, result.fields);
      return row;
    });
    this.changed();
    return updated;
  }

  private async visibleCase(scope: RequestScope, caseId: string): Promise<Case> {
    if (!/^[A-Za-z0-9-]{1,36}$/.test(caseId)) throw new NotFoundError(`No case ${caseId} that you may see.`);
    const rows = await this.cases.findByIds([caseId], scope.access);
    if (rows.length === 0) throw new NotFoundError(`No case ${caseId} that you may see.`);
    return rows[0]!;
  }

  private async addMembers(m: EntityManager, caseId: string, agencyIds: string[]): Promise<void> {
    const members = m.getRepository(CasePanelMember);
    for (const agencyId of new Set(agencyIds)) {
      if (!(await members.findOneBy({ caseId, agencyId }))) await members.insert({ caseId, agencyId });
    }
  }

  private record(changes: ChangeRecorder, action: ChangeAction, kase: Case, fields: string[]): void {
    changes.record(action, { type: "Case", id: kase.id, subjectId: kase.subjectId }, fields);
  }

  private requirePurpose(scope: RequestScope): void {
    if (!scope.purpose) throw new PurposeRequiredError(`Changing a case records personal data: ${PURPOSE_HINT}.`);
  }

  /** An agency from the directory (the agencies subgraph), or BAD_USER_INPUT naming the field. */
  private async agency(scope: RequestScope, id: string, field: string): Promise<AgencyFacts> {
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) throw new BadUserInputError(`No agency ${JSON.stringify(id)}`, field);
    const { agency } = await scope.peers.query<{ agency: AgencyFacts | null }>("agencies", "query Agency($id: ID!) { agency(id: $id) { id kind region } }", { id });
    if (!agency) throw new BadUserInputError(`No agency ${id}`, field);
    return agency;
  }

  private async personFacts(scope: RequestScope, personId: string, now: Date): Promise<{ exists: boolean; minor: boolean; ageBand: Case["ageBand"]; gender: Case["gender"] }> {
    const { personFacts } = await scope.peers.query<{ personFacts: { exists: boolean; minor: boolean; ageBand: Case["ageBand"]; gender: Case["gender"] } }>(
      "people",
      "query Facts($id: ID!, $on: LocalDate!) { personFacts(id: $id, on: $on) { exists minor ageBand gender } }",
      { id: personId, on: today(now) },
    );
    return personFacts;
  }
}
