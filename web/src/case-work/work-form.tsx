import type { FormEvent, ReactNode } from "react";
import { ErrorSummary, fieldId, type FieldError } from "../shell/forms";
import { formErrorsOf } from "../shell/mutation-errors";
import { Link } from "../shell/router";
import type { Work } from "./work-case";

/**
 * The errors a case-work form shows: its own checks, then the platform's answer. A BAD_USER_INPUT
 * goes beside the field it names when the form has that field on the page.
 */
export function workErrors(work: Work, local: readonly FieldError[]): FieldError[] {
  return [...local, ...formErrorsOf(work.serverErrors, (field) => document.getElementById(fieldId(field)) !== null)];
}

/** A case-work form: the error summary, the fields, save and cancel. */
export function WorkForm({ work, errors, onSubmit, submitText, children, warning }: { work: Work; errors: readonly FieldError[]; onSubmit: () => void; submitText: string; children: ReactNode; warning?: boolean }) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!work.saving) onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="case-work-form">
      <ErrorSummary errors={errors} />
      {children}
      <div className="govuk-button-group">
        <button type="submit" className={`govuk-button${warning ? " govuk-button--warning" : ""}`} disabled={work.saving} aria-disabled={work.saving}>
          {work.saving ? "Saving…" : submitText}
        </button>
        <Link to={`/cases/${work.current.id}`} className="govuk-link">
          Cancel
        </Link>
      </div>
    </form>
  );
}
