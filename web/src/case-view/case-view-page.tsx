import type { ReactNode } from "react";
import { graphql } from "../generated";
import type { CaseDetailQuery } from "../generated/graphql";
import { codeOf, errorAt, type GraphQLErrorShape } from "../graphql/errors";
import { useQuery } from "../graphql/hooks";
import { RequirePurpose, usePurpose } from "../purpose/purpose";
import { describePurpose } from "../purpose/store";
import {
  COMMISSIONING_LABELS,
  CONCERN_LABELS,
  CT_RISK_LABELS,
  DDP_CONDITION_LABELS,
  GENDER_LABELS,
  IMMIGRATION_STATUS_LABELS,
  INTERVENTION_LABELS,
  OUTCOME_LABELS,
  PROGRAMME_LABELS,
  QUESTION_STATUS_LABELS,
  REGION_LABELS,
  REVIEW_LABELS,
  SCREENING_LABELS,
  SECTOR_LABELS,
  STAGE_LABELS,
  VAF_DOMAIN_LABELS,
  VAF_RATING_LABELS,
  formatDate,
  formatDateTime,
  label,
  stageTagClass,
} from "../shell/labels";
import { Loading, Problem, RequestId, useTitle } from "../shell/page";
import { Link, queryString, useLocation } from "../shell/router";
import { SuccessBanner, SummaryList } from "../shell/summary-list";
import { FieldValue, Withheld } from "../shell/withheld";
import { CaseTimeline } from "./case-timeline";

const CaseDetail = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      reference
      programme
      stage
      typeOfConcern
      referringSector
      referredAt
      firstPanelAt
      outcome
      closedAt
      version
      leadAgency {
        id
        name
      }
      referringAgency {
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
        gender
        town
        postcode
        immigrationStatus {
          status
          recordedAt
        }
      }
      screening {
        decision
        reason
        decidedAt
        decidedBy {
          id
          name
        }
      }
      vulnerabilityAssessment {
        assessedAt
        assessedBy {
          id
          name
        }
        factors {
          domain
          code
          rating
          note
        }
      }
      ctRiskAssessment {
        level
        summary
        assessedAt
        assessedBy {
          id
          name
        }
      }
      healthInformation {
        summary
        recordedAt
        providedBy {
          id
          name
        }
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
        summary
      }
      immigrationQueries {
        id
        question
        status
        answer
        raisedAt
        answeredAt
        raisedByAgency {
          id
          name
        }
        contact {
          id
          name
          region
        }
      }
    }
  }
`);

export type CaseDetail = NonNullable<CaseDetailQuery["case"]>;

/** What the actions beside a case need to know of it. */
export interface CaseFacts {
  id: string;
  reference: string;
  stage: string | null;
  programme: string | null;
  leadAgencyId: string | null;
  ddpManagerId: string | null;
}

/**
 * One case, everything the user may see of it. A field the policy withholds says so, with its
 * category; `PURPOSE_REQUIRED` brings back the purpose prompt. `aside` is the route's: the
 * actions the user may take, from the features that take them.
 */
export function CaseViewPage({ id, aside }: { id: string; aside: (facts: CaseFacts) => ReactNode }) {
  return (
    <RequirePurpose what="this case">
      <CaseViewContent id={id} aside={aside} />
    </RequirePurpose>
  );
}

function CaseViewContent({ id, aside }: { id: string; aside: (facts: CaseFacts) => ReactNode }) {
  const { state, refetch } = useQuery(CaseDetail, { id });
  const { flash } = useLocation();
  const purpose = usePurpose();
  const found = state.status === "done" ? state.data?.case : null;
  useTitle(found?.reference ? `Case ${found.reference}` : "Case", state.status === "failed");

  if (state.status === "loading" || state.status === "needs-purpose") {
    return (
      <>
        <h1 className="govuk-heading-l">Case</h1>
        <Loading what="the case" />
      </>
    );
  }
  if (state.status === "failed") {
    return (
      <>
        <h1 className="govuk-heading-l">Case</h1>
        <Problem failure={state.failure} retry={() => void refetch()} />
      </>
    );
  }
  const errors = state.errors;
  if (!found) {
    const refused = errorAt(errors, ["case"]);
    return (
      <div data-testid="case-not-found">
        <h1 className="govuk-heading-l">{refused && codeOf(refused) === "FORBIDDEN" ? "You do not have access to this case" : "Case not found"}</h1>
        <p className="govuk-body">{refused ? refused.message : "There is no such case that you may see: it does not exist, or your agency does not relate to it."}</p>
        <RequestId id={state.requestId} />
        <p className="govuk-body">
          <Link to="/cases" className="govuk-link">
            Back to your caseload
          </Link>
        </p>
      </div>
    );
  }
  const reference = found.reference ?? found.id;
  const facts: CaseFacts = {
    id: found.id,
    reference,
    stage: found.stage,
    programme: found.programme,
    leadAgencyId: found.leadAgency?.id ?? null,
    ddpManagerId: found.ddpConditions?.managingAgency?.id ?? null,
  };
  const withheldCount = errors.filter((e) => codeOf(e) === "FORBIDDEN").length;
  return (
    <>
      {flash && <SuccessBanner message={flash} />}
      {purpose?.caseReference && purpose.caseReference !== found.reference && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Your stated purpose ({describePurpose(purpose)}) names another case.{" "}
            <Link className="govuk-link" to={`/purpose${queryString({ returnTo: `/cases/${found.id}` })}`}>
              Change your purpose
            </Link>
          </strong>
        </div>
      )}
      <span className="govuk-caption-l">{found.programme === "DDP" ? "Desistance and Disengagement Programme case" : "Channel case"}</span>
      <h1 className="govuk-heading-l govuk-!-margin-bottom-2" data-testid="case-reference">
        {reference}
      </h1>
      <p className="govuk-body">
        {found.stage && <strong className={stageTagClass(found.stage)}>{STAGE_LABELS[found.stage]}</strong>} {found.leadAgency && <span>Led by {found.leadAgency.name}</span>}
      </p>
      {withheldCount > 0 && (
        <div className="govuk-inset-text" data-testid="withheld-note">
          Some of this case is withheld from you under the sharing policy: each withheld item says which category of data it is. Your agency's relationship to the case and your role decide what you see.
        </div>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <CaseSections found={found} errors={errors} />
          <RequestIdNote id={state.requestId} />
        </div>
        <div className="govuk-grid-column-one-third">
          {aside(facts)}
          <CaseTimeline found={found} />
        </div>
      </div>
    </>
  );
}

function RequestIdNote({ id }: { id: string }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">About this page</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body-s">Your view of this case was recorded in the platform's disclosure log with your purpose.</p>
        <RequestId id={id} />
      </div>
    </details>
  );
}

const name = (subject: { givenName: string | null; familyName: string | null }) => `${subject.givenName ?? ""} ${subject.familyName ?? ""}`.trim();

function CaseSections({ found, errors }: { found: CaseDetail; errors: readonly GraphQLErrorShape[] }) {
  const at = (...path: (string | number)[]) => ["case", ...path];
  const subject = found.subject;
  const subjectError = errorAt(errors, at("subject"));
  return (
    <>
      <h2 className="govuk-heading-m" id="person">
        Person referred
      </h2>
      {subjectError ? (
        <p className="govuk-body" data-testid="subject-withheld">
          <Withheld error={subjectError} />
        </p>
      ) : !subject ? (
        <p className="govuk-body">Not recorded</p>
      ) : (
        <SummaryList
          testId="subject"
          rows={[
            { key: "Name", value: <FieldValue value={subject.givenName === null && subject.familyName === null ? null : name(subject)} errors={errors} path={at("subject", "givenName")} /> },
            { key: "Date of birth", value: <FieldValue value={subject.dateOfBirth} errors={errors} path={at("subject", "dateOfBirth")} render={(d) => formatDate(d)} /> },
            { key: "Gender", value: <FieldValue value={subject.gender} errors={errors} path={at("subject", "gender")} render={(g) => label(GENDER_LABELS, g)} /> },
            { key: "Town", value: <FieldValue value={subject.town} errors={errors} path={at("subject", "town")} /> },
            { key: "Postcode", value: <FieldValue value={subject.postcode} errors={errors} path={at("subject", "postcode")} /> },
            {
              key: "Immigration status",
              value: (
                <FieldValue
                  value={subject.immigrationStatus}
                  errors={errors}
                  path={at("subject", "immigrationStatus")}
                  empty="No status recorded"
                  render={(s) => `${label(IMMIGRATION_STATUS_LABELS, s.status)}${s.recordedAt ? ` (recorded ${formatDate(s.recordedAt)})` : ""}`}
                />
              ),
            },
          ]}
        />
      )}

      <h2 className="govuk-heading-m" id="case">
        The case
      </h2>
      <SummaryList
        testId="case-facts"
        rows={[
          { key: "Programme", value: <FieldValue value={found.programme} errors={errors} path={at("programme")} render={(p) => label(PROGRAMME_LABELS, p)} /> },
          { key: "Type of concern", value: <FieldValue value={found.typeOfConcern} errors={errors} path={at("typeOfConcern")} render={(c) => label(CONCERN_LABELS, c)} /> },
          { key: "Referring sector", value: <FieldValue value={found.referringSector} errors={errors} path={at("referringSector")} render={(s) => label(SECTOR_LABELS, s)} /> },
          { key: "Referred by", value: <FieldValue value={found.referringAgency} errors={errors} path={at("referringAgency")} render={(a) => a.name} /> },
          { key: "Referred on", value: <FieldValue value={found.referredAt} errors={errors} path={at("referredAt")} render={(d) => formatDate(d)} /> },
          { key: "Lead agency", value: <FieldValue value={found.leadAgency} errors={errors} path={at("leadAgency")} render={(a) => a.name} /> },
          { key: "First panel", value: <FieldValue value={found.firstPanelAt} errors={errors} path={at("firstPanelAt")} empty="Not yet at panel" render={(d) => formatDate(d)} /> },
          ...(found.stage === "CLOSED"
            ? [
                { key: "Outcome", value: <FieldValue value={found.outcome} errors={errors} path={at("outcome")} render={(o) => label(OUTCOME_LABELS, o)} /> },
                { key: "Closed on", value: <FieldValue value={found.closedAt} errors={errors} path={at("closedAt")} render={(d) => formatDate(d)} /> },
              ]
            : []),
        ]}
      />

      <h2 className="govuk-heading-m" id="panel">
        Panel
      </h2>
      <FieldValue
        value={found.panelMembers}
        errors={errors}
        path={at("panelMembers")}
        empty="No agencies sit on this case's panel yet"
        render={(members) => (
          <ul className="govuk-list govuk-list--bullet" data-testid="panel-members">
            {members.map((m) => (
              <li key={m.id}>{m.name}</li>
            ))}
          </ul>
        )}
      />

      <h2 className="govuk-heading-m" id="screening">
        Screening
      </h2>
      <FieldValue
        value={found.screening}
        errors={errors}
        path={at("screening")}
        empty="Not screened yet"
        render={(s) => (
          <SummaryList
            rows={[
              { key: "Decision", value: <FieldValue value={s.decision} errors={errors} path={at("screening", "decision")} render={(d) => label(SCREENING_LABELS, d)} /> },
              { key: "Reason", value: <FieldValue value={s.reason} errors={errors} path={at("screening", "reason")} /> },
              { key: "Decided", value: <FieldValue value={s.decidedAt} errors={errors} path={at("screening", "decidedAt")} render={(d) => formatDate(d)} /> },
              { key: "By", value: <FieldValue value={s.decidedBy} errors={errors} path={at("screening", "decidedBy")} render={(a) => a.name} /> },
            ]}
          />
        )}
      />

      <h2 className="govuk-heading-m" id="vaf">
        Vulnerability assessment (VAF)
      </h2>
      <div data-testid="vaf">
        <FieldValue
          value={found.vulnerabilityAssessment}
          errors={errors}
          path={at("vulnerabilityAssessment")}
          empty="No assessment recorded yet"
          render={(vaf) => (
            <>
              <p className="govuk-body">
                Assessed {formatDate(vaf.assessedAt)}
                {vaf.assessedBy ? ` by ${vaf.assessedBy.name}` : ""}.
              </p>
              {vaf.factors && vaf.factors.length > 0 && (
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-table__caption--s">Factors, under engagement, intent and capability</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">
                        Domain
                      </th>
                      <th scope="col" className="govuk-table__header">
                        Factor
                      </th>
                      <th scope="col" className="govuk-table__header">
                        Rating
                      </th>
                      <th scope="col" className="govuk-table__header">
                        Note
                      </th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {vaf.factors.map((f, i) => (
                      <tr className="govuk-table__row" key={`${f.code}-${i}`}>
                        <td className="govuk-table__cell">{label(VAF_DOMAIN_LABELS, f.domain)}</td>
                        <td className="govuk-table__cell">{f.code}</td>
                        <td className="govuk-table__cell">{label(VAF_RATING_LABELS, f.rating)}</td>
                        <td className="govuk-table__cell">{f.note}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        />
      </div>

      <h2 className="govuk-heading-m" id="ct-risk">
        CT risk assessment
      </h2>
      <div data-testid="ct-risk">
        <FieldValue
          value={found.ctRiskAssessment}
          errors={errors}
          path={at("ctRiskAssessment")}
          empty="No CT risk assessment recorded"
          render={(risk) => (
            <SummaryList
              rows={[
                { key: "Level", value: label(CT_RISK_LABELS, risk.level) || "Not recorded" },
                { key: "Summary", value: risk.summary ?? "Not recorded" },
                { key: "Assessed", value: `${formatDate(risk.assessedAt)}${risk.assessedBy ? ` by ${risk.assessedBy.name}` : ""}` },
              ]}
            />
          )}
        />
      </div>

      <h2 className="govuk-heading-m" id="health">
        Health information
      </h2>
      <div data-testid="health">
        <FieldValue
          value={found.healthInformation}
          errors={errors}
          path={at("healthInformation")}
          empty="No health information shared with the panel"
          render={(health) => (
            <SummaryList
              rows={[
                { key: "Summary", value: health.summary ?? "Not recorded" },
                { key: "Shared", value: `${formatDate(health.recordedAt)}${health.providedBy ? ` by ${health.providedBy.name}` : ""}` },
              ]}
            />
          )}
        />
      </div>

      {found.programme === "DDP" && (
        <>
          <h2 className="govuk-heading-m" id="ddp">
            DDP conditions
          </h2>
          <FieldValue
            value={found.ddpConditions}
            errors={errors}
            path={at("ddpConditions")}
            empty="No conditions recorded yet"
            render={(ddp) => (
              <SummaryList
                rows={[
                  { key: "Conditions", value: label(DDP_CONDITION_LABELS, ddp.conditionType) },
                  { key: "MAPPA level", value: ddp.mappaLevel ?? "Not recorded" },
                  { key: "From", value: formatDate(ddp.startsOn) },
                  { key: "To", value: ddp.endsOn ? formatDate(ddp.endsOn) : "No end date" },
                  { key: "Managed by", value: ddp.managingAgency?.name ?? "Not recorded" },
                ]}
              />
            )}
          />
        </>
      )}

      <h2 className="govuk-heading-m" id="support">
        Support plan
      </h2>
      <div data-testid="support-plan">
        <FieldValue
          value={found.supportPlan}
          errors={errors}
          path={at("supportPlan")}
          empty="No support plan agreed yet"
          render={(plan) => (
            <>
              <SummaryList
                rows={[
                  { key: "Agreed", value: formatDate(plan.agreedAt) },
                  { key: "Consent", value: plan.consentGiven ? "Given" : "Not given or withdrawn" },
                  ...(plan.parentalConsent !== null ? [{ key: "Parent or guardian's consent", value: plan.parentalConsent ? "Given" : "Not given" }] : []),
                ]}
              />
              {plan.interventions && plan.interventions.length > 0 && (
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-table__caption--s">Interventions</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">
                        Intervention
                      </th>
                      <th scope="col" className="govuk-table__header">
                        Provider
                      </th>
                      <th scope="col" className="govuk-table__header">
                        Commissioning
                      </th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {plan.interventions.map((intervention, i) => (
                      <tr className="govuk-table__row" key={i}>
                        <td className="govuk-table__cell">{label(INTERVENTION_LABELS, intervention.kind)}</td>
                        <td className="govuk-table__cell">{intervention.provider}</td>
                        <td className="govuk-table__cell">{label(COMMISSIONING_LABELS, intervention.commissioningStatus)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        />
      </div>

      <h2 className="govuk-heading-m" id="reviews">
        Reviews
      </h2>
      <FieldValue
        value={found.reviews}
        errors={errors}
        path={at("reviews")}
        empty="No reviews due yet"
        render={(reviews) => (
          <table className="govuk-table" data-testid="reviews">
            <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Reviews, by due date</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Review
                </th>
                <th scope="col" className="govuk-table__header">
                  Due
                </th>
                <th scope="col" className="govuk-table__header">
                  Held
                </th>
                <th scope="col" className="govuk-table__header">
                  Summary
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {reviews.map((review, i) => (
                <tr className="govuk-table__row" key={review.id}>
                  <td className="govuk-table__cell">{label(REVIEW_LABELS, review.kind)}</td>
                  <td className="govuk-table__cell">{formatDate(review.dueOn)}</td>
                  <td className="govuk-table__cell">{review.heldOn ? formatDate(review.heldOn) : "Not yet held"}</td>
                  <td className="govuk-table__cell">
                    <FieldValue value={review.summary} errors={errors} path={at("reviews", i, "summary")} empty={review.heldOn ? "Not recorded" : "–"} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      />

      <h2 className="govuk-heading-m" id="immigration">
        Immigration questions
      </h2>
      <FieldValue
        value={found.immigrationQueries}
        errors={errors}
        path={at("immigrationQueries")}
        empty="No immigration questions about this case that you raised or were asked"
        render={(questions) => (
          <table className="govuk-table" data-testid="case-immigration-questions">
            <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Immigration questions, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Raised
                </th>
                <th scope="col" className="govuk-table__header">
                  Question
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
                <th scope="col" className="govuk-table__header">
                  Answer
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {questions.map((q, i) => (
                <tr className="govuk-table__row" key={q.id}>
                  <td className="govuk-table__cell app-nowrap">
                    <Link className="govuk-link" to={`/immigration/${q.id}`}>
                      {formatDate(q.raisedAt, true)}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">
                    <FieldValue value={q.question} errors={errors} path={at("immigrationQueries", i, "question")} />
                  </td>
                  <td className="govuk-table__cell">{label(QUESTION_STATUS_LABELS, q.status)}</td>
                  <td className="govuk-table__cell">
                    <FieldValue value={q.answer} errors={errors} path={at("immigrationQueries", i, "answer")} empty={q.status === "OPEN" ? "Waiting for an answer" : "–"} />
                    {q.contact && (
                      <span className="govuk-body-s govuk-!-display-block">
                        {q.contact.name}, SPOC for {label(REGION_LABELS, q.contact.region)}
                        {q.answeredAt ? `, ${formatDateTime(q.answeredAt)}` : ""}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      />
    </>
  );
}
