import { useEffect, useRef, useState } from "react";
import { Loading, useTitle } from "../shell/page";
import { Link, useNavigate } from "../shell/router";
import { completeSignIn } from "./session";

/** `/auth/callback`: the provider sends the browser back here with a code (or an error). */
export function CallbackPage() {
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const started = useRef(false);
  useTitle("Signing in", failure !== null);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const params = new URLSearchParams(window.location.search);
    const error = params.get("error");
    if (error) {
      setFailure(params.get("error_description") ?? error);
      return;
    }
    completeSignIn()
      .then((returnTo) => navigate(returnTo, { replace: true }))
      .catch((err: unknown) => setFailure(err instanceof Error ? err.message : String(err)));
  }, [navigate]);

  if (!failure) {
    return (
      <>
        <h1 className="govuk-heading-l">Signing in</h1>
        <Loading what="your account" />
      </>
    );
  }
  return (
    <>
      <h1 className="govuk-heading-l">Sign-in did not complete</h1>
      <div className="govuk-error-summary" role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body" data-testid="sign-in-error">
            {failure}
          </p>
        </div>
      </div>
      <p className="govuk-body">
        <Link to="/" replace className="govuk-link">
          Start again
        </Link>
      </p>
    </>
  );
}
