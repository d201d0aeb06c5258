import { groupedLoader, uniqueLoader } from "../../kit/loaders";
import type { GovernanceBoardsServices } from "../services";

export function createGovernanceBoardsLoaders(services: GovernanceBoardsServices) {
  const { boards, phases, qualityAssuranceReviews, selfAssessments } = services;
  return {
    board: uniqueLoader((ids: readonly string[]) => boards.findByIds(ids), (b) => b.id),
    membersByBoard: groupedLoader((ids: readonly string[]) => boards.membersOfBoards(ids), (m) => m.boardId),
    meeting: uniqueLoader((ids: readonly string[]) => boards.findMeetingsByIds(ids), (m) => m.id),
    meetingsByBoard: groupedLoader((ids: readonly string[]) => boards.meetingsOfBoards(ids), (m) => m.boardId),
    attendeesByMeeting: groupedLoader((ids: readonly string[]) => boards.attendeesOfMeetings(ids), (a) => a.meetingId),
    decision: uniqueLoader((ids: readonly string[]) => boards.findDecisionsByIds(ids), (d) => d.id),
    decisionsByMeeting: groupedLoader((ids: readonly string[]) => boards.decisionsOfMeetings(ids), (d) => d.meetingId),
    phase: uniqueLoader((ids: readonly string[]) => phases.findByIds(ids), (p) => p.id),
    membersByPhase: groupedLoader((ids: readonly string[]) => phases.membersOfPhases(ids), (m) => m.phaseId),
    membershipByAgency: uniqueLoader((ids: readonly string[]) => phases.membershipsOfAgencies(ids), (m) => m.agencyId),
    qualityAssuranceReview: uniqueLoader((ids: readonly string[]) => qualityAssuranceReviews.findByIds(ids), (r) => r.id),
    qualityAssuranceReviewsByPhase: groupedLoader(
      (ids: readonly string[]) => qualityAssuranceReviews.reviewsOfPhases(ids),
      (r) => r.phaseId,
    ),
    selfAssessment: uniqueLoader((ids: readonly string[]) => selfAssessments.findByIds(ids), (s) => s.id),
    selfAssessmentsByAgency: groupedLoader((ids: readonly string[]) => selfAssessments.assessmentsOfAgencies(ids), (s) => s.agencyId),
  };
}
export type GovernanceBoardsLoaders = ReturnType<typeof createGovernanceBoardsLoaders>;
