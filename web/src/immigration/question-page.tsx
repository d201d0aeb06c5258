import { useState, type FormEvent } from "react";
import { useSignedIn } from "../auth/use-me";
import { graphql } from "../generated";
import type { ImmigrationStatusKind } from "../generated/graphql";
import { errorsOf, useMutation, useQuery } from "../graphql/hooks";
import { RequirePurpose } from "../purpose/purpose";
import { useDraft } from "../shell/draft";
import { ErrorSummary, Radios, Textarea, fieldId, messageFor, type FieldError } from "../shell/forms";
import { IMMIGRATION_STATUS_LABELS, QUESTION_STATUS_LABELS, REGION_LABELS, formatDate, formatDateTime, label } from "../shell/labels";
import { formErrorsOf } from "../shell/mutation-errors";
import { Loading, Problem, RequestId, useTitle } from "../shell/page";
import { Link, useLocation, useNavigate } from "../shell/router";
import { SuccessBanner, SummaryList } from "../shell/summary-list";
import { FieldValue } from "../shell/withheld";

const ImmigrationQuestion = graphql(`
  query ImmigrationQuestion($id: ID!) {
    immigrationQuery(id: $id) {
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
        dateOfBirth
        immigrationStatus {
          status
          recordedAt
        }
      }
      raisedBy {
        id
        name
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

const AnswerImmigrationQuestion = graphql(`
  mutation AnswerImmigrationQuestion($queryId: ID!, $status: ImmigrationStatusKind!, $answer: String!) {
    answerImmigrationQuestion(queryId: $queryId, status: $status, answer: $answer) {
      id
      status
    }
  }
`);

const WithdrawImmigrationQuestion = graphql(`
  mutation WithdrawImmigrationQuestion($queryId: ID!) {
    withdrawImmigrationQuestion(queryId: $queryId) {
      id
      status
    }
  }
`);

/** `/immigration/:id`: one question; the SPOC asked answers it here, the raiser reads the answer. */
export function QuestionPage({ id }: { id: string }) {
  return (
    <RequirePurpose what="this immigration question">
      <Question id={id} />
    </RequirePurpose>
  );
}

function Question({ id }: { id: string }) {
  const me = useSignedIn();
  const { flash } = useLocation();
  const { state, refetch } = useQuery(ImmigrationQuestion, { id });
  const [withdraw, withdrawn] = useMutation(WithdrawImmigrationQuestion);
  useTitle("Immigration question", state.status === "failed");

  if (state.status === "failed") {
    return (
      <>
        <h1 className="govuk-heading-l">Immigration question</h1>
        <Problem failure={state.failure} retry={() => void refetch()} />
      </>
    );
  }
  if (state.status !== "done") {
    return (
      <>
        <h1 className="govuk-heading-l">Immigration question</h1>
        <Loading what="the question" />
      </>
    );
  }
  const q = state.data?.immigrationQuery;
  if (!q) {
    return (
      <div data-testid="question-not-found">
        <h1 className="govuk-heading-l">Question not found</h1>
        <p className="govuk-body">There is no such question that you may see: only the SPOC asked and the authority that asked see it.</p>
        <RequestId id={state.requestId} />
        <p className="govuk-body">
          <Link to="/immigration" className="govuk-link">
            Back to immigration questions
          </Link>
        </p>
      </div>
    );
  }
  const errors = state.errors;
  const at = (...path: string[]) => ["immigrationQuery", ...path];
  const who = q.subject ? `${q.subject.givenName ?? ""} ${q.subject.familyName ?? ""}`.trim() : "";
  const spoc = me.roles.includes("IMMIGRATION_SPOC");
  const raiser = me.roles.includes("CHANNEL_CHAIR") && q.raisedByAgency?.id === me.agencyId;
  const withdrawErrors = formErrorsOf(errorsOf(withdrawn), () => false);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/immigration" className="govuk-back-link">
          Back to immigration questions
        </Link>
        {flash && <SuccessBanner message={flash} />}
        <span className="govuk-caption-l">{q.case?.reference ? `Case ${q.case.reference}` : "Immigration question"}</span>
        <h1 className="govuk-heading-l">{who ? `About ${who}` : "Immigration question"}</h1>
        <p className="govuk-body">
          <strong className={`govuk-tag ${q.status === "OPEN" ? "govuk-tag--yellow" : q.status === "ANSWERED" ? "govuk-tag--green" : "govuk-tag--grey"}`} data-testid="question-status">
            {label(QUESTION_STATUS_LABELS, q.status)}
          </strong>
        </p>
        <SummaryList
          testId="question"
          rows={[
            { key: "Question", value: <FieldValue value={q.question} errors={errors} path={at("question")} /> },
            { key: "Asked", value: `${formatDateTime(q.raisedAt)}${q.raisedBy ? ` by ${q.raisedBy.name}` : ""}${q.raisedByAgency ? `, ${q.raisedByAgency.name}` : ""}` },
            { key: "Asked of", value: q.contact ? `${q.contact.name}, SPOC for ${label(REGION_LABELS, q.contact.region)}` : "Not recorded" },
            { key: "Person", value: <FieldValue value={q.subject} errors={errors} path={at("subject")} render={(s) => `${who}${s.dateOfBirth ? `, born ${formatDate(s.dateOfBirth)}` : ""}`} /> },
            ...(q.case ? [{ key: "Case", value: <Link className="govuk-link" to={`/cases/${q.case.id}`}>{q.case.reference}</Link> }] : []),
            {
              key: "Answer",
              value: (
                <span data-testid="question-answer">
                  <FieldValue value={q.answer} errors={errors} path={at("answer")} empty={q.status === "OPEN" ? "Not answered yet" : "No answer"} />
                  {q.answeredAt && <span className="govuk-body-s govuk-!-display-block">Answered {formatDateTime(q.answeredAt)}</span>}
                </span>
              ),
            },
            ...(q.status === "ANSWERED"
              ? [{ key: "Status recorded", value: <FieldValue value={q.subject?.immigrationStatus} errors={errors} path={at("subject", "immigrationStatus")} render={(s) => label(IMMIGRATION_STATUS_LABELS, s.status)} /> }]
              : []),
          ]}
        />
        {q.status === "OPEN" && spoc && <AnswerForm queryId={q.id} />}
        {q.status === "OPEN" && raiser && (
          <>
            <ErrorSummary errors={withdrawErrors} />
            {withdrawn.status === "failed" && <Problem failure={withdrawn.failure} />}
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              disabled={withdrawn.status === "saving"}
              onClick={() =>
                void withdraw({ queryId: q.id }).then((result) => {
                  if ("data" in result && result.errors.length === 0) void refetch();
                })
              }
            >
              Withdraw the question
            </button>
          </>
        )}
        <RequestId id={state.requestId} />
      </div>
    </div>
  );
}

function AnswerForm({ queryId }: { queryId: string }) {
  const navigate = useNavigate();
  const [form, setForm, clear] = useDraft("answer", { status: "", answer: "" });
  const [local, setLocal] = useState<FieldError[]>([]);
  const [answer, answered] = useMutation(AnswerImmigrationQuestion);
  const errors = [...local, ...formErrorsOf(errorsOf(answered), (field) => document.getElementById(fieldId(field)) !== null)];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = form.status ? [] : [{ field: "status", message: "Select the person's immigration status" }];
    setLocal(problems);
    if (problems.length > 0) return;
    const result = await answer({ queryId, status: form.status as ImmigrationStatusKind, answer: form.answer });
    if ("data" in result && result.errors.length === 0 && result.data?.answerImmigrationQuestion) {
      clear();
      navigate(`/immigration/${queryId}`, { replace: true, flash: "Answer sent" });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="answer-form">
      <h2 className="govuk-heading-m">Answer</h2>
      {answered.status === "failed" && <Problem failure={answered.failure} />}
      <ErrorSummary errors={errors} />
      <Radios
        name="status"
        legend="Immigration status"
        legendSize="s"
        value={form.status}
        onChange={(status) => setForm({ ...form, status })}
        error={messageFor(errors, "status")}
        options={Object.entries(IMMIGRATION_STATUS_LABELS).map(([value, text]) => ({ value, label: text }))}
      />
      <Textarea name="answer" label="Your answer" hint="3 to 2000 characters. Only the authority that asked will see it." value={form.answer} onChange={(text) => setForm({ ...form, answer: text })} error={messageFor(errors, "answer")} />
      <button type="submit" className="govuk-button" disabled={answered.status === "saving"}>
        Send the answer
      </button>
      {answered.status === "done" && answered.errors.length > 0 && <RequestId id={answered.requestId} />}
    </form>
  );
}
