import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { AgencyKind, type AssuranceRating, DecisionStatus } from "../../../common/domain";
import { BadUserInputError, ForbiddenError, NotFoundError } from "../../../common/errors";
import { recordedTransaction, type ChangeAction, type ChangeRecorder } from "../../kit/audit/recorded-transaction";
import type { RequestScope } from "../../kit/context.type";
import { BoardDecision } from "../entities/board-decision.entity";
import { BoardMeetingAttendee } from "../entities/board-meeting-attendee.entity";
import { BoardMeeting } from "../entities/board-meeting.entity";
import { GovernanceBoard } from "../entities/governance-board.entity";
import { QualityAssuranceReview } from "../entities/quality-assurance-review.entity";
import { QualityAssuranceSample } from "../entities/quality-assurance-sample.entity";
import { RolloutPhaseMember } from "../entities/rollout-phase-member.entity";
import { RolloutPhase } from "../entities/rollout-phase.entity";
import { SelfAssessment } from "../entities/self-assessment.entity";

export interface MeetingInput {
  boardId: string;
  heldOn: string;
  title: string;
  attendeeAgencyIds: string[];
}

export interface DecisionInput {
  meetingId: string;
  summary: string;
  ownerAgencyId: string;
  dueOn: string;
}

export interface ReviewInput {
  phaseId: string;
  agencyId: string;
  reviewedOn: string;
  rating: AssuranceRating;
  summary: string;
  /** How many of the authority's cases to draw at random for the review. */
  sampleSize: number;
  accessFrom: string;
  accessTo: string;
}

export interface SelfAssessmentInput {
  period: string;
  standardsMet: number;
  standardsTotal: number;
  rating: AssuranceRating;
  summary: string;
}

const MAX_ACCESS_DAYS = 90;
const PERIOD = /^(\d{4})\/(\d{2})$/;

function text(value: string, field: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) throw new BadUserInputError(`${field} must be ${min} to ${max} characters`, field);
  return trimmed;
}

const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/**
 * The Governance Board's records and the rollout's: meetings and decisions (board members),
 * authorities moving into phases and quality-assurance reviews (Home Office oversight), and
 * self-assessment returns (each authority its own). Agencies and sampled cases are checked with
 * their subgraphs on the caller's behalf; every change is recorded.
 */
export class GovernanceWorkService {
  constructor(private readonly dataSource: DataSource) {}

  async recordMeeting(scope: RequestScope, input: MeetingInput): Promise<BoardMeeting> {
    const title = text(input.title, "input.title", 3, 200);
    if (!(await this.dataSource.getRepository(GovernanceBoard).findOneBy({ id: input.boardId }))) throw new BadUserInputError(`No board ${input.boardId}`, "input.boardId");
    const attendees = [...new Set(input.attendeeAgencyIds)];
    if (attendees.length < 1 || attendees.length > 50) throw new BadUserInputError("Name 1 to 50 attending agencies", "input.attendeeAgencyIds");
    await this.agencies(scope, attendees, "input.attendeeAgencyIds");
    const meeting: BoardMeeting = { id: `meeting-${randomUUID()}`, boardId: input.boardId, heldOn: input.heldOn, title };
    await recordedTransaction(this.dataSource, scope, async (m, changes) => {
      await m.insert(BoardMeeting, meeting);
      await m.insert(BoardMeetingAttendee, attendees.map((agencyId) => ({ meetingId: meeting.id, agencyId })));
      this.record(changes, "COLLECTION", "BoardMeeting", meeting.id, ["heldOn", "title", "attendees"]);
    });
    return meeting;
  }

  async recordDecision(scope: RequestScope, input: DecisionInput): Promise<BoardDecision> {
    const summary = text(input.summary, "input.summary", 3, 2000);
    const meeting = await this.dataSource.getRepository(BoardMeeting).findOneBy({ id: input.meetingId });
    if (!meeting) throw new BadUserInputError(`No meeting ${input.meetingId}`, "input.meetingId");
    if (input.dueOn < meeting.heldOn) throw new BadUserInputError("A decision cannot fall due before the meeting that made it", "input.dueOn");
    await this.agencies(scope, [input.ownerAgencyId], "input.ownerAgencyId");
    const decision: BoardDecision = { id: `decision-${randomUUID()}`, meetingId: meeting.id, summary, ownerAgencyId: input.ownerAgencyId, dueOn: input.dueOn, status: DecisionStatus.OPEN };
    await recordedTransaction(this.dataSource, scope, async (m, changes) => {
      await m.insert(BoardDecision, decision);
      this.record(changes, "COLLECTION", "BoardDecision", decision.id, ["summary", "owner", "dueOn", "status"]);
    });
    return decision;
  }

  async setDecisionStatus(scope: RequestScope, decisionId: string, status: DecisionStatus): Promise<BoardDecision> {
    if (status === DecisionStatus.OPEN) throw new BadUserInputError("A decision is completed or cancelled; it is not reopened", "status");
    const repo = this.dataSource.getRepository(BoardDecision);
    const decision = await repo.findOneBy({ id: decisionId });
    if (!decision) throw new NotFoundError(`No decision ${decisionId}`);
    await recordedTransaction(this.dataSource, scope, async (m, changes) => {
      const res = await m.createQueryBuilder().update(BoardDecision).set({ status }).where("id = :id AND status = :open", { id: decisionId, open: DecisionStatus.OPEN }).execute();
      if (res.affected !== 1) throw new BadUserInputError(`The decision is already ${decision.status.toLowerCase()}`, "decisionId");
      this.record(changes, "ALTERATION", "BoardDecision", decisionId, ["status"]);
    });
    return { ...decision, status };
  }

  /** An authority moves into a phase: first joining one, or moving on to a later one. */
  async moveToPhase(scope: RequestScope, agencyId: string, phaseId: string, joinedOn: string): Promise<RolloutPhaseMember> {
    const phase = await this.dataSource.getRepository(RolloutPhase).findOneBy({ id: phaseId });
    if (!phase) throw new BadUserInputError(`No rollout phase ${phaseId}`, "phaseId");
    if (joinedOn < phase.startsOn || (phase.endsOn !== null && joinedOn > phase.endsOn)) {
      throw new BadUserInputError(`joinedOn must fall within the phase (${phase.startsOn} to ${phase.endsOn ?? "open"})`, "joinedOn");
    }
    const [agency] = await this.agencies(scope, [agencyId], "agencyId");
    if (agency!.kind !== AgencyKind.LOCAL_AUTHORITY) throw new BadUserInputError("Only local authorities join rollout phases", "agencyId");
    const members = this.dataSource.getRepository(RolloutPhaseMember);
    const current = await members.findOneBy({ agencyId });
    if (current) {
      const from = await this.dataSource.getRepository(RolloutPhase).findOneByOrFail({ id: current.phaseId });
      if (from.ordinal >= phase.ordinal) throw new BadUserInputError(`${agencyId} is already in ${from.name}; it can only move on to a later phase`, "phaseId");
    }
    const membership: RolloutPhaseMember = { phaseId, agencyId, joinedOn };
    await recordedTransaction(this.dataSource, scope, async (m, changes) => {
      if (current) await m.delete(RolloutPhaseMember, { phaseId: current.phaseId, agencyId });
      await m.insert(RolloutPhaseMember, membership);
      this.record(changes, current ? "ALTERATION" : "COLLECTION", "RolloutPhaseMembership", agencyId, ["phase", "joinedOn"]);
    });
    return membership;
  }

  /** A review of sampled cases: the reviewer's agency may see them (through cases) within the access window. */
  async recordReview(scope: RequestScope, input: ReviewInput): Promise<QualityAssuranceReview> {
    const summary = text(input.summary, "input.summary", 3, 2000);
    if (!(await this.dataSource.getRepository(RolloutPhase).findOneBy({ id: input.phaseId }))) throw new BadUserInputError(`No rollout phase ${input.phaseId}`, "input.phaseId");
    if (!Number.isInteger(input.sampleSize) || input.sampleSize < 1 || input.sampleSize > 50) throw new BadUserInputError("Sample 1 to 50 cases", "input.sampleSize");
    if (input.accessTo < input.accessFrom) throw new BadUserInputError("accessTo must not be before accessFrom", "input.accessTo");
    if (days(input.accessFrom, input.accessTo) > MAX_ACCESS_DAYS) throw new BadUserInputError(`A review may see its sample for at most ${MAX_ACCESS_DAYS} days`, "input.accessTo");
    const [agency] = await this.agencies(scope, [input.agencyId], "input.agencyId");
    if (agency!.kind !== AgencyKind.LOCAL_AUTHORITY) throw new BadUserInputError("Reviews are of local authorities", "input.agencyId");
    // The sample is drawn at random by the cases subgraph: the reviewer cannot see cases to choose them.
    const { drawCaseSample: sample } = await scope.peers.query<{ drawCaseSample: string[] }>(
      "cases",
      "query Draw($agency: ID!, $size: Int!) { drawCaseSample(leadAgencyId: $agency, size: $size) }",
      { agency: input.agencyId, size: input.sampleSize },
    );
    if (sample.length === 0) throw new BadUserInputError(`${input.agencyId} leads no cases to sample`, "input.agencyId");
    const review: QualityAssuranceReview = {
      id: `qa-${randomUUID()}`,
      phaseId: input.phaseId,
      agencyId: input.agencyId,
      reviewerAgencyId: scope.access.agencyId,
      reviewedOn: input.reviewedOn,
      sampleSize: sample.length,
      rating: input.rating,
      summary,
      accessFrom: input.accessFrom,
      accessTo: input.accessTo,
    };
    await recordedTransaction(this.dataSource, scope, async (m, changes) => {
      await m.insert(QualityAssuranceReview, review);
      await m.insert(QualityAssuranceSample, sample.map((caseId) => ({ reviewId: review.id, caseId })));
      this.record(changes, "COLLECTION", "QualityAssuranceReview", review.id, ["reviewedOn", "sampleSize", "rating", "summary", "agency", "reviewer", "accessFrom", "accessTo"]);
    });
    return review;
  }

  async submitSelfAssessment(scope: RequestScope, input: SelfAssessmentInput, now = new Date()): Promise<SelfAssessment> {
    const me = scope.access.principal;
    if (me.agencyKind !== AgencyKind.LOCAL_AUTHORITY) throw new ForbiddenError("Self-assessments are local authorities' own returns.");
    const period = PERIOD.exec(input.period);
    if (!period || (Number(period[1]) + 1) % 100 !== Number(period[2])) throw new BadUserInputError("period is a financial year such as 2019/20", "input.period");
    if (!Number.isInteger(input.standardsTotal) || input.standardsTotal < 1 || input.standardsTotal > 100) throw new BadUserInputError("standardsTotal is 1 to 100", "input.standardsTotal");
    if (!Number.isInteger(input.standardsMet) || input.standardsMet < 0 || input.standardsMet > input.standardsTotal) {
      throw new BadUserInputError("standardsMet is 0 to standardsTotal", "input.standardsMet");
    }
    const summary = text(input.summary, "input.summary", 3, 2000);
    const repo = this.dataSource.getRepository(SelfAssessment);
    if (await repo.findOneBy({ agencyId: me.agencyId, period: input.period })) throw new BadUserInputError(`${me.agencyId} has already returned ${input.period}`, "input.period");
    const assessment: SelfAssessment = {
      id: `sa-${me.agencyId}-${input.period.replace("/", "-")}`,
      agencyId: me.agencyId,
      period: input.period,
      submittedOn: now.toISOString().slice(0, 10),
      standardsMet: input.standardsMet,
      standardsTotal: input.standardsTotal,
      rating: input.rating,
      summary,
    };
    await recordedTransaction(this.dataSource, scope, async (m, changes) => {
      await m.insert(SelfAssessment, assessment);
      this.record(changes, "COLLECTION", "SelfAssessment", assessment.id, ["period", "standardsMet", "standardsTotal", "rating", "summary"]);
    });
    return assessment;
  }

  /** The cases an agency's reviewers may see today (for the gateway's access profile). */
  async sampledCasesFor(agencyId: string, on: string): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(QualityAssuranceSample)
      .createQueryBuilder("s")
      .innerJoin(QualityAssuranceReview, "r", "r.id = s.reviewId")
      .select("s.caseId", "caseId")
      .where("r.reviewerAgencyId = :agencyId", { agencyId })
      .andWhere("r.accessFrom <= :on AND r.accessTo >= :on", { on })
      .getRawMany<{ caseId: string }>();
    return [...new Set(rows.map((r) => r.caseId))].sort();
  }

  private async agencies(scope: RequestScope, ids: string[], field: string): Promise<{ id: string; kind: AgencyKind }[]> {
    const found: { id: string; kind: AgencyKind }[] = [];
    for (const id of ids) {
      if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) throw new BadUserInputError(`No agency ${JSON.stringify(id)}`, field);
      const { agency } = await scope.peers.query<{ agency: { id: string; kind: AgencyKind } | null }>("agencies", "query A($id: ID!) { agency(id: $id) { id kind } }", { id });
      if (!agency) throw new BadUserInputError(`No agency ${id}`, field);
      found.push(agency);
    }
    return found;
  }

  private record(changes: ChangeRecorder, action: ChangeAction, type: string, id: string, fields: string[]): void {
    changes.record(action, { type, id, subjectId: null }, fields.map((field) => `${type}.${field}`));
  }
}
