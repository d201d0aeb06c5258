import type { ReactNode } from "react";
import type { Role } from "../auth/roles";
import { Link } from "../shell/router";
import { availableActions, type WorkFacts } from "./actions";

/** Beside a case: the steps this user may take on it now, each a link to its form. */
export function CaseActions({ caseId, facts, me, more }: { caseId: string; facts: WorkFacts; me: { roles: readonly Role[]; agencyId: string }; more?: ReactNode }) {
  const actions = availableActions(facts, me);
  return (
    <aside className="app-actions" aria-labelledby="actions-title" data-testid="case-actions">
      <h2 className="govuk-heading-m" id="actions-title">
        Case work
      </h2>
      {actions.length === 0 && !more ? (
        <p className="govuk-body">There is nothing for you to do on this case at its stage.</p>
      ) : (
        <ul className="govuk-list">
          {actions.map((action) => (
            <li key={action.slug}>
              <Link className="govuk-link" to={`/cases/${caseId}/${action.slug}`} data-action={action.slug}>
                {action.text}
              </Link>
            </li>
          ))}
          {more}
        </ul>
      )}
    </aside>
  );
}
