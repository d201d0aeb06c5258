import type { Role } from "../auth/roles";
import { Link } from "../shell/router";

/** A Channel Chair asks their region's SPOC about the subject of a case their authority leads. */
export function mayRaiseQuestion(facts: { stage: string | null; leadAgencyId: string | null }, me: { roles: readonly Role[]; agencyId: string }): boolean {
  return me.roles.includes("CHANNEL_CHAIR") && facts.leadAgencyId === me.agencyId && facts.stage !== "CLOSED";
}

export function RaiseQuestionLink({ caseId }: { caseId: string }) {
  return (
    <li>
      <Link className="govuk-link" to={`/cases/${caseId}/immigration-question`} data-action="immigration-question">
        Ask the immigration SPOC
      </Link>
    </li>
  );
}
