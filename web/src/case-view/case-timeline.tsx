import { OUTCOME_LABELS, REVIEW_LABELS, SCREENING_LABELS, formatDate, label } from "../shell/labels";
import type { CaseDetail } from "./case-view-page";

interface Event {
  at: string;
  title: string;
  by?: string | undefined;
  detail?: string | undefined;
}

/** The case's history as far as the user may see it (MOJ timeline), newest first. */
export function CaseTimeline({ found }: { found: CaseDetail }) {
  const events: Event[] = [];
  if (found.referredAt) events.push({ at: found.referredAt, title: "Referred", by: found.referringAgency?.name });
  if (found.screening?.decidedAt) events.push({ at: found.screening.decidedAt, title: "Screened", by: found.screening.decidedBy?.name, detail: label(SCREENING_LABELS, found.screening.decision) });
  if (found.firstPanelAt) events.push({ at: found.firstPanelAt, title: "First discussed at panel" });
  if (found.vulnerabilityAssessment?.assessedAt) events.push({ at: found.vulnerabilityAssessment.assessedAt, title: "Vulnerability assessment recorded", by: found.vulnerabilityAssessment.assessedBy?.name });
  if (found.supportPlan?.agreedAt) events.push({ at: found.supportPlan.agreedAt, title: "Support plan agreed" });
  for (const review of found.reviews ?? []) if (review.heldOn) events.push({ at: review.heldOn, title: `${label(REVIEW_LABELS, review.kind)} held` });
  if (found.closedAt) events.push({ at: found.closedAt, title: "Closed", detail: label(OUTCOME_LABELS, found.outcome) });
  if (events.length === 0) return null;
  events.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return (
    <section aria-labelledby="timeline-title" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="timeline-title">
        History
      </h2>
      <div className="moj-timeline">
        {events.map((event, i) => (
          <div className="moj-timeline__item" key={`${event.title}-${i}`}>
            <div className="moj-timeline__header">
              <h3 className="moj-timeline__title">{event.title}</h3>
              {event.by && <p className="moj-timeline__byline"> by {event.by}</p>}
            </div>
            <p className="moj-timeline__date">
              <time dateTime={event.at}>{formatDate(event.at)}</time>
            </p>
            {event.detail && (
              <div className="moj-timeline__description">
                <p className="govuk-body-s">{event.detail}</p>
              </div>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
