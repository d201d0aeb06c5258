import type { DataSource } from "typeorm";
import type { SeedWorld } from "../../seed/world";
import { insertIgnoring } from "../kit/seeding";
import type { SeedProgress } from "../kit/subgraph";
import { BoardDecision } from "./entities/board-decision.entity";
import { BoardMeetingAttendee } from "./entities/board-meeting-attendee.entity";
import { BoardMeeting } from "./entities/board-meeting.entity";
import { BoardMember } from "./entities/board-member.entity";
import { GovernanceBoard } from "./entities/governance-board.entity";
import { QualityAssuranceReview } from "./entities/quality-assurance-review.entity";
import { RolloutPhaseMember } from "./entities/rollout-phase-member.entity";
import { RolloutPhase } from "./entities/rollout-phase.entity";
import { SelfAssessment } from "./entities/self-assessment.entity";

/** Parents before children: the child tables carry foreign keys. */
export async function seedGovernanceBoards(dataSource: DataSource, world: SeedWorld, progress?: SeedProgress): Promise<void> {
  const boards = world.boards;
  const meetings = boards.flatMap((b) => b.meetings.map((m) => ({ ...m, boardId: b.id })));

  await insertIgnoring(
    dataSource,
    GovernanceBoard,
    boards.map(({ id, name, description }) => ({ id, name, description })),
    progress,
  );
  await insertIgnoring(
    dataSource,
    BoardMember,
    boards.flatMap((b) => b.members.map((m) => ({ boardId: b.id, agencyId: m.agencyId, role: m.role }))),
    progress,
  );
  await insertIgnoring(
    dataSource,
    BoardMeeting,
    meetings.map(({ id, boardId, heldOn, title }) => ({ id, boardId, heldOn, title })),
    progress,
  );
  await insertIgnoring(
    dataSource,
    BoardMeetingAttendee,
    meetings.flatMap((m) => m.attendeeAgencyIds.map((agencyId) => ({ meetingId: m.id, agencyId }))),
    progress,
  );
  await insertIgnoring(
    dataSource,
    BoardDecision,
    meetings.flatMap((m) =>
      m.decisions.map((d) => ({
        id: d.id,
        meetingId: m.id,
        summary: d.summary,
        ownerAgencyId: d.ownerAgencyId,
        dueOn: d.dueOn,
        status: d.status,
      })),
    ),
    progress,
  );

  await insertIgnoring(
    dataSource,
    RolloutPhase,
    world.rolloutPhases.map(({ id, name, ordinal, description, startsOn, endsOn }) => ({
      id,
      name,
      ordinal,
      description,
      startsOn,
      endsOn,
    })),
    progress,
  );
  await insertIgnoring(
    dataSource,
    RolloutPhaseMember,
    world.rolloutPhases.flatMap((p) => p.members.map((m) => ({ phaseId: p.id, agencyId: m.agencyId, joinedOn: m.joinedOn }))),
    progress,
  );
  await insertIgnoring(
    dataSource,
    QualityAssuranceReview,
    world.qualityAssuranceReviews.map((r) => ({ ...r, accessFrom: null, accessTo: null })),
    progress,
  );
  await insertIgnoring(dataSource, SelfAssessment, world.selfAssessments, progress);
}
