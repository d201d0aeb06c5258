import { graphql } from "../../generated";
import type { BoardRolloutQuery } from "../../generated/graphql";
import { errorsOf, useQuery } from "../../graphql/hooks";
import { REGION_LABELS, formatDate, label } from "../../shell/labels";
import { Loading, Problem, RequestId, useTitle } from "../../shell/page";
import { DECISION_STATUS_LABELS, MEMBER_ROLE_LABELS, RATING_LABELS, decisionStatusTagClass, ratingTagClass } from "../labels";

const BoardRollout = graphql(`
  query BoardRollout {
    rolloutPhases {
      id
      name
      ordinal
      description
      startsOn
      endsOn
      memberships {
        joinedOn
        agency {
          id
          name
          region
        }
      }
      qualityAssuranceReviews {
        id
        reviewedOn
        sampleSize
        rating
        summary
        agency {
          id
          name
        }
        reviewer {
          id
          name
        }
      }
    }
    governanceBoards {
      id
      name
      description
      members {
        role
        agency {
          id
          name
        }
      }
      meetings {
        id
        heldOn
        title
        attendees {
          id
          name
        }
        decisions {
          id
          summary
          dueOn
          status
          owner {
            id
            name
          }
        }
      }
    }
    selfAssessments {
      id
      period
      submittedOn
      standardsMet
      standardsTotal
      rating
      summary
      agency {
        id
        name
      }
    }
  }
`);

type Phase = BoardRolloutQuery["rolloutPhases"][number];
type Board = BoardRolloutQuery["governanceBoards"][number];
type Assessment = BoardRolloutQuery["selfAssessments"][number];

/**
 * The Dovetail rollout as the Governance Board follows it: the phases with their authorities and
 * dates, the board's meetings and decisions, quality-assurance reviews and self-assessments, as a
 * timeline (MOJ pattern) and as tables. Reference data: no purpose is asked for.
 */
export function RolloutPage() {
  const query = useQuery(BoardRollout, {}, { referenceOnly: true });
  const state = query.state;
  useTitle("Rollout", state.status === "failed");
  const errors = errorsOf(state);
  const data = state.status === "done" ? state.data : null;
  return (
    <>
      <span className="govuk-caption-l">Dovetail Governance Board</span>
      <h1 className="govuk-heading-l">Rollout</h1>
      <p className="govuk-body">The transfer of Channel case management to local authorities: the phases and their authorities, the board's meetings and decisions, and how the authorities are assured.</p>
      {state.status === "loading" && <Loading what="the rollout" />}
      {state.status === "failed" && <Problem failure={state.failure} retry={() => void query.refetch()} />}
      {state.status === "done" && errors.length > 0 && (
        <div className="govuk-warning-text" data-testid="rollout-errors">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Part of the rollout could not be shown: {errors.map((e) => e.message).join(" ")}
            <RequestId id={state.requestId} />
          </div>
        </div>
      )}
      {data && <Rollout data={data} />}
    </>
  );
}

function Rollout({ data }: { data: BoardRolloutQuery }) {
  const phases = [...data.rolloutPhases].sort((a, b) => a.ordinal - b.ordinal);
  const reviews = phases.flatMap((phase) => phase.qualityAssuranceReviews.map((review) => ({ ...review, phase }))).sort((a, b) => b.reviewedOn.localeCompare(a.reviewedOn));
  return (
    <>
      <nav className="govuk-!-margin-bottom-6" aria-labelledby="rollout-contents">
        <h2 className="govuk-heading-s govuk-!-margin-bottom-1" id="rollout-contents">
          Contents
        </h2>
        <ul className="govuk-list">
          {[
            ["timeline", "Timeline"],
            ["phases", "Phases and their authorities"],
            ["meetings", "Board meetings and decisions"],
            ["reviews", "Quality-assurance reviews"],
            ["self-assessments", "Self-assessments"],
          ].map(([id, text]) => (
            <li key={id}>
              <a className="govuk-link" href={`#${id}`}>
                {text}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third-from-desktop">
          <Timeline phases={phases} boards={data.governanceBoards} assessments={data.selfAssessments} />
        </div>
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <Phases phases={phases} />
          <section aria-labelledby="meetings">
            <h2 className="govuk-heading-m" id="meetings">
              Board meetings and decisions
            </h2>
            {data.governanceBoards.map((board) => (
              <Meetings key={board.id} board={board} />
            ))}
          </section>
          <Reviews reviews={reviews} />
          <SelfAssessments assessments={data.selfAssessments} />
        </div>
      </div>
    </>
  );
}

interface Event {
  on: string;
  title: string;
  by?: string;
  detail?: string;
  tag?: { text: string; className: string };
}

/** Everything dated, newest first: phases starting and ending, meetings, reviews, self-assessments. */
function Timeline({ phases, boards, assessments }: { phases: readonly Phase[]; boards: readonly Board[]; assessments: readonly Assessment[] }) {
  const events: Event[] = [];
  for (const phase of phases) {
    events.push({ on: phase.startsOn, title: `${phase.name} began`, detail: `${phase.memberships.length} local authorities` });
    if (phase.endsOn) events.push({ on: phase.endsOn, title: `${phase.name} ended` });
    for (const review of phase.qualityAssuranceReviews) {
      events.push({ on: review.reviewedOn, title: `Quality-assurance review of ${review.agency.name}`, by: review.reviewer.name, detail: review.summary, tag: { text: label(RATING_LABELS, review.rating), className: ratingTagClass(review.rating) } });
    }
  }
  for (const board of boards) {
    for (const meeting of board.meetings) {
      const open = meeting.decisions.filter((d) => d.status === "OPEN").length;
      events.push({
        on: meeting.heldOn,
        title: meeting.title,
        by: board.name,
        detail: `${meeting.decisions.length} ${meeting.decisions.length === 1 ? "decision" : "decisions"}${meeting.decisions.length > 0 ? `, ${open} open` : ""}; ${meeting.attendees.length} agencies present`,
      });
    }
  }
  for (const assessment of assessments) {
    events.push({
      on: assessment.submittedOn,
      title: `Self-assessment ${assessment.period}`,
      by: assessment.agency.name,
      detail: `${assessment.standardsMet} of ${assessment.standardsTotal} standards met`,
      tag: { text: label(RATING_LABELS, assessment.rating), className: ratingTagClass(assessment.rating) },
    });
  }
  events.sort((a, b) => b.on.localeCompare(a.on) || a.title.localeCompare(b.title));
  return (
    <section aria-labelledby="timeline">
      <h2 className="govuk-heading-m" id="timeline">
        Timeline
      </h2>
      <div className="moj-timeline" data-testid="rollout-timeline">
        {events.map((event, i) => (
          <div className="moj-timeline__item" key={`${event.on}-${event.title}-${i}`}>
            <div className="moj-timeline__header">
              <h3 className="moj-timeline__title">{event.title}</h3>
              {event.by && <p className="moj-timeline__byline"> by {event.by}</p>}
            </div>
            <p className="moj-timeline__date">
              <time dateTime={event.on}>{formatDate(event.on)}</time>
            </p>
            {(event.detail || event.tag) && (
              <div className="moj-timeline__description">
                {event.tag && <strong className={event.tag.className}>{event.tag.text}</strong>}
                {event.detail && <p className="govuk-body-s">{event.detail}</p>}
              </div>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

function Phases({ phases }: { phases: readonly Phase[] }) {
  return (
    <section aria-labelledby="phases">
      <h2 className="govuk-heading-m" id="phases">
        Phases and their authorities
      </h2>
      <table className="govuk-table app-table--compact" data-testid="rollout-phases">
        <caption className="govuk-table__caption govuk-table__caption--s">The rollout's phases, in order</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Phase
            </th>
            <th scope="col" className="govuk-table__header">
              Began
            </th>
            <th scope="col" className="govuk-table__header">
              Ended
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Local authorities
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {phases.map((phase) => (
            <tr className="govuk-table__row" key={phase.id} data-phase-id={phase.id}>
              <th scope="row" className="govuk-table__header">
                {phase.name}
              </th>
              <td className="govuk-table__cell app-nowrap">{formatDate(phase.startsOn)}</td>
              <td className="govuk-table__cell app-nowrap">{phase.endsOn ? formatDate(phase.endsOn) : "Still open"}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{phase.memberships.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {phases.map((phase) => (
        <details className="govuk-details" key={phase.id}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {phase.name}: {phase.memberships.length} local authorities
            </span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body">{phase.description}</p>
            <table className="govuk-table app-table--compact">
              <caption className="govuk-table__caption govuk-table__caption--s">The authorities of {phase.name}, with the date each joined</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Local authority
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Region
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Joined
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {phase.memberships.map((m) => (
                  <tr className="govuk-table__row" key={m.agency.id}>
                    <td className="govuk-table__cell">{m.agency.name}</td>
                    <td className="govuk-table__cell">{label(REGION_LABELS, m.agency.region)}</td>
                    <td className="govuk-table__cell app-nowrap">{formatDate(m.joinedOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </section>
  );
}

function Meetings({ board }: { board: Board }) {
  return (
    <section aria-labelledby={`board-${board.id}`}>
      <h3 className="govuk-heading-s" id={`board-${board.id}`}>
        {board.name}
      </h3>
      <p className="govuk-body">{board.description}</p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">The board's {board.members.length} members</span>
        </summary>
        <div className="govuk-details__text">
          <ul className="govuk-list">
            {board.members.map((m) => (
              <li key={m.agency.id}>
                {m.agency.name} ({label(MEMBER_ROLE_LABELS, m.role)})
              </li>
            ))}
          </ul>
        </div>
      </details>
      <table className="govuk-table app-table--compact" data-testid="board-decisions">
        <caption className="govuk-table__caption govuk-table__caption--s">Meetings, newest first, and the decisions each recorded</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Meeting
            </th>
            <th scope="col" className="govuk-table__header">
              Decision or action
            </th>
            <th scope="col" className="govuk-table__header">
              Owner
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {board.meetings.flatMap((meeting) => {
            const heading = (rows: number) => (
              <th scope="rowgroup" rowSpan={rows} className="govuk-table__header">
                {meeting.title}
                <br />
                <span className="govuk-body-s">{formatDate(meeting.heldOn)}</span>
              </th>
            );
            if (meeting.decisions.length === 0) {
              return [
                <tr className="govuk-table__row" key={meeting.id}>
                  {heading(1)}
                  <td className="govuk-table__cell" colSpan={4}>
                    No decisions recorded
                  </td>
                </tr>,
              ];
            }
            return meeting.decisions.map((decision, i) => (
              <tr className="govuk-table__row" key={decision.id} data-decision-id={decision.id}>
                {i === 0 && heading(meeting.decisions.length)}
                <td className="govuk-table__cell">{decision.summary}</td>
                <td className="govuk-table__cell">{decision.owner.name}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(decision.dueOn, true)}</td>
                <td className="govuk-table__cell">
                  <strong className={decisionStatusTagClass(decision.status)}>{label(DECISION_STATUS_LABELS, decision.status)}</strong>
                </td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </section>
  );
}

function Reviews({ reviews }: { reviews: readonly (Phase["qualityAssuranceReviews"][number] & { phase: Phase })[] }) {
  return (
    <section aria-labelledby="reviews">
      <h2 className="govuk-heading-m" id="reviews">
        Quality-assurance reviews
      </h2>
      {reviews.length === 0 ? (
        <p className="govuk-body">No reviews recorded.</p>
      ) : (
        <table className="govuk-table app-table--compact" data-testid="qa-reviews">
          <caption className="govuk-table__caption govuk-table__caption--s">Reviews of authorities' case management, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Reviewed
              </th>
              <th scope="col" className="govuk-table__header">
                Local authority
              </th>
              <th scope="col" className="govuk-table__header">
                Phase
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Cases sampled
              </th>
              <th scope="col" className="govuk-table__header">
                Rating
              </th>
              <th scope="col" className="govuk-table__header">
                Summary
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {reviews.map((review) => (
              <tr className="govuk-table__row" key={review.id}>
                <td className="govuk-table__cell app-nowrap">{formatDate(review.reviewedOn, true)}</td>
                <td className="govuk-table__cell">
                  {review.agency.name}
                  <br />
                  <span className="govuk-body-s">by {review.reviewer.name}</span>
                </td>
                <td className="govuk-table__cell">{review.phase.name}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{review.sampleSize}</td>
                <td className="govuk-table__cell">
                  <strong className={ratingTagClass(review.rating)}>{label(RATING_LABELS, review.rating)}</strong>
                </td>
                <td className="govuk-table__cell">{review.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SelfAssessments({ assessments }: { assessments: readonly Assessment[] }) {
  return (
    <section aria-labelledby="self-assessments">
      <h2 className="govuk-heading-m" id="self-assessments">
        Self-assessments
      </h2>
      {assessments.length === 0 ? (
        <p className="govuk-body">No self-assessments submitted.</p>
      ) : (
        <table className="govuk-table app-table--compact" data-testid="self-assessments">
          <caption className="govuk-table__caption govuk-table__caption--s">Authorities' self-assessments against the Channel toolkit's standards, by authority, newest period first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Local authority
              </th>
              <th scope="col" className="govuk-table__header">
                Period
              </th>
              <th scope="col" className="govuk-table__header">
                Submitted
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Standards met
              </th>
              <th scope="col" className="govuk-table__header">
                Rating
              </th>
              <th scope="col" className="govuk-table__header">
                Summary
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {assessments.map((a) => (
              <tr className="govuk-table__row" key={a.id}>
                <td className="govuk-table__cell">{a.agency.name}</td>
                <td className="govuk-table__cell app-nowrap">{a.period}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(a.submittedOn, true)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric app-nowrap">
                  {a.standardsMet} of {a.standardsTotal}
                </td>
                <td className="govuk-table__cell">
                  <strong className={ratingTagClass(a.rating)}>{label(RATING_LABELS, a.rating)}</strong>
                </td>
                <td className="govuk-table__cell">{a.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
