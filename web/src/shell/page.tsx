import { useEffect, type ReactNode } from "react";
import type { RequestFailure } from "../graphql/errors";

/** The page's title: "<title> – Dovetail", prefixed "Error: " while it shows errors (GOV.UK convention). */
export function useTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? "Error: " : ""}${title} – Dovetail`;
  }, [title, hasErrors]);
}

/** While a request is under way: announced to screen readers, not moving focus. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="govuk-body" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** The request id to quote to support, on every error. */
export function RequestId({ id }: { id: string }) {
  return (
    <p className="govuk-body-s">
      Request id <span className="app-request-id" data-request-id={id}>{id}</span> (quote it if you contact support).
    </p>
  );
}

const FAILURE_HEADINGS: Record<string, string> = {
  NETWORK_ERROR: "The platform could not be reached",
  SERVICE_UNAVAILABLE: "The platform is not available at the moment",
  RATE_LIMITED: "Too many requests",
  UNAUTHENTICATED: "Your session has ended",
  OPERATION_NOT_SAFELISTED: "This version of the app is not recognised by the platform",
  PERSISTED_QUERY_NOT_FOUND: "This version of the app is not recognised by the platform",
};

/** A request that failed as a whole: what happened, the request id, and a way to try again. */
export function Problem({ failure, retry, children }: { failure: RequestFailure; retry?: () => void; children?: ReactNode }) {
  return (
    <div className="govuk-error-summary" data-error-code={failure.code}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{FAILURE_HEADINGS[failure.code] ?? "Sorry, there is a problem"}</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{failure.message}</p>
          {children}
          {failure.requestId !== "none" && <RequestId id={failure.requestId} />}
          {retry && (
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={retry}>
              Try again
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
