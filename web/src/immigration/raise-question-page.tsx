import { useState, type FormEvent } from "react";
import { graphql } from "../generated";
import { errorsOf, useMutation, useQuery } from "../graphql/hooks";
import { RequirePurpose } from "../purpose/purpose";
import { useDraft } from "../shell/draft";
import { ErrorSummary, Textarea, fieldId, messageFor, type FieldError } from "../shell/forms";
import { REGION_LABELS, label } from "../shell/labels";
import { formErrorsOf } from "../shell/mutation-errors";
import { Loading, Problem, RequestId, useTitle } from "../shell/page";
import { Link, useNavigate } from "../shell/router";

const CaseForImmigrationQuestion = graphql(`
  query CaseForImmigrationQuestion($id: ID!) {
    case(id: $id) {
      id
      reference
      stage
      leadAgency {
        id
        name
        region
      }
      subject {
        id
        givenName
        familyName
      }
    }
  }
`);

const ImmigrationContactDirectory = graphql(`
  query ImmigrationContactDirectory {
    immigrationContacts {
      id
      name
      region
      email
      phone
    }
  }
`);

const RaiseImmigrationQuestion = graphql(`
  mutation RaiseImmigrationQuestion($caseId: ID!, $question: String!) {
    raiseImmigrationQuestion(caseId: $caseId, question: $question) {
      id
      status
    }
  }
`);

/** `/cases/:id/immigration-question`: a chair asks their region's SPOC about the case's subject. */
export function RaiseQuestionPage({ caseId }: { caseId: string }) {
  return (
    <RequirePurpose what="this case">
      <RaiseQuestion caseId={caseId} />
    </RequirePurpose>
  );
}

function RaiseQuestion({ caseId }: { caseId: string }) {
  const navigate = useNavigate();
  const found = useQuery(CaseForImmigrationQuestion, { id: caseId });
  const directory = useQuery(ImmigrationContactDirectory, {}, { referenceOnly: true });
  const [question, setQuestion, clear] = useDraft("immigration-question", "");
  const [local, setLocal] = useState<FieldError[]>([]);
  const [raise, raised] = useMutation(RaiseImmigrationQuestion);
  const server = formErrorsOf(errorsOf(raised), (field) => document.getElementById(fieldId(field)) !== null);
  const errors = [...local, ...server];
  useTitle("Ask the immigration SPOC", errors.length > 0);

  if (found.state.status === "failed") {
    return (
      <>
        <h1 className="govuk-heading-l">Ask the immigration SPOC</h1>
        <Problem failure={found.state.failure} retry={() => void found.refetch()} />
      </>
    );
  }
  if (found.state.status !== "done") {
    return (
      <>
        <h1 className="govuk-heading-l">Ask the immigration SPOC</h1>
        <Loading what="the case" />
      </>
    );
  }
  const theCase = found.state.data?.case;
  if (!theCase) {
    return (
      <>
        <h1 className="govuk-heading-l">Case not found</h1>
        <p className="govuk-body">There is no such case that you may ask about.</p>
        <RequestId id={found.state.requestId} />
      </>
    );
  }
  const region = theCase.leadAgency?.region;
  const contact = directory.state.status === "done" ? directory.state.data?.immigrationContacts.find((c) => c.region === region) : undefined;
  const who = theCase.subject ? `${theCase.subject.givenName ?? ""} ${theCase.subject.familyName ?? ""}`.trim() : "the person referred";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = question.trim().length === 0 ? [{ field: "question", message: "Enter your question" }] : [];
    setLocal(problems);
    if (problems.length > 0) return;
    const result = await raise({ caseId, question });
    if ("data" in result && result.errors.length === 0 && result.data?.raiseImmigrationQuestion) {
      clear();
      navigate(`/immigration/${result.data.raiseImmigrationQuestion.id}`, { flash: "Question sent to the immigration SPOC" });
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/cases/${caseId}`} className="govuk-back-link">
          Back to case {theCase.reference}
        </Link>
        {raised.status === "failed" && <Problem failure={raised.failure} />}
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Case {theCase.reference}</span>
        <h1 className="govuk-heading-l">Ask the immigration SPOC</h1>
        <p className="govuk-body">
          Ask about the immigration status of {who}.{" "}
          {contact
            ? `Your question goes to ${contact.name}, the single point of contact for ${label(REGION_LABELS, contact.region)} (${contact.email}).`
            : region
              ? `Your question goes to the single point of contact for ${label(REGION_LABELS, region)}.`
              : "Your question goes to your region's single point of contact."}{" "}
          The answer, and the status it records, are seen only by your authority and the SPOC.
        </p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Textarea name="question" label="Your question" hint="10 to 2000 characters. Say what the panel needs to know and why." value={question} onChange={setQuestion} error={messageFor(errors, "question")} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={raised.status === "saving"}>
              Send the question
            </button>
            <Link to={`/cases/${caseId}`} className="govuk-link">
              Cancel
            </Link>
          </div>
        </form>
        {raised.status === "done" && raised.errors.length > 0 && <RequestId id={raised.requestId} />}
      </div>
    </div>
  );
}
