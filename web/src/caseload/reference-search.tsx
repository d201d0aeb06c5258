import { useState, type FormEvent } from "react";
import { graphql } from "../generated";
import { execute } from "../graphql/client";
import { RequestFailure } from "../graphql/errors";
import { fieldId } from "../shell/forms";
import { RequestId } from "../shell/page";
import { useNavigate } from "../shell/router";

const CaseByReference = graphql(`
  query CaseByReference($reference: String!) {
    caseByReference(reference: $reference) {
      id
      reference
    }
  }
`);

const REFERENCE = /^(CH|DDP)-\d{4}-\d{5}$/;

type Outcome = { kind: "idle" } | { kind: "searching" } | { kind: "invalid" } | { kind: "none"; reference: string; requestId: string } | { kind: "failed"; failure: RequestFailure };

/** Find a case by its reference (MOJ search pattern): straight to the case, or why not. */
export function ReferenceSearch() {
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const id = fieldId("reference");

  // Never rejects (a failed request becomes the "failed" outcome), so the form may void it.
  const search = async (event: FormEvent) => {
    event.preventDefault();
    const reference = text.trim().toUpperCase();
    if (!REFERENCE.test(reference)) {
      setOutcome({ kind: "invalid" });
      return;
    }
    setOutcome({ kind: "searching" });
    try {
      const result = await execute(CaseByReference, { reference });
      const found = result.data?.caseByReference;
      if (found) navigate(`/cases/${found.id}`);
      else setOutcome({ kind: "none", reference, requestId: result.requestId });
    } catch (err) {
      setOutcome({ kind: "failed", failure: err instanceof RequestFailure ? err : new RequestFailure(String(err), "CLIENT_ERROR", "none", 0) });
    }
  };

  const error = outcome.kind === "invalid" ? "Enter a case reference like CH-2018-00042 or DDP-2019-00007" : null;
  return (
    <div className="moj-search moj-search--stacked govuk-!-margin-bottom-4">
      <form onSubmit={(e) => void search(e)} noValidate role="search" aria-label="Cases by reference">
        <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
          <label className="govuk-label moj-search__label" htmlFor={id}>
            Find a case by reference
          </label>
          <div id={`${id}-hint`} className="govuk-hint moj-search__hint">
            For example, CH-2018-00042
          </div>
          {error && (
            <p id={`${id}-error`} className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          )}
          <div className="govuk-input__wrapper moj-search__input-wrapper">
            <input
              className={`govuk-input moj-search__input${error ? " govuk-input--error" : ""}`}
              id={id}
              name="reference"
              type="search"
              value={text}
              spellCheck={false}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary moj-search__button" disabled={outcome.kind === "searching"}>
          Find case
        </button>
      </form>
      <div aria-live="polite">
        {outcome.kind === "none" && (
          <div className="govuk-inset-text govuk-!-margin-top-0" data-testid="reference-not-found">
            There is no case {outcome.reference} that you may see: it does not exist, or your agency does not relate to it.
            <RequestId id={outcome.requestId} />
          </div>
        )}
        {outcome.kind === "failed" && (
          <div className="govuk-inset-text govuk-!-margin-top-0">
            The search failed: {outcome.failure.message}
            {outcome.failure.requestId !== "none" && <RequestId id={outcome.failure.requestId} />}
          </div>
        )}
      </div>
    </div>
  );
}
