import { useSignedIn } from "../auth/use-me";
import { graphql } from "../generated";
import type { ImmigrationQuestionsQuery } from "../generated/graphql";
import { codeOf, errorAt, type GraphQLErrorShape } from "../graphql/errors";
import { useQuery } from "../graphql/hooks";
import { RequirePurpose } from "../purpose/purpose";
import { IMMIGRATION_STATUS_LABELS, QUESTION_STATUS_LABELS, REGION_LABELS, formatDate, label } from "../shell/labels";
import { Loading, Problem, RequestId, useTitle } from "../shell/page";
import { Link } from "../shell/router";
import { FieldValue } from "../shell/withheld";

const ImmigrationQuestions = graphql(`
  query ImmigrationQuestions($first: Int!) {
    immigrationQueries(first: $first) {
      id
      question
      status
      answer
      raisedAt
      answeredAt
      case {
        id
        reference
      }
      subject {
        id
        givenName
        familyName
        immigrationStatus {
          status
        }
      }
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
`);

type Question = NonNullable<ImmigrationQuestionsQuery["immigrationQueries"]>[number];

/**
 * `/immigration`: for a SPOC, the questions put to them (open ones first, to answer); for a chair,
 * the questions their authority raised and the answers.
 */
export function ImmigrationPage() {
  return (
    <RequirePurpose what="immigration questions">
      <ImmigrationContent />
    </RequirePurpose>
  );
}

function ImmigrationContent() {
  const me = useSignedIn();
  const spoc = me.roles.includes("IMMIGRATION_SPOC");
  const { state, refetch } = useQuery(ImmigrationQuestions, { first: 200 });
  const title = spoc ? "Questions put to you" : "Immigration questions";
  useTitle(title, state.status === "failed");

  if (state.status === "failed") {
    return (
      <>
        <h1 className="govuk-heading-l">{title}</h1>
        <Problem failure={state.failure} retry={() => void refetch()} />
      </>
    );
  }
  if (state.status !== "done") {
    return (
      <>
        <h1 className="govuk-heading-l">{title}</h1>
        <Loading what="the questions" />
      </>
    );
  }
  const questions = state.data?.immigrationQueries;
  const refused = errorAt(state.errors, ["immigrationQueries"]);
  const open = (questions ?? []).filter((q) => q.status === "OPEN");
  const closed = (questions ?? []).filter((q) => q.status !== "OPEN");
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        {spoc
          ? "Channel Chairs ask you about the immigration status of people referred to their panels. Answer each question and record the status: only you and the authority that asked will see it."
          : "Questions your authority asked the immigration single point of contact (SPOC) about people referred to your panel. To ask a new one, open the case and choose Ask the immigration SPOC."}
      </p>
      {!questions ? (
        <div data-testid="immigration-no-access">
          <h2 className="govuk-heading-m">You do not have access to immigration questions</h2>
          <p className="govuk-body">{refused && codeOf(refused) === "FORBIDDEN" ? refused.message : "The platform did not return any questions for you."}</p>
          <RequestId id={state.requestId} />
        </div>
      ) : questions.length === 0 ? (
        <div data-testid="immigration-empty">
          <h2 className="govuk-heading-m">No questions</h2>
          <p className="govuk-body">{spoc ? "No Channel Chair has asked you a question yet." : "Your authority has not asked the SPOC any questions yet."}</p>
        </div>
      ) : (
        <>
          <QuestionTable caption={spoc ? `Waiting for your answer (${open.length})` : `Waiting for an answer (${open.length})`} questions={open} all={questions} errors={state.errors} spoc={spoc} testId="open-questions" />
          <QuestionTable caption={`Answered or withdrawn (${closed.length})`} questions={closed} all={questions} errors={state.errors} spoc={spoc} testId="closed-questions" />
        </>
      )}
    </>
  );
}

function QuestionTable({ caption, questions, all, errors, spoc, testId }: { caption: string; questions: readonly Question[]; all: readonly Question[]; errors: readonly GraphQLErrorShape[]; spoc: boolean; testId: string }) {
  if (questions.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">None.</p>
      </>
    );
  }
  return (
    <table className="govuk-table" data-testid={testId}>
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Raised
          </th>
          <th scope="col" className="govuk-table__header">
            About
          </th>
          <th scope="col" className="govuk-table__header">
            {spoc ? "Asked by" : "Case"}
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header">
            {spoc ? "Question" : "Answer"}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {questions.map((q) => {
          const i = all.indexOf(q);
          const at = (...path: (string | number)[]) => ["immigrationQueries", i, ...path];
          return (
            <tr className="govuk-table__row" key={q.id} data-question-id={q.id}>
              <td className="govuk-table__cell app-nowrap">
                <Link className="govuk-link" to={`/immigration/${q.id}`}>
                  {formatDate(q.raisedAt, true)}
                  <span className="govuk-visually-hidden"> question</span>
                </Link>
              </td>
              <td className="govuk-table__cell">
                <FieldValue value={q.subject} errors={errors} path={at("subject")} render={(s) => `${s.givenName ?? ""} ${s.familyName ?? ""}`.trim()} />
              </td>
              <td className="govuk-table__cell">{spoc ? (q.raisedByAgency?.name ?? "") : q.case ? <Link className="govuk-link" to={`/cases/${q.case.id}`}>{q.case.reference}</Link> : "–"}</td>
              <td className="govuk-table__cell">
                <strong className={`govuk-tag ${q.status === "OPEN" ? "govuk-tag--yellow" : q.status === "ANSWERED" ? "govuk-tag--green" : "govuk-tag--grey"}`}>{label(QUESTION_STATUS_LABELS, q.status)}</strong>
              </td>
              <td className="govuk-table__cell">
                {spoc ? (
                  <FieldValue value={q.question} errors={errors} path={at("question")} />
                ) : (
                  <>
                    <FieldValue value={q.answer} errors={errors} path={at("answer")} empty={q.status === "OPEN" ? "Waiting for an answer" : "No answer"} />
                    {q.subject?.immigrationStatus?.status && q.status === "ANSWERED" && (
                      <span className="govuk-body-s govuk-!-display-block">Status recorded: {label(IMMIGRATION_STATUS_LABELS, q.subject.immigrationStatus.status)}</span>
                    )}
                    {q.contact && <span className="govuk-body-s govuk-!-display-block">{`${q.contact.name}, ${label(REGION_LABELS, q.contact.region)}${q.answeredAt ? `, ${formatDate(q.answeredAt, true)}` : ""}`}</span>}
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
