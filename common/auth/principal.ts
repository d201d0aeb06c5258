import type { AgencyKind, PractitionerRole, Region } from "../domain";
import type { Category } from "../policy/vocabulary";

/** One active information-sharing agreement as the caller's agency sees it: a partner and what it shares. */
export interface AgreementGrant {
  /** The other party (an agency id). */
  partnerAgencyId: string;
  /** What the agreement lets the caller see of cases that partner leads. */
  categories: Category[];
}

/**
 * Who is asking: verified at the gateway from the partner's token, completed there with the
 * agency's kind, region and active agreements, and carried to every subgraph in the signed
 * internal token.
 */
export interface Principal {
  /** The user id (`sub` of the partner's token). */
  sub: string;
  /** Issuer of the partner's token. */
  issuer: string;
  agencyId: string;
  agencyKind: AgencyKind;
  region: Region;
  roles: PractitionerRole[];
  grants: AgreementGrant[];
  /** Cases a quality-assurance review by this agency sampled, within the review's window. */
  qaCaseIds?: string[];
}
