import { useState } from "react";
import { useTitle } from "../shell/page";
import { useLocation } from "../shell/router";
import type { AppIssuer } from "./app-config";
import { signIn } from "./session";

/** Signed out: sign in with one of the identity providers the platform trusts for this app. */
export function SignInPage({ issuers, signedOut }: { issuers: readonly AppIssuer[]; signedOut: boolean }) {
  const { pathname, search } = useLocation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useTitle("Sign in", failure !== null);
  const returnTo = `${pathname}${search}`;

  const start = (issuer: AppIssuer) => {
    setBusy(true);
    setFailure(null);
    signIn(issuer, returnTo).catch((err: unknown) => {
      setBusy(false);
      setFailure(err instanceof Error ? err.message : String(err));
    });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {signedOut && (
          <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="signed-out-title">
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="signed-out-title">
                Success
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">You have signed out.</p>
            </div>
          </div>
        )}
        <h1 className="govuk-heading-l">Sign in to Dovetail</h1>
        <p className="govuk-body">Dovetail is where Channel panel partners share what they may about the cases they work together: local authorities, counter-terrorism policing, health, probation, education and immigration enforcement.</p>
        <p className="govuk-body">Sign in with your organisation's account. What you see depends on your role and your agency's relationship to each case.</p>
        {failure && (
          <div className="govuk-error-summary" role="alert">
            <h2 className="govuk-error-summary__title">Sign-in could not start</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{failure}</p>
            </div>
          </div>
        )}
        {issuers.length === 0 && <p className="govuk-body">No sign-in is configured for this app. Ask the platform's administrators to register it with your identity provider.</p>}
        <div className="govuk-button-group">
          {issuers.map((issuer) => (
            <button key={issuer.issuer} type="button" className="govuk-button govuk-button--start" disabled={busy} onClick={() => start(issuer)} data-issuer={issuer.issuer}>
              {issuers.length === 1 ? "Sign in" : `Sign in with ${issuer.name}`}
              <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
              </svg>
            </button>
          ))}
        </div>
        {issuers.length === 1 && <p className="govuk-body-s">You will sign in with {issuers[0]!.name}.</p>}
      </div>
    </div>
  );
}
