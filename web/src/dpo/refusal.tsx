import { codeOf, type GraphQLErrorShape } from "../graphql/errors";
import { RequestId } from "../shell/page";

/**
 * The platform refused a data protection officer's page to this user (FORBIDDEN from the gateway's
 * audit trail and every subgraph behind it): said plainly, with the platform's own words and the
 * request id. The navigation hides these pages from other roles only as a courtesy.
 */
export function DpoRefusal({ what, error, requestId }: { what: string; error: GraphQLErrorShape; requestId: string | null }) {
  const forbidden = codeOf(error) === "FORBIDDEN";
  return (
    <div className="govuk-error-summary" data-testid="dpo-refused" data-error-code={codeOf(error)}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{forbidden ? `You do not have access to ${what}` : `Sorry, ${what} could not be loaded`}</h2>
        <div className="govuk-error-summary__body">
          {forbidden && <p className="govuk-body">Only a data protection officer may see {what}. The platform refused the request for your role.</p>}
          <p className="govuk-body">
            The platform said: <span data-testid="dpo-refusal-message">{error.message}</span> ({codeOf(error)})
          </p>
          {requestId && <RequestId id={requestId} />}
        </div>
      </div>
    </div>
  );
}

/** The error at the top of this field, if the platform refused or failed it. */
export const refusalAt = (errors: readonly GraphQLErrorShape[], field: string): GraphQLErrorShape | undefined =>
  errors.find((e) => e.path !== undefined && e.path.length === 1 && e.path[0] === field);
