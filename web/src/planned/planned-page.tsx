import { useTitle } from "../shell/page";

/**
 * A page the service navigation already offers but that is not built yet (the board's and the
 * data protection officer's pages, issue 16): says what it will hold.
 */
export function PlannedPage({ title, caption, description }: { title: string; caption: string; description: string }) {
  useTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{description}</p>
        <div className="govuk-inset-text">This page is not available yet. Until it is, the same information is available from the platform's command-line tools.</div>
      </div>
    </div>
  );
}
