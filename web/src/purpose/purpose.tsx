import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent, type ReactNode } from "react";
import { ErrorSummary, Radios, TextInput, messageFor, type FieldError } from "../shell/forms";
import { useTitle } from "../shell/page";
import { Link, queryString, useLocation, useNavigate, useSearchParams } from "../shell/router";
import { CASE_REFERENCE, PURPOSES, describePurpose, purposeState, statePurpose, subscribePurpose, type Purpose, type PurposeReason } from "./store";

const PURPOSE_HINTS: Record<PurposeReason, string> = {
  "panel preparation": "Preparing for, or holding, a Channel panel",
  "case review": "Reviewing or updating a case you work on",
  screening: "Screening a referral (CT policing)",
  "immigration query": "Raising or answering a question about someone's immigration status",
  "safeguarding emergency": "Someone is at immediate risk of harm",
  "subject access": "Answering a subject access request (data protection officer)",
  "quality assurance": "A quality-assurance review of sampled cases (Home Office)",
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function usePurpose(): Purpose | null {
  return useSyncExternalStore(subscribePurpose, purposeState).purpose;
}

/** Under the header on every page: the purpose stated, and a link to change it. */
export function PurposeBar() {
  const { purpose } = useSyncExternalStore(subscribePurpose, purposeState);
  const { pathname, search } = useLocation();
  if (pathname === "/purpose") return null;
  const change = `/purpose${queryString({ returnTo: `${pathname}${search}` })}`;
  return (
    <div className="app-purpose-bar" data-testid="purpose-bar">
      <p className="app-purpose-bar__text">
        {purpose ? (
          <>
            Purpose: <strong data-testid="purpose">{describePurpose(purpose)}</strong>.{" "}
            <Link to={change} className="govuk-link">
              Change<span className="govuk-visually-hidden"> purpose</span>
            </Link>
          </>
        ) : (
          <>
            No purpose stated: anyone's personal data stays hidden until you state one.{" "}
            <Link to={change} className="govuk-link">
              State a purpose
            </Link>
          </>
        )}
      </p>
    </div>
  );
}

/**
 * Before anything that reaches personal data: the page's content once a purpose is stated, the
 * prompt until then (and again whenever the platform answers PURPOSE_REQUIRED).
 */
export function RequirePurpose({ what, children }: { what: string; children: ReactNode }) {
  const { purpose, refusal } = useSyncExternalStore(subscribePurpose, purposeState);
  const previous = useRef(purpose);
  useEffect(() => {
    const was = previous.current;
    previous.current = purpose;
    if (was !== null || purpose === null) return;
    // The prompt gave way to the page: start at its top, as after a navigation.
    window.scrollTo(0, 0);
    const frame = window.requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>("#main-content h1");
      if (!heading) return;
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [purpose]);
  if (purpose) return <>{children}</>;
  return <PurposeForm what={what} refusal={refusal} />;
}

/** `/purpose?returnTo=...`: change the purpose, then go back. */
export function PurposePage() {
  const params = useSearchParams();
  const navigate = useNavigate();
  const returnTo = params.get("returnTo");
  const back = returnTo && returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/";
  const { purpose, refusal } = useSyncExternalStore(subscribePurpose, purposeState);
  return <PurposeForm what="case information" refusal={refusal} initial={purpose} onDone={() => navigate(back, { replace: true })} cancel={back} />;
}

function PurposeForm({ what, refusal, initial, onDone, cancel }: { what: string; refusal: string | null; initial?: Purpose | null; onDone?: () => void; cancel?: string }) {
  const [reason, setReason] = useState<string>(initial?.reason ?? "");
  const [reference, setReference] = useState(initial?.caseReference ?? "");
  const [errors, setErrors] = useState<FieldError[]>([]);
  useTitle("State your purpose", errors.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    const chosen = PURPOSES.find((p) => p === reason);
    if (!chosen) problems.push({ field: "purpose", message: "Select why you need this information" });
    const ref = reference.trim().toUpperCase();
    if (ref && !CASE_REFERENCE.test(ref)) problems.push({ field: "caseReference", message: "Enter a case reference like CH-2018-00042 or DDP-2019-00007, or leave it blank" });
    setErrors(problems);
    if (problems.length > 0 || !chosen) return;
    statePurpose(ref ? { reason: chosen, caseReference: ref } : { reason: chosen });
    onDone?.();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <form onSubmit={submit} noValidate>
          <span className="govuk-caption-l">Before you see {what}</span>
          <h1 className="govuk-heading-l">Why do you need this information?</h1>
          {refusal && (
            <div className="govuk-inset-text" data-testid="purpose-refusal">
              The platform asked for a purpose: {refusal}
            </div>
          )}
          <p className="govuk-body">
            Personal data is shared under the law only for a stated purpose. Every time you see someone's information, the platform records who you are, your agency and the purpose you give here.
          </p>
          <Radios
            name="purpose"
            legend="Purpose"
            legendSize="m"
            value={reason}
            onChange={setReason}
            error={messageFor(errors, "purpose")}
            options={PURPOSES.map((p) => ({ value: p, label: capitalised(p), hint: PURPOSE_HINTS[p] }))}
          />
          <TextInput
            name="caseReference"
            label="Case reference (optional)"
            hint="If you are working on one case, for example CH-2018-00042"
            value={reference}
            onChange={setReference}
            error={messageFor(errors, "caseReference")}
            width={20}
            spellCheck={false}
          />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
            {cancel && initial && (
              <Link to={cancel} className="govuk-link">
                Cancel
              </Link>
            )}
          </div>
        </form>
      </div>
    </div>
  );
}
