import { useTitle } from "../shell/page";
import { Link } from "../shell/router";

export function NotFoundPage() {
  useTitle("Page not found");
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        <Link to="/" className="govuk-link">
          Go to the start
        </Link>
      </p>
    </>
  );
}
